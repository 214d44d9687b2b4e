import type { VerdictStatus } from './lexicon';
import { itemBase, normaliseItem, parseItemList } from './item-numbers';

/**
 * Verdicts given to listed items in one sentence: "Recommendations 12 a–c are accepted in full; d–e
 * are accepted in principle", "Recommendations 3, 5 and 7 are accepted", "… 12 d–e in principle"
 * (the verb left out). Each verdict names its items, so an answer shared by several recommendations
 * (or sub-items) can be read for each of them.
 */
export interface GroupVerdict {
  items: string[];
  status: VerdictStatus;
  /** Offsets in the sentence of the verdict words. */
  start: number;
  end: number;
}

/** "are accepted in full", "is not agreed", "have been partially accepted", "are noted". */
const VERDICT_PHRASE =
  /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(fully|partially|partly)\s+)?(not\s+)?(accepted|agreed|supported|endorsed|rejected|noted)\b(?:\s+in\s+(full|principle|part)\b)?/gi;
/** A list with the verb left out, after a verdict: "…, and 12 d–e in principle". */
const ELIDED =
  /(?:[,;…]|\.\.\.|\band\b|\bwhile\b|\bwhilst\b)\s*(?:recommendations?\s+)?([\w().\s&,–—-]{1,40}?)\s+(?:(?:is|are)\s+)?(?:(?:accepted|agreed|supported)\s+)?in\s+(full|principle|part)\b/gi;
const KEYWORD_ANYWHERE = /\b(?:recommendations?|recs?\.?)\s+(?:nos?\.?\s*)?/gi;

function statusOf(hedge: string | undefined, not: string | undefined, verb: string, scope: string | undefined): VerdictStatus {
  const v = verb.toLowerCase();
  if (not || v === 'rejected') return 'rejected';
  if (v === 'noted') return 'noted';
  const h = (hedge ?? '').toLowerCase();
  const sc = (scope ?? '').toLowerCase();
  if (h === 'partially' || h === 'partly' || sc === 'principle' || sc === 'part') return 'partially-accepted';
  return 'accepted';
}

/**
 * The item list that ends exactly at the end of `window` (the subject of the verdict after it).
 * `base` carries the number of a list that goes on with letters only.
 */
function subjectItems(window: string, base: string | undefined): string[] {
  // After the last "Recommendation(s)" keyword, the list must run to the end of the window.
  let from = -1;
  for (const m of window.matchAll(KEYWORD_ANYWHERE)) from = m.index + m[0].length;
  const candidates: number[] = [];
  if (from >= 0) candidates.push(from);
  else {
    // No keyword: a list of bare sub-items or numbers right after a separator ("; d–e are …").
    const sep = Math.max(
      window.lastIndexOf(';'),
      window.lastIndexOf(','),
      window.lastIndexOf('…'),
      window.search(/\band\s+[\w(]{1,6}\W*$/i),
    );
    candidates.push(sep >= 0 ? sep + 1 : 0);
  }
  for (const start of candidates) {
    let text = window.slice(start);
    const lead = /^\s*(?:and\s+|while\s+|whilst\s+)?/i.exec(text)?.[0].length ?? 0;
    text = text.slice(lead);
    const trimmed = text.replace(/\s+$/, '');
    if (trimmed === '') continue;
    const parsed = parseItemList(trimmed, from >= 0 ? undefined : base);
    if (parsed.items.length > 0 && parsed.end === trimmed.length) return parsed.items;
  }
  return [];
}

/** Every group verdict in `sentence`. Cheap when the sentence has no verdict phrase. */
export function groupVerdicts(sentence: string): GroupVerdict[] {
  const out: GroupVerdict[] = [];
  let windowStart = 0;
  let base: string | undefined;
  for (const m of sentence.matchAll(VERDICT_PHRASE)) {
    const [, hedge, not, verb = '', scope] = m;
    const window = sentence.slice(windowStart, m.index);
    const items = subjectItems(window, base);
    const end = m.index + m[0].length;
    if (items.length > 0) {
      const status = statusOf(hedge, not, verb, scope);
      out.push({ items, status, start: m.index, end });
      base = itemBase(items[items.length - 1] ?? '');
      // Lists after it with the verb left out: "…, and d–e in principle".
      const next = sentence.slice(end);
      const stop = next.search(VERDICT_PHRASE);
      VERDICT_PHRASE.lastIndex = 0;
      const tail = stop >= 0 ? next.slice(0, stop) : next;
      for (const e of tail.matchAll(ELIDED)) {
        const list = (e[1] ?? '').replace(/^\s*(?:recommendations?\s+)/i, '');
        const parsed = parseItemList(list.trim(), base);
        if (parsed.items.length === 0 || parsed.end !== list.trim().length) continue;
        const scope2 = (e[2] ?? '').toLowerCase();
        const s2: VerdictStatus = scope2 === 'full' ? 'accepted' : 'partially-accepted';
        out.push({ items: parsed.items, status: s2, start: end + e.index, end: end + e.index + e[0].length });
        base = itemBase(parsed.items[parsed.items.length - 1] ?? '') || base;
      }
    }
    windowStart = end;
  }
  return out;
}

/**
 * The verdicts of `sentence` that name `own` (or, when `own` has no sub-item, any of its sub-items).
 */
export function groupVerdictsFor(sentence: string, own: string): GroupVerdict[] {
  const ownItem = normaliseItem(own);
  const ownBase = itemBase(ownItem);
  const whole = ownItem === ownBase;
  return groupVerdicts(sentence).filter((g) =>
    g.items.some((item) => item === ownItem || (whole && itemBase(item) === ownItem) || (!whole && item === ownBase)),
  );
}
