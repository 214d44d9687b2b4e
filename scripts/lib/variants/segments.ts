import { blockHtml, runsHtml, type EmphasisStyle } from './html';
import type { Block, LocatedDocument, LocatedItem } from './model';

export type Segment = { kind: 'block'; block: Block } | { kind: 'item'; item: LocatedItem };

/** The page in order: blocks that belong to no item as they are, each item once where it starts. */
export function segmentsOf(doc: LocatedDocument): Segment[] {
  const owner = new Map<number, LocatedItem>();
  for (const item of doc.items) for (const index of item.owned) owner.set(index, item);
  const out: Segment[] = [];
  const emitted = new Set<LocatedItem>();
  doc.blocks.forEach((block, index) => {
    const item = owner.get(index);
    if (!item) out.push({ kind: 'block', block });
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
