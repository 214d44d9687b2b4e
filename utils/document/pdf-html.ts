import type { PdfBlock } from './pdf-lines';

/*
 * The blocks read from a PDF as a small HTML document, so the shared reader (read-document,
 * segment, classify, the adapters) runs on them unchanged. Text goes in through text nodes only:
 * nothing from the PDF is ever parsed as markup.
 */

export interface PdfDocument {
  doc: Document;
  /** Each block's element, and the PDF block it came from. */
  blocks: Map<Element, PdfBlock>;
}

/** Build the document in `doc` (an empty one from `document.implementation.createHTMLDocument`). */
export function pdfToDocument(doc: Document, blocks: readonly PdfBlock[], title?: string): PdfDocument {
  const byElement = new Map<Element, PdfBlock>();
  const body = doc.body ?? doc.documentElement.appendChild(doc.createElement('body'));
  const main = doc.createElement('main');
  body.replaceChildren(main);
  for (const block of blocks) {
    const el = doc.createElement(block.role === 'heading' ? `h${block.level ?? 2}` : 'p');
    for (const run of block.runs) {
      let node: Node = doc.createTextNode(run.text);
      if (run.italic && !run.sup) node = wrap(doc, 'i', node);
      if (run.bold && !run.sup) node = wrap(doc, 'b', node);
      if (run.sup) node = wrap(doc, 'sup', node);
      el.appendChild(node);
    }
    el.normalize();
    main.appendChild(el);
    byElement.set(el, block);
  }
  const firstHeading = blocks.find((block) => block.role === 'heading')?.text;
  doc.title = title?.trim() || firstHeading || '';
  return { doc, blocks: byElement };
}

function wrap(doc: Document, tag: string, child: Node): Element {
  const el = doc.createElement(tag);
  el.appendChild(child);
  return el;
}
