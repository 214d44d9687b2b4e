// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/utils/detect-page';
import {
  answersReport,
  findResponse,
  isResponseHost,
  isResponseLink,
  responseLinksIn,
  searchStartUrls,
  type FetchResult,
} from '@/utils/find-response';
import { detectPdf } from '@/utils/pdf/detect-pdf';
import { pdfOf, pdfText } from '../scripts/lib/eval-pdf';
import { FIXTURE_PAGES_DIR, loadCases } from '../scripts/lib/fixture-cases';

const cases = new Map((await loadCases()).map((c) => [c.name, c]));
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const REPORT = cases.get('commons-report-justice-hc304')!;
const reportUrl = new URL(REPORT.url);
const reportPage = detectPage(parse(REPORT.html), reportUrl)!.page;

/** A fetch that serves the fixture cases by URL, and 404 for anything else. */
function fixtureFetch(log: string[]) {
  const byUrl = new Map([...cases.values()].map((c) => [new URL(c.url).href, c.html]));
  return async (url: string): Promise<FetchResult> => {
    log.push(url);
    const html = byUrl.get(url);
    return html === undefined ? { ok: false, message: `answered 404 for ${url}` } : { ok: true, url, html };
  };
}

describe('find the government response', () => {
  it.each([
    [true, 'https://committees.parliament.uk/work/1/x/'],
    [true, 'https://www.gov.uk/government/publications/x'],
    [false, 'http://publications.parliament.uk/pa/'],
    [false, 'https://evil.example/'],
  ])('%s: may fetch %s', (expected, url) => {
    expect(isResponseHost(new URL(url))).toBe(expected);
  });

  it.each([
    [true, 'https://assets.publishing.service.gov.uk/media/1/CP-932.pdf'],
    [false, 'https://assets.publishing.service.gov.uk/media/1/'],
    [true, 'https://www.gov.uk/government/publications/x'],
    [false, 'https://evil.example/x.pdf'],
  ])('%s: may follow a link to %s (PDFs only on the Command Papers host)', (expected, url) => {
    expect(isResponseLink(new URL(url))).toBe(expected);
  });

  it('starts from the report’s links to its inquiry and committee publication pages', () => {
    expect(searchStartUrls(parse(REPORT.html), reportUrl)).toEqual([
      'https://committees.parliament.uk/work/6616/draft-victims-bill/publications/',
      'https://committees.parliament.uk/committee/102/justice-committee/publications/',
    ]);
  });

  it('picks this report’s response from a listing, not the report itself or other entries', () => {
    const listing = cases.get('other-committees-victims-bill-inquiry-publications')!;
    expect(responseLinksIn(parse(listing.html), new URL(listing.url), reportPage.report)).toEqual([
      'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html',
    ]);
  });

  it('follows the pages to the response, confirms it answers this report, and records it', async () => {
    const fetched: string[] = [];
    const recorded: string[] = [];
    const result = await findResponse({
      doc: parse(REPORT.html),
      pageUrl: reportUrl,
      report: reportPage.report,
      fetchDocument: fixtureFetch(fetched),
      parse,
      detect: (doc, url) => detectPage(doc, url)?.page,
      record: async (page) => {
        recorded.push(page.url);
        return page.items.length;
      },
    });
    expect(result).toMatchObject({ kind: 'found', url: cases.get('response-justice-hc932')!.url, answered: 19 });
    expect(fetched).toEqual([
      'https://committees.parliament.uk/work/6616/draft-victims-bill/publications/',
      cases.get('response-justice-hc932')!.url,
    ]);
    expect(recorded).toHaveLength(1);
  });

  it('says "none" when pages load but list no response, and "failed" when none could be fetched', async () => {
    const common = {
      doc: parse(REPORT.html),
      pageUrl: reportUrl,
      report: reportPage.report,
      parse,
      detect: () => undefined,
      record: async () => 0,
    };
    const empty = async (url: string): Promise<FetchResult> => ({ ok: true, url, html: '<p>Nothing here</p>' });
    expect(await findResponse({ ...common, fetchDocument: empty })).toEqual({ kind: 'none', looked: 2 });
    expect(await findResponse({ ...common, fetchDocument: async () => ({ ok: false, message: 'offline' }) })).toEqual({
      kind: 'failed',
      message: 'offline',
    });
  });

  it('does not take another report’s response', () => {
    const response = detectPage(parse(cases.get('response-justice-hc932')!.html), new URL(cases.get('response-justice-hc932')!.url))!.page;
    expect(answersReport(response, reportPage.report)).toBe(true);
    expect(answersReport(response, { key: 'commons/5803/cmjust/HC999', paperNumber: 'HC 999', title: 'Another report' })).toBe(false);
  });

  it('reaches a response published as PDF: read in the background, its answers recorded under this report', async () => {
    const listing = cases.get('other-committees-victims-bill-inquiry-publications')!;
    const pdfUrl = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/932.pdf';
    const listingHtml = listing.html.replaceAll('https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html', pdfUrl);
    const { pages, title } = await pdfText((await pdfOf(`${FIXTURE_PAGES_DIR}/response-justice-hc932`))!);
    const read = detectPdf(pages, new URL(pdfUrl), document.implementation.createHTMLDocument(''), title).detection!.page;
    const fetched: string[] = [];
    const recorded: string[] = [];
    const result = await findResponse({
      doc: parse(REPORT.html),
      pageUrl: reportUrl,
      report: reportPage.report,
      fetchDocument: async (url) => {
        fetched.push(url);
        if (url === listing.url) return { ok: true, url, html: listingHtml };
        return url === pdfUrl ? { ok: true, url, pdf: { page: read } } : { ok: false, message: `answered 404 for ${url}` };
      },
      parse,
      detect: (doc, url) => detectPage(doc, url)?.page,
      record: async (page) => {
        recorded.push(page.url);
        return page.items.length;
      },
    });
    expect(result).toMatchObject({ kind: 'found', url: pdfUrl, answered: 19 });
    expect(fetched).toEqual([listing.url, pdfUrl]);
    expect(recorded).toEqual([pdfUrl]);
  });
});
