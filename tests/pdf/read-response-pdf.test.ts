// @vitest-environment happy-dom
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES_DIR } from '../../scripts/lib/fixture-cases';
import { readResponsePdf } from '../../utils/pdf/read-response-pdf';

const RESPONSE_PDF = join(FIXTURE_PAGES_DIR, 'response-justice-hc932', 'page.pdf');

async function open(path: string): Promise<PDFDocumentProxy> {
  const data = new Uint8Array(await readFile(path));
  return getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
}

describe('readResponsePdf (Find the government response, a PDF read in the background)', () => {
  it('reads a response PDF into the same reading as the viewer: its answers, and the report it names', async () => {
    const pdf = await open(RESPONSE_PDF);
    try {
      const url = new URL('https://assets.publishing.service.gov.uk/media/1/CP-932.pdf');
      const page = await readResponsePdf(pdf, url, document.implementation.createHTMLDocument(''));
      expect(page?.kind).toBe('response');
      expect(page?.url).toBe(url.href);
      expect(page?.respondsTo).toMatchObject({ paperNumber: 'HC 304', title: 'Pre-legislative scrutiny of the draft Victims Bill' });
      expect(page?.items).toHaveLength(19);
      expect(page?.items.find((item) => item.number === '7')?.reading.status).toBe('rejected');
    } finally {
      await pdf.destroy();
    }
  });

  it('gives up after its time limit (a PDF whose pages never load)', async () => {
    const stuck = {
      numPages: 1,
      getPage: () => new Promise(() => undefined),
      getMetadata: () => Promise.resolve({ info: {} }),
    } as unknown as PDFDocumentProxy;
    await expect(
      readResponsePdf(stuck, new URL('https://www.gov.uk/x.pdf'), document.implementation.createHTMLDocument(''), 50),
    ).rejects.toThrow('longer than 0.05 seconds');
  });
});
