import { PENDING_READING, itemKey } from '../model/items';
import type { DetectedItem } from '../model/model';
import { canonicalKey } from '../report-key';
import { findQuote, quoteAt } from './find-quote';
import { buildTextIndex, positionOf } from './text-index';

export const MAX_SELECTION_CHARS = 5000;
const BLOCK = 'p, li, td, th, dd, blockquote, h1, h2, h3, h4, h5, h6, pre, div';

/** A short stable id for a text (FNV-1a, base 36). */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

export type SelectionResult = { ok: true; item: DetectedItem } | { ok: false; message: string };

/** The reader's selection as an item to save: its text and a text-quote anchor to find it again. */
export function itemFromSelection(doc: Document, url: URL, range: Range): SelectionResult {
  const index = buildTextIndex(doc.body ?? doc.documentElement);
  const start = positionOf(index, range.startContainer, range.startOffset);
  const end = positionOf(index, range.endContainer, range.endOffset);
  const quote = quoteAt(index, start, Math.max(start, end));
  if (quote.exact.length < 3) return { ok: false, message: 'Select the text of the recommendation first.' };
  if (quote.exact.length > MAX_SELECTION_CHARS) {
    return { ok: false, message: `That selection is too long to save (${quote.exact.length} characters; at most ${MAX_SELECTION_CHARS}).` };
  }
  const number = `sel-${hashText(quote.exact)}`;
  return {
    ok: true,
    item: {
      key: itemKey(canonicalKey(url), number),
      number,
      numbering: 'selection',
      text: quote.exact,
      paragraphRefs: [],
      quote,
      reading: PENDING_READING,
    },
  };
}

/** Find saved selections on the page again; each found one gets the block its text starts in. */
export function anchorSelections(doc: Document, saved: readonly DetectedItem[]): { items: DetectedItem[]; blocks: Element[] } {
  const found: { items: DetectedItem[]; blocks: Element[] } = { items: [], blocks: [] };
  if (saved.length === 0) return found;
  const index = buildTextIndex(doc.body ?? doc.documentElement);
  for (const item of saved) {
    const match = findQuote(index, item.quote);
    const parent = match ? index.nodes[match.start]?.parentElement : undefined;
    if (!parent) continue;
    found.items.push(item);
    found.blocks.push(parent.closest(BLOCK) ?? parent);
  }
  return found;
}
