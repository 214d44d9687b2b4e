import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import type { DetectedPage } from '../model/model';
import { detectPdf } from './detect-pdf';
import { pdfTitle, readPdfText } from './read-pdf';

/** Longest a response PDF's text may take to read in the background ("Find the government response"). */
export const READ_TIMEOUT_MS = 20_000;

/**
 * A response PDF found by "Find the government response", read as the viewer reads it (text
 * and fonts, nothing drawn → lines and blocks → the shared reader at the PDF's address): its
 * reading, undefined when nothing was found. Throws `PdfReadError` (no text) or on the time limit.
 */
export async function readResponsePdf(
  pdf: PDFDocumentProxy,
  url: URL,
  emptyDoc: Document,
  timeoutMs = READ_TIMEOUT_MS,
): Promise<DetectedPage | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Reading the PDF took longer than ${timeoutMs / 1000} seconds.`)), timeoutMs);
  });
  try {
    const [pages, title] = await Promise.race([Promise.all([readPdfText(pdf), pdfTitle(pdf)]), timeout]);
    return detectPdf(pages, url, emptyDoc, title).detection?.page;
  } finally {
    clearTimeout(timer);
  }
}
