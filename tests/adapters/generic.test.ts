// @vitest-environment happy-dom
import { LABEL_SOURCE_NAME } from '@/utils/detect/read-page';
import { readAnswers } from '@/utils/read-answers';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter } from '@/utils/adapters';
import { generic } from '@/utils/adapters/generic';
import { detectedPageSchema } from '@/utils/model/model';
import { type Status } from '@/utils/model/statuses';
import { CONTENT_MATCHES, OTHER_PARLIAMENT_SITES, matchesPattern } from '@/utils/sites';

const AU = 'https://www.aph.gov.au/Parliamentary_Business/Committees/Senate/Economics/SomeInquiry/Government_Response';

function parse(body: string, title = 'Page'): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`,
    'text/html',
  );
}

function detect(body: string, url = AU, title?: string) {
  const detection = generic.detect(parse(body, title), new URL(url));
  expect(detectedPageSchema.safeParse(detection.page).success).toBe(true);
  expect(detection.blocks).toHaveLength(detection.page.items.length);
  return detection.page;
}

describe('generic: which URLs', () => {
  it.each([
    [
      true,
      'https://www.aph.gov.au/Parliamentary_Business/Committees/Joint/National_Disability_Insurance_Scheme/IndependentAssessments/Report',
    ],
    [
      true,
      'https://www.aph.gov.au/Parliamentary_Business/Committees/House/Health_Aged_Care_and_Sport/BiotoxinIllnesses/Report/section?id=committees%2Freportrep%2F024194%2F25059',
    ],
    [true, 'https://www.aph.gov.au/Parliamentary_Business/Tabled_Documents/1234'],
    [
      true,
      'https://www.parliament.scot/chamber-and-committees/committees/current-and-previous-committees/session-6-health-social-care-and-sport-committee',
    ],
    [true, 'https://digitalpublications.parliament.scot/Committees/Report/HSCS/2023/2/14/abc/HSCSS062023R3'],
    [true, 'https://senedd.wales/committees/climate-change-environment-and-infrastructure-committee/'],
    [true, 'https://www.parliament.nz/en/pb/sc/reports/document/SCR_12345/inquiry'],
    [true, 'https://www.ourcommons.ca/DocumentViewer/en/44-1/HESA/report-10/'],
    [false, 'https://www.aph.gov.au/'],
    [false, 'https://www.aph.gov.au/Senators_and_Members'],
    [false, 'http://www.aph.gov.au/Parliamentary_Business/Committees/Senate'],
    [false, 'https://www.aph.gov.au.example.com/Parliamentary_Business/Committees/Senate'],
    [false, 'https://www.parliament.scot/msps'],
    [false, 'https://www.ourcommons.ca/Members/en'],
    [false, 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html'],
    [false, 'https://committees.parliament.uk/publications/33695/documents/183958/default/'],
    [false, 'https://committees.parliament.uk/committee/102/justice-committee/'],
    [false, 'https://www.gov.uk/government/publications/some-response/some-response'],
    [false, 'https://accountabilityindex.uk/committees/3/recommendation/1593/'],
  ])('%s for %s', (expected, url) => {
    expect(generic.matches(new URL(url), parse(''))).toBe(expected);
  });

  it('is last in the registry, so site adapters are tried first', () => {
    expect(ADAPTERS.at(-1)).toBe(generic);
  });

  it('is the adapter picked on every other-parliament pattern, and the content script runs there', () => {
    for (const site of OTHER_PARLIAMENT_SITES) {
      for (const pattern of site.matches) {
        const url = new URL(pattern.replace('*', 'example/page'));
        expect(matchesPattern(url, pattern)).toBe(true);
        expect(CONTENT_MATCHES).toContain(pattern);
        expect(pickAdapter(url, parse(''))?.id).toBe('generic');
      }
    }
  });
});

describe('generic: Australian label lines', () => {
  it.each<[Status, string]>([
    ['accepted', 'Recommendation 1 – Supported'],
    ['accepted', 'Recommendation 1 - Agreed'],
    ['partially-accepted', 'Recommendation 1 – Supported in principle'],
    ['partially-accepted', 'Recommendation 1 – Supported in part'],
    ['partially-accepted', 'Recommendation 1: Partially supported'],
    ['rejected', 'Recommendation 1 – Not supported'],
    ['noted', 'Recommendation 1 – Noted'],
    ['noted', 'Recommendations 1 – Noted for NDIS Review to consider'],
  ])('%s from "%s"', (status, label) => {
    const page = detect(`
      <h1>Australian Government response to the Senate Economics References Committee report: Something</h1>
      <h2>Recommendations made by the Committee</h2>
      <p>1. The Commonwealth Government establish a register of things.</p>
      <p><strong>${label}</strong></p>
      <p>The Government has considered this carefully.</p>
      <p>It will report back.</p>`);
    expect(page.kind).toBe('response');
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      number: '1',
      text: 'The Commonwealth Government establish a register of things.',
      reading: { status, source: 'tracker', sourceName: LABEL_SOURCE_NAME, evidence: label },
      response: { text: 'The Government has considered this carefully. It will report back.' },
    });
    expect(page.respondsTo).toEqual({ committee: 'Senate Economics References Committee', title: 'Something' });
  });

  it.each([
    [AU, 'Australian Government'],
    ['https://www.parliament.nz/en/pb/sc/reports/some-report/', 'New Zealand Government'],
    ['https://www.ourcommons.ca/DocumentViewer/en/44-1/HESA/report-10/response-8512-441-197', 'Government of Canada'],
  ])('names the government that answers on %s', (url, government) => {
    const page = detect(
      '<p>3. The agency publish its data.</p><p>Recommendation 3 – Noted</p><p>The agency already publishes data.</p>',
      url,
    );
    expect(page.items.map((item) => item.response?.respondent)).toEqual([government]);
  });

  it('gives one answer to each recommendation a shared label names', () => {
    const page = detect(`
      <p>3. The agency publish its data.</p>
      <p>4. The agency consult widely.</p>
      <p>Recommendations 3 and 4 – Noted</p>
      <p>The agency already publishes data.</p>
      <p>5. The Minister report annually.</p>
      <p>Recommendation 5 – Supported</p>
      <p>The Minister will report each year.</p>`);
    expect(page.items.map((item) => [item.number, item.text, item.reading.status, item.response?.text])).toEqual([
      ['3', 'The agency publish its data.', 'noted', 'The agency already publishes data.'],
      ['4', 'The agency consult widely.', 'noted', 'The agency already publishes data.'],
      ['5', 'The Minister report annually.', 'accepted', 'The Minister will report each year.'],
    ]);
  });

  it('reads a quote that sits under a "Recommendation N" heading, with the report paragraph number', () => {
    const page = detect(`
      <h3>Recommendation 2</h3>
      <p>3.14 The committee recommends that the government review the scheme.</p>
      <p>Recommendation 2 – Not supported</p>
      <p>The scheme was reviewed in 2021.</p>`);
    expect(page.items[0]).toMatchObject({ number: '2', paragraphRefs: ['3.14'], reading: { status: 'rejected' } });
    expect(page.items[0]!.text).toBe('The committee recommends that the government review the scheme.');
  });
});

describe('generic: reports and responses without labels', () => {
  it('reads "Recommendation N" markers under a List of recommendations heading', () => {
    const page = detect(
      `<h1>Report title</h1>
      <h2>List of recommendations</h2>
      <h3>Funding</h3>
      <p><strong>Recommendation 1</strong></p>
      <p>2.45 The committee recommends that the Australian Government fund the program.</p>
      <p><strong>Recommendation 2</strong></p>
      <p>3.10 The committee recommends that:</p>
      <ul><li>the agency publish data; and</li><li>the agency consult.</li></ul>
      <h2>Chapter 1</h2>
      <p><strong>Recommendation 1</strong></p>
      <p>2.45 The committee recommends that the Australian Government fund the program.</p>`,
      'https://www.aph.gov.au/Parliamentary_Business/Committees/Senate/Economics/X/Report',
    );
    expect(page.kind).toBe('report');
    expect(page.items.map((item) => [item.number, item.text, item.paragraphRefs, item.section, item.reading.status])).toEqual([
      ['1', 'The committee recommends that the Australian Government fund the program.', ['2.45'], 'Funding', 'pending'],
      ['2', 'The committee recommends that: the agency publish data; and the agency consult.', ['3.10'], 'Funding', 'pending'],
    ]);
  });

  it('finds a recommendations heading inside a table cell', () => {
    const page = detect(
      `<table><tr><td><h2>Recommendations</h2><p>1. The Welsh Government should publish a plan.</p><p>2. It should report annually.</p></td></tr></table>`,
      'https://senedd.wales/committees/some-committee/some-inquiry/',
    );
    expect(page.items.map((item) => item.number)).toEqual(['1', '2']);
  });

  it('reads a Canadian-style list ("Recommendation 1" then "That the Government of Canada …")', () => {
    const page = detect(
      `<h2>List of Recommendations</h2>
      <p>As a result of their deliberations committees may make recommendations.</p>
      <p>Recommendation 1</p><p>That the Government of Canada fund research.</p>
      <p>Recommendation 2</p><p>That the Government of Canada report annually.</p>`,
      'https://www.ourcommons.ca/DocumentViewer/en/44-1/HESA/report-10/page-5',
    );
    expect(page.items.map((item) => item.text)).toEqual([
      'That the Government of Canada fund research.',
      'That the Government of Canada report annually.',
    ]);
  });

  it('reads numbered paragraphs under "Conclusions and recommendations" when they count up from 1', () => {
    const page = detect(
      `<h2>Conclusions and recommendations</h2>
      <h3>Funding</h3>
      <p>1. The Scottish Government should publish a funding plan.</p>
      <p>2. The Committee recommends a review by 2026.</p>`,
      'https://digitalpublications.parliament.scot/Committees/Report/HSCS/2023/2/14/abc/report',
    );
    expect(page.items.map((item) => [item.number, item.section])).toEqual([
      ['1', 'Funding'],
      ['2', 'Funding'],
    ]);
  });

  it('leaves prose answers to the classifier, which reads them (adapter + readAnswers, as detectPage runs them)', () => {
    const page = detect(
      `<h1>Australian Government response to the Committee report: X</h1>
      <h2>Response to the Committee’s Recommendations</h2>
      <h3>Recommendation 1</h3><p>1.35 The committee recommends that the government act.</p>
      <p>The Australian Government supports and has implemented this recommendation.</p><p>Details follow.</p>
      <h3>Recommendation 2</h3><p>1.40 The committee recommends that the government act again.</p>
      <p>The Australian Government supports this recommendation, however funding is limited.</p>
      <h3>Recommendation 3</h3><p>1.50 The committee recommends more.</p>
      <p>The Government does not support this recommendation.</p>
      <h3>Recommendation 4</h3><p>1.60 The committee recommends less.</p>
      <p>The Government supports in principle this recommendation.</p>
      <h3>Recommendation 5</h3><p>1.70 The committee recommends a review.</p>
      <p>The Scottish Government accepts this recommendation in part.</p>
      <h3>Recommendation 6</h3><p>1.80 The committee recommends a register.</p>
      <p>The Government notes the Committee’s views on a register.</p>`,
    );
    expect(page.kind).toBe('response');
    expect(page.items.every((item) => item.reading.source === 'default')).toBe(true);
    expect(readAnswers(page).items.map((item) => [item.number, item.reading.status])).toEqual([
      ['1', 'accepted'],
      // "however funding is limited" carries no verdict of its own, so the support stands.
      ['2', 'accepted'],
      ['3', 'rejected'],
      ['4', 'partially-accepted'],
      ['5', 'partially-accepted'],
      ['6', 'noted'],
    ]);
    expect(page.items[0]!.response?.text).toBe(
      'The Australian Government supports and has implemented this recommendation. Details follow.',
    );
  });
});

describe('generic: pages that must give nothing', () => {
  it.each([
    ['an empty document', ''],
    [
      'a contents list that links to the recommendations',
      '<ul><li><a href="#r">List of recommendations</a></li><li><a href="#c">Conclusions and recommendations</a></li></ul>',
    ],
    [
      'prose about a recommendation',
      '<p>Senator Smith asked about recommendation 7 of the report.</p><p>Recommendation 7 – Supported by most witnesses, the committee found, in its earlier work.</p>',
    ],
    [
      'a heading with nothing numbered under it',
      '<h2>Recommendations</h2><p>The committee made six recommendations.</p><p>See the report.</p>',
    ],
    ['numbering that does not start at 1', '<h2>Recommendations</h2><p>12. The committee recommends one thing.</p><p>15. And another.</p>'],
    [
      'a label with no quoted recommendation',
      '<h2>Summary of responses</h2><p>Recommendation 1 – Supported</p><p>Recommendation 2 – Noted</p>',
    ],
    [
      'topic lines under a Recommendations heading',
      '<h2>Recommendations</h2><p>Recommendation 1 – NDIS Reserve Fund</p><p>Recommendation 2 – Co-design</p>',
    ],
    ['a recommendations heading inside the navigation', '<nav><h2>Recommendations</h2><p>1. First link</p><p>2. Second link</p></nav>'],
    [
      'a numbered list under an ordinary heading',
      '<h2>Key dates</h2><p>1. Referred: 17 December 2020</p><p>2. Reported: 25 October 2021</p>',
    ],
  ])('%s', (_name, body) => {
    const page = detect(body);
    expect(page.items).toEqual([]);
    expect(page.kind).toBe('other');
  });

  it('never throws on a document without a body', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.replaceChildren();
    expect(() => generic.detect(doc, new URL(AU))).not.toThrow();
  });
});

describe('generic: paragraph references', () => {
  it('takes a trailing "(paragraph N)" out of the text into paragraphRefs', async () => {
    const { loadCases } = await import('../../scripts/lib/fixture-cases');
    const scot = (await loadCases()).find((c) => c.name === 'scot-report-cj-pretrial-support-bill')!;
    const page = detect(scot.html.replace(/^[\s\S]*?<body[^>]*>/i, '').replace(/<\/body>[\s\S]*$/i, ''), scot.url);
    expect(page.items[0]!.text).not.toMatch(/\(paragraph \d+\)\s*$/i);
    expect(page.items[0]!.paragraphRefs).toEqual(['17']);
  });
});
