// @vitest-environment happy-dom
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../scripts/lib/eval-pdf';
import { FIXTURE_PAGES_DIR } from '../../scripts/lib/fixture-cases';
import type { PdfPageText } from '../../utils/document/pdf-lines';
import { detectPdf } from '../../utils/pdf/detect-pdf';
import { checkPdfBytes, PdfReadError, problemOf } from '../../utils/pdf/read-pdf';

const RESPONSE = 'response-justice-hc932';

describe('detectPdf on a printed government response (HC 932)', () => {
  let pages: PdfPageText[];
  let title: string | undefined;
  beforeAll(async () => {
    ({ pages, title } = await pdfText(new Uint8Array(await readFile(join(FIXTURE_PAGES_DIR, RESPONSE, 'page.pdf')))));
  });

  it.each<[string, string, string, string]>([
    [
      'a Commons address: the Commons adapter, its paper number',
      'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/932.pdf',
      'commons-special-report',
      'commons/5803/cmjust/HC932',
    ],
    [
      'an address no adapter claims: the PDF reader',
      'https://assets.publishing.service.gov.uk/media/1/CP-932.pdf',
      'pdf',
      'https://assets.publishing.service.gov.uk/media/1/CP-932.pdf',
    ],
    ['a file from the disk', 'file:///Response%20HC%20932.pdf', 'pdf', 'file:/Response%20HC%20932.pdf'],
  ])('%s', (_name, url, adapter, key) => {
    const { detection, blocks } = detectPdf(pages, new URL(url), document.implementation.createHTMLDocument(''), title);
    expect(detection?.page.adapter).toBe(adapter);
    expect(detection?.page.kind).toBe('response');
    expect(detection?.page.report.key).toBe(key);
    // The answers are stored under the report the response names.
    expect(detection?.page.respondsTo).toMatchObject({
      paperNumber: 'HC 304',
      title: 'Pre-legislative scrutiny of the draft Victims Bill',
    });
    expect(detection?.page.items).toHaveLength(19);
    expect(detection?.page.items.find((item) => item.number === '7')?.reading.status).toBe('rejected');
    // Every item's element leads back to its PDF block and page.
    for (const el of detection!.blocks) expect(blocks.get(el)?.lines[0]?.page).toBeGreaterThan(0);
  });
});

describe('bad input', () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ['a PDF signature', new TextEncoder().encode('%PDF-1.7\n…'), undefined],
    ['a signature after some junk (allowed in the first 1 kB)', new TextEncoder().encode('\n\n%PDF-1.4\n'), undefined],
    ['an HTML page', new TextEncoder().encode('<!doctype html><p>Not found'), 'not-pdf'],
    ['nothing', new Uint8Array(), 'not-pdf'],
  ])('checkPdfBytes: %s', (_name, bytes, problem) => {
    expect(checkPdfBytes(bytes)).toBe(problem);
  });

  it.each<[string, string]>([
    ['PasswordException', 'encrypted'],
    ['InvalidPDFException', 'corrupt'],
    ['ResponseException', 'unreachable'],
    ['TypeError', 'corrupt'],
  ])('problemOf(%s) is %s', (name, problem) => {
    const error = new Error('x');
    error.name = name;
    expect(problemOf(error)).toBe(problem);
  });

  it('a damaged file is a PdfReadError with words for the reader, not a crash', async () => {
    await expect(pdfText(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF'))).rejects.toBeInstanceOf(Error);
    await expect(pdfText(new TextEncoder().encode('<html>'))).rejects.toEqual(new PdfReadError('not-pdf'));
  });
});
