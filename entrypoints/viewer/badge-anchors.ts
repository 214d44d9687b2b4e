import type { Detection } from '@/utils/adapters/adapter';
import type { PdfBlock } from '@/utils/document/pdf-lines';

/** The PDF page an item's first line is on, by item key (for the page number shown and saved). */
export type ItemPages = Map<string, number>;

/**
 * One empty anchor per detected item, over its first line in the page's box (positions in percent,
 * so zoom keeps them in place): the element the shared badge code mounts its host into, exactly as
 * it would into a paragraph on a web page. Returns the detection with these anchors as its blocks.
 */
export function anchorItems(
  detection: Detection,
  pdfBlocks: ReadonlyMap<Element, PdfBlock>,
  boxes: readonly HTMLElement[],
  sizes: readonly { width: number; height: number }[],
): { detection: Detection; pages: ItemPages } {
  const items: Detection['page']['items'] = [];
  const blocks: Element[] = [];
  const pages: ItemPages = new Map();
  detection.page.items.forEach((item, i) => {
    const source = detection.blocks[i];
    const line = source ? pdfBlocks.get(source)?.lines[0] : undefined;
    const box = line ? boxes[line.page - 1] : undefined;
    const size = line ? sizes[line.page - 1] : undefined;
    if (!line || !box || !size) return;
    const anchor = box.ownerDocument.createElement('div');
    anchor.className = 'cl-pdf-anchor';
    anchor.dataset.clPdfPage = String(line.page);
    anchor.style.left = `${(line.x / size.width) * 100}%`;
    anchor.style.top = `${((size.height - line.y - line.size * 0.85) / size.height) * 100}%`;
    anchor.style.height = `${(line.size / size.height) * 100}%`;
    anchor.style.width = `${(Math.max(line.width, 1) / size.width) * 100}%`;
    box.append(anchor);
    items.push(item);
    blocks.push(anchor);
    pages.set(item.key, line.page);
  });
  return { detection: { page: { ...detection.page, items }, blocks }, pages };
}
