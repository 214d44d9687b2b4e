import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LensDatabase } from '@/utils/db';
import {
  estimateFromPage,
  factsFromLookup,
  factsFromPages,
  mergeResponse,
  responseDueOf,
  type StoredResponse,
} from '@/utils/committees-api/facts';
import { overdueReportKeys, loadReportResponses } from '@/utils/committees-api/stored-responses';
import { recordPage, recordResponseFacts } from '@/utils/page-records';
import { sampleItem, samplePage } from '../helpers/sample';

const UK = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html';
const estimate: StoredResponse = { source: 'page', checkedAt: 1, rule: 'uk', published: '2022-10-14', answers: [] };
const api: StoredResponse = {
  source: 'api',
  checkedAt: 2,
  rule: 'uk',
  published: '2022-10-14',
  deadline: '2022-12-14',
  answers: [{ date: '2023-01-10', paper: 'HC 932', url: 'https://x/932' }],
  apiPublicationId: 31001,
};
const pages: StoredResponse = { source: 'pages', checkedAt: 3, answers: [{ url: 'https://x/other' }] };

describe('response facts', () => {
  it.each([
    ['a UK report with a date', { house: 'commons', published: '2022-10-14' }, UK, estimate],
    ['no date', { house: 'commons' }, UK, undefined],
    ['a parliament without a rule', { published: '2022-10-14' }, 'https://senedd.wales/committees/x', undefined],
  ])('estimateFromPage: %s', (_name, report, url, expected) => {
    expect(estimateFromPage(report, url, 1)).toEqual(expected);
  });

  it.each<[string, StoredResponse | undefined, StoredResponse, StoredResponse]>([
    ['nothing stored: the new facts', undefined, estimate, estimate],
    ["the API's word replaces an estimate", estimate, api, api],
    ["an estimate never replaces the API's word", api, { ...estimate, checkedAt: 9 }, api],
    [
      'answers found by following pages are added to the API’s',
      api,
      pages,
      { ...api, checkedAt: 3, answers: [...api.answers, ...pages.answers] },
    ],
    [
      '…and kept when the API is asked again',
      { ...api, ...{ answers: [...api.answers, ...pages.answers] }, source: 'pages' },
      api,
      { ...api, answers: [...api.answers, ...pages.answers] },
    ],
    [
      'pages over an estimate keep its rule and date',
      estimate,
      pages,
      { ...estimate, source: 'pages', checkedAt: 3, answers: pages.answers },
    ],
  ])('mergeResponse: %s', (_name, stored, next, expected) => {
    expect(mergeResponse(stored, next)).toEqual(expected);
  });

  it.each<[string, StoredResponse | undefined]>([
    ['', undefined],
    ['2022-12-14', estimate],
    ['', api],
    ['', { ...estimate, excepted: true }],
    ['2023-01-31', { ...estimate, deadline: '2023-01-31' }],
  ])('responseDueOf → %j', (expected, facts) => {
    expect(responseDueOf(facts)).toBe(expected);
  });

  it('from the API’s lookup; nothing from a lookup that found nothing', () => {
    expect(
      factsFromLookup(
        { kind: 'unanswered', report: { publicationId: 1, deadline: '2024-05-12', excepted: true } },
        { published: '2024-03-12' },
        UK,
        5,
      ),
    ).toEqual({
      source: 'api',
      checkedAt: 5,
      rule: 'uk',
      published: '2024-03-12',
      deadline: '2024-05-12',
      excepted: true,
      answers: [],
      apiPublicationId: 1,
    });
    expect(factsFromLookup({ kind: 'unreadable', message: 'x' }, {}, UK, 5)).toBeUndefined();
    expect(factsFromPages(undefined, { url: 'u' }, 7)).toEqual({ source: 'pages', checkedAt: 7, answers: [{ url: 'u' }] });
  });
});

describe('on the report record', () => {
  const opened: LensDatabase[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete();
  });

  it('a report read gets its estimate; the API’s facts replace it; reading the page again keeps them; the overdue query follows', async () => {
    const db = new LensDatabase(`facts-${Date.now()}`);
    opened.push(db);
    const page = samplePage([sampleItem('1')], { url: UK, report: { ...samplePage([]).report, published: '2022-10-14' } });
    await recordPage(db, page, 1);
    expect((await db.reports.get(page.report.key))?.response).toEqual(estimate);
    expect([...(await overdueReportKeys(db, '2023-01-01'))]).toEqual([page.report.key]);
    expect([...(await overdueReportKeys(db, '2022-12-14'))]).toEqual([]);

    await recordResponseFacts(db, page.report, page.url, api, 2);
    await recordPage(db, page, 3);
    const row = await db.reports.get(page.report.key);
    expect(row).toMatchObject({ response: api, responseDue: '', responseUrl: 'https://x/932' });
    expect(await overdueReportKeys(db, '2023-01-01')).toEqual(new Set());
    expect((await loadReportResponses(db)).get(page.report.key)).toEqual(api);
  });
});
