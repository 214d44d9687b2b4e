import type { PDFDocumentProxy, PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import type { PdfItem, PdfPageText } from '../document/pdf-lines';

/*
 * A loaded pdf.js document's text, page by page, as the pure line reader wants it (utils/document/pdf-lines.ts).
 * pdf.js itself is loaded by the caller (the viewer bundles the browser build and its worker; Node
 * uses the legacy build), so this module costs nothing where it is not used.
 */

/** Largest PDF we open (bytes). */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;

/** Why a PDF cannot be read, in words for the reader. */
export type PdfProblem = 'not-pdf' | 'too-large' | 'encrypted' | 'corrupt' | 'no-text' | 'unreachable';

export const PDF_PROBLEM_MESSAGES: Record<PdfProblem, string> = {
  'not-pdf': 'This file is not a PDF.',
  'too-large': 'This PDF is larger than 50 MB, too large to open here.',
  encrypted: 'This PDF is protected with a password, so its text cannot be read.',
  corrupt: 'This PDF is damaged and cannot be read.',
  'no-text': 'This PDF has no text to read (it may be a scanned image).',
  unreachable: 'The PDF could not be downloaded.',
};

export class PdfReadError extends Error {
  override name = 'PdfReadError';
  constructor(
    readonly problem: PdfProblem,
    detail?: string,
  ) {
    super(detail ? `${PDF_PROBLEM_MESSAGES[problem]} (${detail})` : PDF_PROBLEM_MESSAGES[problem]);
  }
}

/** Check the bytes before pdf.js sees them: size, and the `%PDF-` signature near the start. */
export function checkPdfBytes(bytes: Uint8Array): PdfProblem | undefined {
  if (bytes.byteLength > MAX_PDF_BYTES) return 'too-large';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-') ? undefined : 'not-pdf';
}

/** A pdf.js loading error as one of our problems. */
export function problemOf(error: unknown): PdfProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'encrypted';
  if (name === 'InvalidPDFException' || name === 'FormatError') return 'corrupt';
  if (name === 'ResponseException' || name === 'MissingPDFException' || name === 'UnexpectedResponseException') return 'unreachable';
  return 'corrupt';
}

const BOLD = /bold|black|heavy|semibold|demibold|[-,]sb$|extrabold|ultrabold/i;
const ITALIC = /italic|oblique|[-,]it$/i;

function fontName(page: PDFPageProxy, id: string): string {
  try {
    if (!page.commonObjs.has(id)) return '';
    const font: unknown = page.commonObjs.get(id);
    return typeof font === 'object' && font !== null && typeof (font as { name?: unknown }).name === 'string'
      ? (font as { name: string }).name
      : '';
  } catch {
    return '';
  }
}

/**
 * One page's text items. Font names (and so bold and italic) are known only once pdf.js has
 * loaded the page's fonts: after rendering, or with `loadFonts` (an operator list, no drawing).
 */
export async function readPdfPage(page: PDFPageProxy, loadFonts: boolean): Promise<PdfPageText> {
  const content = await page.getTextContent();
  if (loadFonts) await page.getOperatorList();
  const view = page.view; // [x0, y0, x1, y1]
  const names = new Map<string, string>();
  const items: PdfItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item: TextItem = raw;
    const [, , c, d, e, f] = item.transform as number[];
    const name = names.get(item.fontName) ?? fontName(page, item.fontName);
    names.set(item.fontName, name);
    items.push({
      str: item.str,
      x: (e ?? 0) - view[0]!,
      y: (f ?? 0) - view[1]!,
      width: item.width,
      size: Math.hypot(c ?? 0, d ?? 0) || item.height,
      bold: BOLD.test(name),
      italic: ITALIC.test(name),
    });
    if (item.hasEOL && items.length) items.push({ ...items.at(-1)!, str: ' ', width: 0 });
  }
  return { page: page.pageNumber, width: view[2]! - view[0]!, height: view[3]! - view[1]!, items };
}

/** Every page's text; throws `PdfReadError('no-text')` when there is next to none (a scan). */
export async function readPdfText(doc: PDFDocumentProxy, loadFonts = true): Promise<PdfPageText[]> {
  const pages: PdfPageText[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    pages.push(await readPdfPage(page, loadFonts));
  }
  const chars = pages.reduce((sum, page) => sum + page.items.reduce((s, item) => s + item.str.trim().length, 0), 0);
  if (chars < 20 * Math.min(pages.length, 3)) throw new PdfReadError('no-text');
  return pages;
}

/** The title in the PDF's metadata, when it gives one. */
export async function pdfTitle(doc: PDFDocumentProxy): Promise<string | undefined> {
  const meta = await doc.getMetadata().catch(() => undefined);
  const info = meta?.info as { Title?: unknown } | undefined;
  return typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
}
