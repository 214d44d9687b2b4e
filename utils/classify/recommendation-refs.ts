/**
 * Recommendation numbers named in a sentence ("Recommendation 4", "recommendations 3–5",
 * "Recommendations 3, 4 and 6") and cross-references to other answers ("as set out in our response
 * to recommendation 4, which we accept").
 */

const NUMBER = String.raw`\d+(?:\.\d+)?[a-z]?`;
const LIST = String.raw`${NUMBER}(?:\s*(?:[-–—]|to|and|,|&)\s*${NUMBER})*`;
const NAMED = new RegExp(String.raw`\brecommendations?\s+(?:nos?\.?\s*)?(${LIST})`, 'gi');

/** Expand "3–5", "3 to 5", "3, 4 and 6", "6.24–6.25" into the numbers they name. */
export function expandNumbers(list: string): string[] {
  const out: string[] = [];
  const parts = list.split(/\s*(?:,|\band\b|&)\s*/i);
  for (const part of parts) {
    const range = /^(\d+)(?:\.(\d+))?\s*(?:[-–—]|to)\s*(\d+)(?:\.(\d+))?$/i.exec(part.trim());
    if (range) {
      const [, a, aSub, b, bSub] = range;
      if (aSub !== undefined && bSub !== undefined && a === b) {
        for (let n = Number(aSub); n <= Number(bSub) && n - Number(aSub) < 200; n++) out.push(`${a}.${n}`);
        continue;
      }
      if (aSub === undefined && bSub === undefined && Number(a) <= Number(b) && Number(b) - Number(a) < 200) {
        for (let n = Number(a); n <= Number(b); n++) out.push(String(n));
        continue;
      }
    }
    for (const n of part.match(new RegExp(NUMBER, 'g')) ?? []) out.push(n);
  }
  return out;
}

export interface NamedRecommendations {
  numbers: string[];
  /** Character spans of each mention, relative to the text searched. */
  spans: [number, number][];
}

/** Every recommendation number the text names. */
export function namedRecommendations(text: string): NamedRecommendations {
  const numbers: string[] = [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(NAMED)) {
    numbers.push(...expandNumbers(m[1] ?? ''));
    spans.push([m.index, m.index + m[0].length]);
  }
  return { numbers, spans };
}

const CROSS_REFERENCE = new RegExp(
  String.raw`\b(?:(?:response|responses|answer|reply)\s+to|see(?:\s+also)?|under|in|at|as\s+per)\s+recommendations?\s+(?:nos?\.?\s*)?${LIST}[^.;)]*`,
  'gi',
);

/**
 * Spans that talk about another recommendation: "our response to recommendation 4, which we accept",
 * "see Recommendation 6". Verdict words inside them are not about this answer's recommendation.
 * When `own` is given, a span naming it is not a cross-reference.
 */
export function crossReferenceSpans(text: string, own?: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(CROSS_REFERENCE)) {
    const named = namedRecommendations(m[0]).numbers;
    if (own !== undefined && named.includes(normalise(own))) continue;
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export function normalise(number: string): string {
  return number
    .trim()
    .replace(/^0+(?=\d)/, '')
    .toLowerCase();
}
