import { pageHtml } from './html';
import type { Block, LocatedDocument, LocatedItem } from './model';
import { flowHtml, groupRuns, segmentsOf } from './segments';

export interface Layout {
  /** Consecutive items (no other block between them), as HTML. */
  items(items: LocatedItem[]): string;
  /** Consecutive blocks that belong to no item, as HTML (flowing paragraphs unless given). */
  blocks?(blocks: Block[]): string;
  /** Wrap the whole body (e.g. one element holding every line). */
  wrap?(body: string): string;
}

/** Lay a located document out as a page: runs of items one way, the text around them another. */
export function layOut(doc: LocatedDocument, layout: Layout): string {
  const parts = groupRuns(segmentsOf(doc), (segment) => segment.kind).map(({ key, values }) =>
    key === 'item'
      ? layout.items(values.flatMap((s) => (s.kind === 'item' ? [s.item] : [])))
      : (layout.blocks ?? flowHtml)(values.flatMap((s) => (s.kind === 'block' ? [s.block] : []))),
  );
  const body = parts.join('\n');
  return pageHtml(doc, layout.wrap ? layout.wrap(body) : body);
}
