// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/utils/detect-page';
import { findResponse, type FetchResult, type FindResponseOptions } from '@/utils/find-response';
import type { ApiReply } from '@/utils/committees-api/lookup';
import type { StoredResponse } from '@/utils/committees-api/facts';
import { loadCases } from '../../scripts/lib/fixture-cases';
import { apiFixtureReply } from '../helpers/committees-api';

const cases = new Map((await loadCases()).map((c) => [c.name, c]));
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const REPORT = cases.get('commons-report-justice-hc304')!;
const reportUrl = new URL(REPORT.url);
const reportPage = detectPage(parse(REPORT.html), reportUrl)!.page;
const RESPONSE_URL = cases.get('response-justice-hc932')!.url;
const NOW = Date.UTC(2023, 0, 20);

function fixtureApi(caseName: string, log: string[]) {
  return async (path: string): Promise<ApiReply> => {
    log.push(path);
    const { status, body } = apiFixtureReply(caseName, path);
    return status === 200 ? { ok: true, json: JSON.parse(body) as unknown } : { ok: false, status, message: `HTTP ${status}` };
  };
}

function setUp(apiCase?: string) {
  const api: string[] = [];
  const pages: string[] = [];
  const recorded: string[] = [];
  const kept: StoredResponse[] = [];
  const byUrl = new Map([...cases.values()].map((c) => [new URL(c.url).href, c.html]));
  const options: FindResponseOptions = {
    doc: parse(REPORT.html),
    pageUrl: reportUrl,
    report: reportPage.report,
    fetchDocument: async (url): Promise<FetchResult> => {
      pages.push(url);
      const html = byUrl.get(url);
      return html === undefined ? { ok: false, message: `answered 404 for ${url}` } : { ok: true, url, html };
    },
    parse,
    detect: (doc, url) => detectPage(doc, url)?.page,
    record: async (page) => {
      recorded.push(page.url);
      return page.items.length;
    },
    recordFacts: async (facts) => {
      kept.push(facts);
      return facts;
    },
    now: NOW,
    ...(apiCase ? { getApiJson: fixtureApi(apiCase, api) } : {}),
  };
  return { options, api, pages, recorded, kept };
}

describe('find the government response through the Committees API first', () => {
  it('the API names the response: its HTML document is read and recorded, no committee page is fetched', async () => {
    const { options, api, pages, recorded, kept } = setUp('report-with-response');
    const result = await findResponse(options);
    expect(result).toMatchObject({ kind: 'found', via: 'api', url: RESPONSE_URL, answered: 19 });
    expect(api).toHaveLength(2);
    expect(pages).toEqual([RESPONSE_URL]);
    expect(recorded).toEqual([RESPONSE_URL]);
    expect(kept).toEqual([
      {
        source: 'api',
        checkedAt: NOW,
        rule: 'uk',
        published: '2022-10-14',
        deadline: '2022-12-14',
        answers: [
          {
            date: '2023-01-10',
            paper: 'HC 932',
            url: RESPONSE_URL,
            title: "Pre-legislative scrutiny of the draft Victims Bill: Government Response to the Committee's Fourth Report",
          },
        ],
        apiPublicationId: 31001,
      },
    ]);
  });

  it('Parliament’s data cannot be read: says so, and follows the committee pages as before', async () => {
    const { options, pages } = setUp('malformed-reply');
    const result = await findResponse(options);
    expect(result).toMatchObject({ kind: 'found', via: 'pages', url: RESPONSE_URL, answered: 19 });
    expect(result.apiProblem).toMatch(/unexpected data/);
    expect(pages[0]).toBe('https://committees.parliament.uk/work/6616/draft-victims-bill/publications/');
    expect(result.response).toMatchObject({ source: 'pages', answers: [{ url: RESPONSE_URL }] });
  });

  it('the API lists no response yet: the deadline is kept, and the committee pages are still looked at', async () => {
    const heat = cases.get('commons-report-envaud-heat-hc412-2023-24')!;
    const heatUrl = new URL(heat.url);
    const heatPage = detectPage(parse(heat.html), heatUrl)!.page;
    const { options, api } = setUp('no-response-deadline-past');
    const result = await findResponse({ ...options, doc: parse(heat.html), pageUrl: heatUrl, report: heatPage.report });
    expect(api[0]).toMatch(/^\/api\/Publications\?PaperNumbers=412&/);
    expect(result).toMatchObject({ kind: 'failed', message: expect.stringMatching(/404/) as unknown });
    expect(result.response).toMatchObject({ source: 'api', deadline: '2024-05-12', published: '2024-03-12', answers: [] });
    expect(result.apiProblem).toBeUndefined();
  });

  it('without the API (no getApiJson) nothing is asked of it: the pages only, as before', async () => {
    const { options, api } = setUp();
    const result = await findResponse(options);
    expect(result).toMatchObject({ kind: 'found', via: 'pages' });
    expect(api).toEqual([]);
  });
});
