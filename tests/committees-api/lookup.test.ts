import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  documentLinks,
  lookUpResponses,
  MAX_API_REQUESTS,
  parsePaperNumber,
  pickReport,
  publicationIdFromUrl,
  responsePaper,
  type ApiReply,
} from '@/utils/committees-api/lookup';
import { publicationListSchema, publicationSchema } from '@/utils/committees-api/schema';
import type { ReportIdentity } from '@/utils/model/model';
import { API_FIXTURES_DIR, apiFixtureReply } from '../helpers/committees-api';

/** The API as the fixtures of one case answer it, with the requests logged. */
function fixtureApi(caseName: string, log: string[] = []) {
  return async (path: string): Promise<ApiReply> => {
    log.push(path);
    const { status, body } = apiFixtureReply(caseName, path);
    return status === 200 ? { ok: true, json: JSON.parse(body) as unknown } : { ok: false, status, message: `HTTP ${status}` };
  };
}

const HC304: ReportIdentity = {
  key: 'commons/5803/cmjust/HC304',
  house: 'commons',
  session: '5803',
  paperNumber: 'HC 304',
  committee: 'Justice Committee',
  title: 'Pre-legislative scrutiny of the draft Victims Bill',
  published: '2022-10-14',
};
const HC412: ReportIdentity = {
  key: 'commons/5804/cmenvaud/HC412',
  house: 'commons',
  paperNumber: 'HC 412',
  published: '2024-03-12',
  committee: 'Environmental Audit Committee',
};
const HL9: ReportIdentity = {
  key: 'lords/5901/ldstatinq/HL9',
  house: 'lords',
  paperNumber: 'HL Paper 9',
  committee: 'Statutory Inquiries Committee',
};

describe('the fixtures are in the API’s shapes', () => {
  it.each([
    ['report-with-response', 'publications.json', publicationListSchema],
    ['report-with-response', 'publication-31001.json', publicationSchema],
    ['report-with-response', 'publication-33050.json', publicationSchema],
    ['report-with-two-responses', 'publication-40001.json', publicationSchema],
    ['no-response-deadline-past', 'publications-committee.json', publicationListSchema],
    ['report-excepted', 'publication-38020.json', publicationSchema],
    ['lords-report', 'publication-51001.json', publicationSchema],
    ['lords-report', 'publications-committee.json', publicationListSchema],
    ['http-500-deep-paging', 'publications.json', publicationListSchema],
  ] as const)('%s/%s validates', (caseName, file, schema) => {
    const json: unknown = JSON.parse(readFileSync(join(API_FIXTURES_DIR, caseName, file), 'utf8'));
    expect(schema.safeParse(json).success).toBe(true);
  });

  it('the malformed reply does not', () => {
    const json: unknown = JSON.parse(readFileSync(join(API_FIXTURES_DIR, 'malformed-reply', 'publications.json'), 'utf8'));
    expect(publicationListSchema.safeParse(json).success).toBe(false);
  });
});

describe('paper numbers and documents', () => {
  it.each([
    [{ house: 'commons', number: '304' }, 'HC 304'],
    [{ house: 'lords', number: '9' }, 'HL Paper 9'],
    [{ house: 'lords', number: '284' }, 'HL 284'],
    [{ house: 'commons', number: '1910' }, 'hc1910'],
    [undefined, 'CP 1240'],
    [undefined, ''],
    [undefined, undefined],
  ])('%j from %s', (expected, paper) => {
    expect(parsePaperNumber(paper)).toEqual(expected);
  });

  it('a response’s paper: a Command Paper in its description, else its HC number', () => {
    expect(responsePaper({ id: 1, description: 'Heat in homes: Government Response (CP 1087)' })).toBe('CP 1087');
    expect(responsePaper({ id: 1, description: 'Government Response', hcNumber: { number: '932' } })).toBe('HC 932');
    expect(responsePaper({ id: 1, description: 'Letter', hlPaper: { number: '12' } })).toBe('HL Paper 12');
    expect(responsePaper({ id: 1, description: 'Letter' })).toBeUndefined();
  });

  it('documents: HTML to read, PDFs to link, a missing file URL built from the ids, never a non-https link', () => {
    expect(
      documentLinks({
        id: 7,
        documents: [
          {
            documentId: 70,
            files: [
              { fileName: 'r.html', fileDataFormat: 'Html', url: null },
              { fileName: 'r.pdf', fileDataFormat: 'Pdf', url: 'https://x.test/r.pdf' },
            ],
          },
        ],
        additionalContentUrl: 'javascript:alert(1)',
        additionalContentUrl2: 'https://www.gov.uk/government/publications/a/b',
      }),
    ).toEqual({
      htmlUrls: ['https://committees.parliament.uk/publications/7/documents/70/default/', 'https://www.gov.uk/government/publications/a/b'],
      pdfUrls: ['https://x.test/r.pdf'],
      pageUrl: 'https://committees.parliament.uk/publications/7/',
    });
  });

  it('picks the report by house, number, date and committee; several equally good is ambiguous; a response is never the report', () => {
    const item = (id: number, number: string, date: string, extra: object = {}) =>
      publicationSchema.parse({
        id,
        hcNumber: { number },
        publicationStartDate: `${date}T00:00:00`,
        type: { id: 1, governmentCanRespond: true },
        ...extra,
      });
    const items = [
      item(1, '304', '2011-12-20'),
      item(2, '304', '2022-10-14'),
      item(3, '304', '2022-10-14', { responseToPublicationId: 2 }),
    ];
    expect(pickReport(items, HC304)).toMatchObject({ id: 2 });
    expect(pickReport(items, { ...HC304, published: undefined })).toBe('ambiguous');
    expect(pickReport(items, { ...HC304, paperNumber: 'HC 999' })).toBeUndefined();
    expect(pickReport(items, { ...HC304, paperNumber: 'HL Paper 304' })).toBeUndefined();
  });
});

describe('looking a report up', () => {
  it('a report with a response: its deadline, and the response with its HTML document to read (listed with its documents: no third request)', async () => {
    const log: string[] = [];
    const result = await lookUpResponses(HC304, fixtureApi('report-with-response', log));
    expect(result).toEqual({
      kind: 'answered',
      report: { publicationId: 31001, published: '2022-10-14', deadline: '2022-12-14' },
      responses: [
        {
          publicationId: 33050,
          date: '2023-01-10',
          paper: 'HC 932',
          title: "Pre-legislative scrutiny of the draft Victims Bill: Government Response to the Committee's Fourth Report",
          url: 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html',
          htmlUrls: ['https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html'],
          pdfUrls: ['https://committees.parliament.uk/publications/33050/documents/128801/default/'],
        },
      ],
    });
    expect(log).toEqual([
      '/api/Publications?PaperNumbers=304&StartDate=2022-10-04&EndDate=2022-10-24&Skip=0&Take=30',
      '/api/Publications/31001',
    ]);
  });

  it('two responses, oldest first: a Command Paper (PDF, and its GOV.UK page) and a Special Report', async () => {
    const result = await lookUpResponses(HC412, fixtureApi('report-with-two-responses'));
    expect(result.kind).toBe('answered');
    if (result.kind !== 'answered') return;
    expect(result.responses.map((r) => [r.date, r.paper, r.htmlUrls.length, r.pdfUrls.length])).toEqual([
      ['2024-05-13', 'CP 1087', 1, 1],
      ['2024-07-02', 'HC 871', 1, 1],
    ]);
    expect(result.responses[0]!.url).toBe(
      'https://www.gov.uk/government/publications/heat-in-homes-government-response/heat-in-homes-government-response',
    );
  });

  it('none yet: the deadline, after checking the committee’s later publications for one that answers it', async () => {
    const log: string[] = [];
    expect(await lookUpResponses(HC412, fixtureApi('no-response-deadline-past', log))).toEqual({
      kind: 'unanswered',
      report: { publicationId: 40001, published: '2024-03-12', deadline: '2024-05-12' },
    });
    expect(log.at(-1)).toBe('/api/Publications?CommitteeId=62&StartDate=2024-03-12&Take=30');
  });

  it('excepted: no response expected, and nothing more asked', async () => {
    const log: string[] = [];
    const report = { key: 'commons/5803/cmjust/HC1910', house: 'commons' as const, paperNumber: 'HC 1910', published: '2023-11-01' };
    expect(await lookUpResponses(report, fixtureApi('report-excepted', log))).toEqual({
      kind: 'unanswered',
      report: { publicationId: 38020, published: '2023-11-01', excepted: true },
    });
    expect(log).toHaveLength(2);
  });

  it('a Lords report: by its HL Paper number; the response found by responseToPublicationId', async () => {
    const log: string[] = [];
    const result = await lookUpResponses(HL9, fixtureApi('lords-report', log));
    expect(result).toMatchObject({
      kind: 'answered',
      report: { publicationId: 51001, published: '2024-09-16', deadline: '2024-11-16' },
      responses: [
        {
          publicationId: 52310,
          date: '2024-12-19',
          htmlUrls: [],
          pdfUrls: ['https://committees.parliament.uk/publications/52310/documents/170101/default/'],
        },
      ],
    });
    expect(log[0]).toBe('/api/Publications?PaperNumbers=9&Skip=0&Take=30');
  });

  it.each([
    ['malformed-reply', /unexpected data at items\.0\.id/],
    ['http-500-deep-paging', /answered HTTP 500/],
  ])('%s: "unreadable", with what went wrong, never a throw', async (caseName, message) => {
    const result = await lookUpResponses({ ...HC304, published: undefined }, fixtureApi(caseName));
    expect(result.kind).toBe('unreadable');
    expect(result.kind === 'unreadable' && result.message).toMatch(message);
  });

  it('a transport that throws, or a report without a paper number, ends the lookup quietly', async () => {
    expect(await lookUpResponses(HC304, () => Promise.reject(new Error('offline')))).toEqual({ kind: 'unreadable', message: 'offline' });
    expect(await lookUpResponses({ key: 'x', title: 'No number' }, fixtureApi('report-with-response'))).toMatchObject({
      kind: 'not-listed',
    });
    expect(await lookUpResponses({ ...HC304, paperNumber: 'HC 999' }, fixtureApi('report-with-response'))).toMatchObject({
      kind: 'not-listed',
    });
  });

  it('a committees.parliament.uk publication page: the report by its id in the URL, no list asked', async () => {
    expect(publicationIdFromUrl('https://committees.parliament.uk/publications/31001/documents/127200/default/')).toBe(31001);
    expect(publicationIdFromUrl('https://publications.parliament.uk/publications/31001/')).toBeUndefined();
    expect(publicationIdFromUrl('https://committees.parliament.uk/committee/102/justice-committee/publications/')).toBeUndefined();
    const log: string[] = [];
    const result = await lookUpResponses(
      { key: 'https://committees.parliament.uk/publications/31001/' },
      fixtureApi('report-with-response', log),
      31001,
    );
    expect(result).toMatchObject({ kind: 'answered', report: { publicationId: 31001, deadline: '2022-12-14' } });
    expect(log).toEqual(['/api/Publications/31001']);
    // A response's own page is not a report with a deadline.
    expect(await lookUpResponses({ key: 'x' }, fixtureApi('report-with-response'), 33050)).toMatchObject({ kind: 'not-listed' });
  });

  it(`never asks more than ${MAX_API_REQUESTS} times`, async () => {
    let asked = 0;
    const endless = async (): Promise<ApiReply> => {
      asked++;
      return { ok: true, json: { items: [{ id: asked, hcNumber: { number: '1' } }], totalResults: 10_000 } };
    };
    await lookUpResponses({ ...HC304, published: undefined }, endless);
    expect(asked).toBeLessThanOrEqual(MAX_API_REQUESTS);
  });
});
