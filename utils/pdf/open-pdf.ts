import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { checkPdfBytes, PdfReadError, problemOf } from './read-pdf';

/*
 * pdf.js in an extension page (the viewer; the background's PDF reader page). Imported only by
 * those pages: the content script and the service worker never load pdf.js.
 */

// The worker ships inside the extension: no remote code, allowed by MV3's CSP and by Firefox.
GlobalWorkerOptions.workerSrc = workerUrl;

/** Open the bytes with pdf.js; every failure becomes a `PdfReadError` with words for the reader. */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const problem = checkPdfBytes(bytes);
  if (problem) throw new PdfReadError(problem);
  const task = getDocument({ data: bytes, isEvalSupported: false, enableXfa: false });
  // A password prompt would wait for ever: an encrypted file is refused at once.
  task.onPassword = () => {
    void task.destroy();
  };
  try {
    return await task.promise;
  } catch (error) {
    if (error instanceof PdfReadError) throw error;
    // A destroyed task (after the password request) rejects with its own error: that is the password.
    const encrypted = (error instanceof Error && /destroy|password/i.test(error.message)) || problemOf(error) === 'encrypted';
    throw new PdfReadError(encrypted ? 'encrypted' : problemOf(error), error instanceof Error ? error.message : undefined);
  }
}
