import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { detectPdf } from '../../utils/pdf/detect-pdf';
import { checkPdfBytes, PdfReadError, pdfTitle, readPdfText } from '../../utils/pdf/read-pdf';
import type { PdfPageText } from '../../utils/document/pdf-lines';
import { evaluated, type EvaluatedCase } from './eval-run';
import type { LoadedCase } from './fixture-cases';

/** The case's `page.pdf`, when it has one (printed by scripts/print-pdf-fixtures.ts or a real PDF). */
export async function pdfOf(dir: string): Promise<Uint8Array | undefined> {
  const path = join(dir, 'page.pdf');
  try {
    await access(path);
  } catch {
    return undefined;
  }
  return new Uint8Array(await readFile(path));
}

/** A PDF's text with pdf.js (legacy build, Node), fonts loaded for bold and italic, nothing drawn. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: PdfPageText[]; title?: string }> {
  const problem = checkPdfBytes(bytes);
  if (problem) throw new PdfReadError(problem);
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages = await readPdfText(pdf);
    const title = await pdfTitle(pdf);
    return title ? { pages, title } : { pages };
  } finally {
    await pdf.destroy();
  }
}

/**
 * The PDF twin of `evaluateCase`: the case's `page.pdf` read through the viewer's path (pdf.js
 * text → lines → blocks → the shared reader at the case's URL) and scored against the same items.
 */
export async function evaluatePdfCase(fixture: LoadedCase, bytes: Uint8Array): Promise<EvaluatedCase> {
  const parseStart = performance.now();
  const { pages, title } = await pdfText(bytes);
  const window = new Window({ url: fixture.url });
  try {
    const parseMs = performance.now() - parseStart;
    const start = performance.now();
    const { detection } = detectPdf(pages, new URL(fixture.url), window.document as unknown as Document, title);
    return evaluated(fixture, `${fixture.name} [pdf]`, detection?.page, performance.now() - start, parseMs);
  } finally {
    await window.happyDOM.close();
  }
}
