import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { checkPdfBytes, MAX_PDF_BYTES, PdfReadError, problemOf } from '@/utils/pdf/read-pdf';

// The worker ships inside the extension: no remote code, allowed by MV3's CSP and by Firefox.
GlobalWorkerOptions.workerSrc = workerUrl;

/** The PDF at `url`, downloaded on the reader's request (this page was opened for it), at most 50 MB. */
export async function bytesFromUrl(url: URL, signal?: AbortSignal): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', signal });
  } catch (error) {
    throw new PdfReadError('unreachable', error instanceof Error ? error.message : undefined);
  }
  if (!response.ok) throw new PdfReadError('unreachable', `HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_PDF_BYTES) throw new PdfReadError('too-large');
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_PDF_BYTES) {
      await reader.cancel();
      throw new PdfReadError('too-large');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** A file the reader picked or dropped, read here: nothing is uploaded. */
export async function bytesFromFile(file: File): Promise<Uint8Array> {
  if (file.size > MAX_PDF_BYTES) throw new PdfReadError('too-large');
  return new Uint8Array(await file.arrayBuffer());
}

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
