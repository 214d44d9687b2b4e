import type { Detection } from '../adapters/adapter';
import { pickAdapter } from '../adapters';
import { pdfBlocks, type PdfBlock, type PdfPageText } from '../document/pdf-lines';
import { pdfToDocument } from '../document/pdf-html';
import { readAnswers } from '../read-answers';
import { pdfFallback } from './pdf-fallback';

export interface PdfDetection {
  detection: Detection | undefined;
  /** The PDF block behind each detected item's element (`detection.blocks`). */
  blocks: Map<Element, PdfBlock>;
  doc: Document;
}

/**
 * What the content script runs on a page, run on a PDF's text: its blocks as a small document,
 * the adapter for the PDF's URL (else the PDF reader of utils/pdf/pdf-fallback.ts: a download on
 * gov.uk, a file from the reader's disk), and the answers read. Never throws.
 */
export function detectPdf(pages: readonly PdfPageText[], url: URL, emptyDoc: Document, title?: string): PdfDetection {
  const { doc, blocks } = pdfToDocument(emptyDoc, pdfBlocks(pages), title);
  try {
    // Adapters claim web pages by address: a PDF is read by the adapter that would read the same
    // document as a web page beside it (`…/932/932.pdf` as `…/932/932.html`), with its own address.
    const claimed = pickAdapter(new URL(url.href.replace(/\.pdf(?=$|[?#])/i, '.html')), doc);
    const adapter = claimed && claimed.id !== 'generic' ? claimed : pdfFallback;
    const detection = adapter.detect(doc, url);
    return { detection: { ...detection, page: readAnswers(detection.page) }, blocks, doc };
  } catch (error) {
    console.warn('[committee-lens] reading the PDF failed', error);
    return { detection: undefined, blocks, doc };
  }
}
