/**
 * Sentence splitting for government answers: prose from web pages and from PDFs (hard line breaks
 * inside sentences), tables run together, numbered paragraphs ("14. The Government…"), label lines
 * ("Recommendation 2 – Supported in principle") and the abbreviations these documents use.
 *
 * Every sentence is a slice of the input, so its text is verbatim and its offsets point back into it.
 */

export interface Sentence {
  /** The sentence exactly as it appears in the input (trimmed). */
  text: string;
  /** Offset of `text` in the input. */
  start: number;
  /** Offset just past `text` in the input. */
  end: number;
}

/** Abbreviations that never end a sentence ("Mr. Smith", "e.g. the…"). Lower case, without the dot. */
const ALWAYS_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'rt',
  'hon',
  'st',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'cf',
  'viz',
  'approx',
  'vs',
  'govt',
  'dept',
  'co',
  'ltd',
  'inc',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Abbreviations that end no sentence when a number follows ("No. 10", "para. 4", "pp. 12–14", "Cm. 8016"). */
const NUMBER_ABBREVIATIONS = new Set([
  'no',
  'nos',
  'para',
  'paras',
  'p',
  'pp',
  'art',
  'arts',
  's',
  'ss',
  'sch',
  'reg',
  'regs',
  'vol',
  'fig',
  'ch',
  'sec',
  'cl',
  'cm',
  'cmnd',
  'hc',
  'hl',
  'col',
  'cols',
  'rec',
  'recs',
]);

const BULLET = /^[•●·▪◦‣∙–—-]\s|^\(\w{1,4}\)\s/;
const SENTENCE_START = /^[\s"“‘'([]*[A-Z0-9•●·▪◦‣∙]/;
/** A line that ends like this continues on the next one, whatever its length. */
const CONTINUES = /(?:[,;(–—-]|\b(?:and|or|the|a|an|of|to|in|for|with|by|on|that|which|its|their|our|is|are|be|as|at|from)\b)$/i;
const SHORT_LINE = 60;

/** The word (letters, dots, digits) just before `index` in `text`. */
function tokenBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && /[\w.’'-]/.test(text[i - 1] ?? '')) i--;
  return text.slice(i, index);
}

/** True when only whitespace (or nothing) stands between the last line break and `index`. */
function atLineStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

function isFullStopBoundary(text: string, dot: number, next: string): boolean {
  const token = tokenBefore(text, dot);
  const bare = token.replace(/^[(“"‘']+/, '');
  const lower = bare.toLowerCase().replace(/\.$/, '');
  if (ALWAYS_ABBREVIATIONS.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /^[\s]*[(\d[ivxlcIVXLC]/.test(next)) return false;
  // An initial: "J. Smith".
  if (/^[A-Z]$/.test(bare)) return false;
  // A paragraph or item number at the start of a line: "14. The Government", "1.1. UKTI agrees".
  if (/^\d+(?:\.\d+)*$/.test(bare) && atLineStart(text, dot - token.length)) return false;
  return true;
}

/**
 * Offsets where a sentence ends (exclusive) — the start of the next one is found by skipping spaces.
 */
function boundaries(text: string): number[] {
  const cuts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '.' || ch === '!' || ch === '?') {
      // Closing quotes and brackets belong to the sentence they close.
      let j = i + 1;
      while (j < text.length && /["”’')\]]/.test(text[j] ?? '')) j++;
      const rest = text.slice(j, j + 12);
      if (/^\s/.test(rest)) {
        if (SENTENCE_START.test(rest) && (ch !== '.' || isFullStopBoundary(text, i, rest.trimStart()))) {
          cuts.push(j);
        }
      } else if (ch === '.' && j === i + 1 && /^[A-Z][a-z]/.test(rest) && /[a-z]{3}$/.test(text.slice(Math.max(0, i - 3), i))) {
        // "recommendation.MoD", "together.Our": a full stop with the space lost.
        cuts.push(j);
      }
    } else if (ch === '\n') {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const line = text.slice(lineStart, i).trim();
      const after = text.slice(i + 1);
      const nextLine = (after.split('\n')[0] ?? '').trim();
      if (line === '' || nextLine === '') {
        cuts.push(i);
        continue;
      }
      if (BULLET.test(nextLine)) {
        cuts.push(i);
        continue;
      }
      if (line.length <= SHORT_LINE && !/[.!?]["”’')\]]*$/.test(line) && !CONTINUES.test(line) && SENTENCE_START.test(nextLine)) {
        cuts.push(i);
      }
    }
  }
  return cuts;
}

/** Split an answer into sentences, each a verbatim slice of it. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  for (const cut of boundaries(text)) {
    if (cut <= from) continue;
    push(from, cut);
    from = cut;
  }
  push(from, text.length);
  return out;
}

/** Collapse runs of whitespace (PDF line breaks included) to single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
