import { detectPdf } from '@/utils/pdf/detect-pdf';
import { openPdf } from '@/utils/pdf/open-pdf';
import { PdfReadError, pdfTitle, readPdfText } from '@/utils/pdf/read-pdf';
import { anchorItems } from './badge-anchors';
import { bytesFromFile, bytesFromUrl } from './load-pdf';
import { layoutPages, type PdfPages } from './pdf-pages';
import { startViewerLens } from './viewer-lens';

export type PdfSource = { kind: 'url'; url: URL } | { kind: 'file'; file: File };

export interface OpenedPdf {
  pages: PdfPages;
  numPages: number;
  title: string;
  /** Items badged; undefined when the text could not be read (then `notice` says why). */
  found?: number;
  notice?: string;
  close(): void;
}

/** A local file's stand-in address: the reader only needs something stable to key its items by. */
function fileUrl(file: File): URL {
  return new URL(`file:///${encodeURIComponent(file.name)}`);
}

/**
 * Open a PDF in the viewer: get the bytes, lay out the pages (drawn lazily), read the text into
 * the shared reader and badge what it finds. Throws `PdfReadError` for a file that cannot be shown.
 */
export async function openDocument(
  source: PdfSource,
  container: HTMLElement,
  scale: number,
  onPage: (n: number) => void,
  onLaidOut: (numPages: number) => void,
): Promise<OpenedPdf> {
  const bytes = source.kind === 'url' ? await bytesFromUrl(source.url) : await bytesFromFile(source.file);
  const pdf = await openPdf(bytes);
  let stopLens: (() => void) | undefined;
  let pages: PdfPages | undefined;
  const close = () => {
    stopLens?.();
    pages?.destroy();
    container.replaceChildren();
    void pdf.destroy();
  };
  try {
    pages = await layoutPages(pdf, container, scale, onPage);
    onLaidOut(pdf.numPages);
    const url = source.kind === 'url' ? source.url : fileUrl(source.file);
    const name = source.kind === 'url' ? decodeURIComponent(url.pathname.split('/').pop() || url.hostname) : source.file.name;
    const title = (await pdfTitle(pdf)) ?? name;
    let text;
    try {
      text = await readPdfText(pdf);
    } catch (error) {
      if (error instanceof PdfReadError) return { pages, numPages: pdf.numPages, title, notice: error.message, close };
      throw error;
    }
    const read = detectPdf(text, url, document.implementation.createHTMLDocument(''), title);
    if (!read.detection) return { pages, numPages: pdf.numPages, title, found: 0, close };
    const { detection, pages: itemPages } = anchorItems(read.detection, read.blocks, pages.boxes, pages.sizes);
    const lens = await startViewerLens(detection, itemPages);
    stopLens = lens.stop;
    return { pages, numPages: pdf.numPages, title, found: detection.page.items.length, close };
  } catch (error) {
    close();
    throw error;
  }
}
