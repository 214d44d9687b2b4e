import { readBounded } from '@/utils/pdf/read-bytes';
import { MAX_PDF_BYTES, PdfReadError } from '@/utils/pdf/read-pdf';

/** The PDF at `url`, downloaded on the reader's request (this page was opened for it), at most 50 MB. */
export async function bytesFromUrl(url: URL, signal?: AbortSignal): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', signal });
  } catch (error) {
    throw new PdfReadError('unreachable', error instanceof Error ? error.message : undefined);
  }
  if (!response.ok) throw new PdfReadError('unreachable', `HTTP ${response.status}`);
  const bytes = await readBounded(response, MAX_PDF_BYTES);
  if (!bytes) throw new PdfReadError('too-large');
  return bytes;
}

/** A file the reader picked or dropped, read here: nothing is uploaded. */
export async function bytesFromFile(file: File): Promise<Uint8Array> {
  if (file.size > MAX_PDF_BYTES) throw new PdfReadError('too-large');
  return new Uint8Array(await file.arrayBuffer());
}
