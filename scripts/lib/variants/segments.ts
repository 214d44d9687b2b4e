import { blockHtml, runsHtml, type EmphasisStyle } from './html';
import { leadingLabel } from './labels';
import { dropChars } from './locate-items';
import type { Block, LocatedDocument, LocatedItem } from './model';

export type Segment = { kind: 'block'; block: Block } | { kind: 'item'; item: LocatedItem };

/**
 * On a page that must give nothing, a numbered paragraph ("2. How well are probation caseloads
 * being managed?", a quoted "7. We call for …") is laid out the way the shape lays out items, so
 * that each shape also tests false positives. Its number is printed by the shape; it is not an item
 * of the case.
 */
function asDecoy(block: Block): LocatedItem | undefined {
  if (block.chrome || block.role === 'heading' || block.role === 'cell') return undefined;
  const label = leadingLabel(block.text);
  // "2." or "(iv)", not a date's "2 February".
  if (!label || label.word || !/^\(?(?:\d{1,3}|[ivx]{1,5})[.)]/i.test(label.raw)) return undefined;
  const runs = dropChars(block.runs, label.raw.length);
  const text = runs.map((run) => run.text).join('');
  if (!text) return undefined;
  return { number: label.number, startsWith: '', start: -1, rec: [{ ...block, runs, text }], answer: [], owned: [], wordLabel: false };
}

/** The page in order: blocks that belong to no item as they are, each item once where it starts. */
export function segmentsOf(doc: LocatedDocument): Segment[] {
  const owner = new Map<number, LocatedItem>();
  for (const item of doc.items) for (const index of item.owned) owner.set(index, item);
  const out: Segment[] = [];
  const emitted = new Set<LocatedItem>();
  doc.blocks.forEach((block, index) => {
    const item = owner.get(index);
    const decoy = doc.pageKind === 'other' ? asDecoy(block) : undefined;
    if (decoy) out.push({ kind: 'item', item: decoy });
    else if (!item) out.push({ kind: 'block', block });
    else if (!emitted.has(item)) {
      emitted.add(item);
      out.push({ kind: 'item', item });
    }
  });
  return out;
}

/** Group consecutive runs of segments for which `key` gives the same non-null key. */
export function groupRuns<T, K>(values: readonly T[], key: (value: T) => K | null): { key: K | null; values: T[] }[] {
  const out: { key: K | null; values: T[] }[] = [];
  for (const value of values) {
    const k = key(value);
    const last = out[out.length - 1];
    if (last && k !== null && last.key === k) last.values.push(value);
    else out.push({ key: k, values: [value] });
  }
  return out;
}

/** Blocks as plain flowing HTML: headings stay headings, list items are grouped in a <ul>, the rest are paragraphs. */
export function flowHtml(blocks: readonly Block[], style: EmphasisStyle = 'strong'): string {
  return groupRuns(blocks, (block) => (block.role === 'list-item' ? 'li' : null))
    .map(({ key, values }) => {
      if (key === 'li') return `<ul>\n${values.map((b) => `<li>${blockHtml(b, style)}</li>`).join('\n')}\n</ul>`;
      const block = values[0]!;
      // A heading is bold by itself: its runs are written without a bold tag.
      if (block.role === 'heading')
        return `<h${block.level}>${runsHtml(
          block.runs.map((run) => ({ ...run, bold: false })),
          style,
        )}</h${block.level}>`;
      if (block.role === 'quote') return `<blockquote><p>${blockHtml(block, style)}</p></blockquote>`;
      return `<p>${blockHtml(block, style)}</p>`;
    })
    .join('\n');
}

/** An item's blocks after its first: the rest of the recommendation, the bare cue, the answer. */
export const afterFirst = (item: LocatedItem): Block[] => [...item.rec.slice(1), ...(item.cue ? [item.cue] : []), ...item.answer];
