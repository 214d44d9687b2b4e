import { normalizeSpace } from './text';

export interface SplitReference {
  /** The item's own text, without the reference. */
  text: string;
  /** Body paragraph numbers it points back to. */
  refs: string[];
  /** Words after the reference (a section label on trackers), if any. */
  tail: string;
}

// "(Paragraph 22)", "(Paragraphs 14 and 15)", "(Paragraphs 30–32)", "(paragraphs 12, 14-16 and 18)"
const REFERENCE = /\(\s*paragraphs?\s+((?:[\d.\s,–—&-]|\band\b)+)\)/gi;

/** Split "text (Paragraph 22) tail" at its last paragraph reference. */
export function splitParagraphReference(input: string): SplitReference {
  const text = normalizeSpace(input);
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(REFERENCE)) last = match;
  if (!last || last.index === undefined) return { text, refs: [], tail: '' };
  return {
    text: text.slice(0, last.index).trim(),
    refs: parseParagraphNumbers(last[1] ?? ''),
    tail: text.slice(last.index + last[0].length).trim(),
  };
}

/** "14 and 15" → [14, 15]; "30–32" → [30, 31, 32]; ranges over 50 are kept as their ends. */
export function parseParagraphNumbers(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(/\s*(?:,|\band\b|&)\s*/)) {
    const range = /^(\d+)\s*[–—-]\s*(\d+)$/.exec(part.trim());
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to > from && to - from <= 50) {
        for (let n = from; n <= to; n++) out.push(String(n));
        continue;
      }
      out.push(String(from), String(to));
      continue;
    }
    const single = part.trim();
    if (/^\d+(\.\d+)?$/.test(single)) out.push(single);
  }
  return out;
}
