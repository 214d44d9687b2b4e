import { normalizeSpace } from '../detect/text';
import type { TextQuote } from '../model/model';
import type { TextIndex } from './text-index';

const CONTEXT = 32;
const MAX_CANDIDATES = 1000;

/** A quote of `index.text[start, end)` with up to 32 characters of context either side. */
export function quoteAt(index: TextIndex, start: number, end: number): TextQuote {
  return {
    exact: index.text.slice(start, end).trim(),
    prefix: index.text.slice(Math.max(0, start - CONTEXT), start).trimStart(),
    suffix: index.text.slice(end, end + CONTEXT).trimEnd(),
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How well the text around a match agrees with the quote's prefix and suffix (higher is better). */
export function contextScore(index: TextIndex, start: number, end: number, quote: TextQuote): number {
  const before = index.text.slice(Math.max(0, start - CONTEXT - 1), start).trimEnd();
  const after = index.text.slice(end, end + CONTEXT + 1).trimStart();
  return commonSuffixLength(before, quote.prefix.trimEnd()) + commonPrefixLength(after, quote.suffix.trimStart());
}

/**
 * Re-find a quote: every exact occurrence of its text, the one whose surroundings best match the
 * stored prefix and suffix wins. `undefined` when the text is no longer on the page.
 */
export function findQuote(index: TextIndex, quote: TextQuote): { start: number; end: number } | undefined {
  const exact = normalizeSpace(quote.exact);
  if (!exact) return undefined;
  let best: { start: number; end: number; score: number } | undefined;
  let from = 0;
  for (let n = 0; n < MAX_CANDIDATES; n++) {
    const start = index.text.indexOf(exact, from);
    if (start < 0) break;
    const end = start + exact.length;
    const score = contextScore(index, start, end, quote);
    if (!best || score > best.score) best = { start, end, score };
    from = start + 1;
  }
  return best && { start: best.start, end: best.end };
}
