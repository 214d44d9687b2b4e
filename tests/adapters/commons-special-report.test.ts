// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonsSpecialReport } from '@/utils/adapters/commons-special-report';
import { FIXTURE_PAGES_DIR } from '../../scripts/lib/fixture-cases';

const HC932 = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html';
const OLD_PAGE = 'https://publications.parliament.uk/pa/cm200708/cmselect/cmberr/1006/100604.htm';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function fixture(name: string): string {
  return readFileSync(join(FIXTURE_PAGES_DIR, name, 'page.html'), 'utf8');
}

/** A modern Commons Special Report page: chrome, cover, introduction, then `appendix` under its heading. */
function specialReport(appendix: string, intro = '', heading = 'Appendix: Government Response'): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
  <title>Court capacity: Government Response to the Committee’s Fifth Report - Justice Committee - House of Commons</title></head><body>
  <header><a href="https://www.parliament.uk/">UK Parliament</a><form role="search"><input name="q"></form></header>
  <nav aria-label="Breadcrumb"><ol><li><a href="https://www.parliament.uk/">UK Parliament</a></li><li>Court capacity</li></ol></nav>
  <main>
    <div class="cover"><p>House of Commons</p><p>Justice Committee</p>
      <h1>Court capacity: Government Response to the Committee’s Fifth Report</h1><p>First Special Report of Session 2022–23</p><p>HC 517</p></div>
    <nav aria-label="Contents"><ul><li><a href="#a">Appendix: Government Response</a></li><li><a href="#c">Conclusions and recommendations</a></li></ul></nav>
    <h1>First Special Report</h1>
    ${intro}
    <h2 id="a">${heading}</h2>
    ${appendix}
    <h2>Footnotes</h2><ol><li><a href="#r1">1</a> Justice Committee, Fifth Report of Session 2021–22, Court capacity, HC 69</li></ol>
  </main>
  <footer><p>© UK Parliament 2022</p></footer></body></html>`;
}

function detect(html: string, url = HC932) {
  return commonsSpecialReport.detect(parse(html), new URL(url)).page;
}

/** [number, first words of the recommendation, first words of the answer] */
type Row = [string, string, string];

describe('commons-special-report matches', () => {
  it.each<[boolean, string, string, string]>([
    [true, 'a modern Special Report', HC932, specialReport('<p>1. Text.</p>')],
    [
      true,
      'an older page whose only sign is a "Government response" heading',
      OLD_PAGE,
      '<title>House of Commons - Trade</title><h2>Government response</h2>',
    ],
    [
      true,
      'an older page titled "… Special Report"',
      OLD_PAGE,
      '<title>Select Committee on Defence Seventh Special Report</title><p>Text</p>',
    ],
    [
      false,
      'a committee report',
      'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html',
      '<title>Pre-legislative scrutiny of the draft Victims Bill</title><h2>Conclusions and recommendations</h2>',
    ],
    [
      false,
      'a Lords page',
      'https://publications.parliament.uk/pa/ld5803/ldselect/ldxxx/12/1202.htm',
      '<title>First Special Report</title><h2>Government response</h2>',
    ],
    [
      false,
      'a GOV.UK publication',
      'https://www.gov.uk/government/publications/a/b',
      '<title>Government response</title><h2>Government response</h2>',
    ],
  ])('%s: %s', (expected, _name, url, html) => {
    expect(commonsSpecialReport.matches(new URL(url), parse(html))).toBe(expected);
  });
});

describe('commons-special-report finds', () => {
  it.each<[string, string, Row[]]>([
    [
      'bold-italic numbered quotes, then answers numbered on their own',
      `<p>1. The Government welcomes the Committee’s report.</p>
       <h3>Court capacity</h3>
       <p><span>1.</span> <strong><em>We recommend that the Ministry publish a timetable for reducing the backlog.</em></strong> (Paragraph 12)</p>
       <p><span>2.</span> The Government accepts this recommendation.</p>
       <p><span>3.</span> A timetable will be published in the spring.</p>
       <p><span>2.</span> <strong><em>The cap on sitting days should be removed permanently.</em></strong> (Paragraphs 14–16)</p>
       <p><span>4.</span> The Government does not accept this recommendation.</p>`,
      [
        ['1', 'We recommend that the Ministry publish a timetable', '2. The Government accepts this recommendation. 3. A timetable'],
        ['2', 'The cap on sitting days should be removed', '4. The Government does not accept'],
      ],
    ],
    [
      'quotes without emphasis, recognised by their trailing "(Paragraph N)"',
      `<p>1. The IBPN has now been transformed into the UK India Business Council (Paragraph 7).</p>
       <p>1.1. The Government is pleased to receive the Committee's endorsement.</p>
       <p>2. We are pleased to see that UK plc appears to have woken up to India. (Paragraph 9)</p>
       <p>2.1. UKTI agrees.</p>`,
      [
        ['1', 'The IBPN has now been transformed', '1.1. The Government is pleased'],
        ['2', 'We are pleased to see that UK plc', '2.1. UKTI agrees.'],
      ],
    ],
    [
      '"N. Recommendation M." numbering: the recommendation number wins',
      `<p>3. <b>Recommendation 7. Defra should publish a statement of how it will measure the effect of budget cuts.</b> (Paragraph 31)</p>
       <p>4. <b>Recommendation 8. Defra should report to us each year on its efficiency programme.</b> (Paragraph 32)</p>
       <p>Defra will set out how its spending decisions supported its priorities.</p>`,
      [
        ['7', 'Defra should publish a statement', 'Defra will set out how its spending'],
        ['8', 'Defra should report to us each year', 'Defra will set out how its spending'],
      ],
    ],
    [
      'bold "Recommendation N" label paragraphs, quote in italics, "Government response" label',
      `<p><strong>Recommendation 5</strong></p>
       <p><em>The Bill should set out the core entitlements of the Code.</em></p>
       <p><strong>Government response</strong></p>
       <p>10. The Government does not accept this recommendation.</p>
       <p><strong>Conclusion and recommendation 6</strong></p>
       <p><em>Entitlements that victims do not know about are of little use to them.</em></p>
       <p><strong>Government response</strong></p>
       <p>12. The Government agrees that awareness is too low.</p>`,
      [
        ['5', 'The Bill should set out the core entitlements', '10. The Government does not accept'],
        ['6', 'Entitlements that victims do not know about', '12. The Government agrees'],
      ],
    ],
    [
      'a quote running on into a second emphasised paragraph',
      `<p>4. <strong>We recommend that Standing Order No. 152 be amended as follows:</strong></p>
       <p><strong>(a) in paragraph (1), leave out “departmental” and insert “select”.</strong> (Paragraph 40)</p>
       <p>The Government will consider this.</p>`,
      [['4', 'We recommend that Standing Order No. 152 be amended as follows: (a) in paragraph (1)', 'The Government will consider this.']],
    ],
    [
      'a progress table (older pages): "(Para N)" references and column titles',
      `<table><tr><td><b>Recommendations and undertakings</b></td><td><b>Government Response</b></td><td><b>Committee Response/Follow-up</b></td></tr>
       <tr><td>1.That the UK will have to continue to balance carefully the benefits. (Para 23)</td><td>Accepted</td><td>&nbsp;</td></tr>
       <tr><td>2.That access to US technology must remain vital. (Paras 23-24)</td><td>Accepted. Industry is being consulted.</td><td>Noted.</td></tr></table>`,
      [
        ['1', 'That the UK will have to continue', 'Accepted'],
        ['2', 'That access to US technology must remain vital.', 'Accepted. Industry is being consulted.'],
      ],
    ],
  ])('%s', (_name, appendix, expected) => {
    const page = detect(specialReport(appendix));
    expect(page.kind).toBe('response');
    expect(page.items.map((item) => [item.number, item.text, item.response?.text ?? ''])).toEqual(
      expected.map(([number, text, answer]) => [number, expect.stringContaining(text), expect.stringContaining(answer)]),
    );
  });

  it('reads each appended response with its own respondent', () => {
    const page = detect(
      specialReport(
        `<p>1. <strong><em>The inspectorate should publish its findings.</em></strong> (Paragraph 20)</p><p>2. The Government agrees.</p>
         <h2>Appendix 2: Ofsted response</h2>
         <p>5. <strong><em>Ofsted should inspect every setting within three years.</em></strong> (Paragraph 31)</p><p>Ofsted will do so from 2024.</p>`,
        '',
        'Appendix 1: Government response',
      ),
    );
    expect(page.items.map((item) => [item.number, item.response?.respondent, item.response?.text])).toEqual([
      ['1', 'HM Government', '2. The Government agrees.'],
      ['5', 'Ofsted', 'Ofsted will do so from 2024.'],
    ]);
  });

  it('strips references: "(Paragraphs 14–16)" and "(Paras 23-24)"', () => {
    const page = detect(
      specialReport(`<p>1. <b>Remove the cap.</b> (Paragraphs 14–16)</p><p>Accepted.</p>
        <table><tr><th>Recommendation</th><th>Government response</th></tr><tr><td>2.Keep access. (Paras 23-24)</td><td>Accepted.</td></tr></table>`),
    );
    expect(page.items.map((item) => [item.number, item.text, item.paragraphRefs])).toEqual([
      ['1', 'Remove the cap.', ['14', '15', '16']],
      ['2', 'Keep access.', ['23', '24']],
    ]);
  });

  it('reads explicit labels only, and leaves prose for the classifier', () => {
    const page = detect(
      specialReport(`<table><tr><th>Recommendation</th><th>Government Response</th></tr>
        <tr><td>1. Do this.</td><td>Accepted</td></tr><tr><td>2. Do that.</td><td>The Government accepts this recommendation.</td></tr></table>`),
    );
    expect(page.items.map((item) => item.reading)).toEqual([
      { status: 'accepted', source: 'tracker', sourceName: 'the response’s own label', evidence: 'Accepted' },
      { status: 'pending', source: 'default' },
    ]);
  });
});

describe('commons-special-report gives nothing', () => {
  it.each<[string, string, string?]>([
    [
      'an appendix of numbered answers with no quoted recommendation',
      '<p>1. The Government welcomes the report.</p><p>2. The Government accepts the Committee’s recommendations.</p>',
    ],
    [
      'a "Recommendations" heading but no numbered items',
      '<h3>Recommendations</h3><p>The Committee made 19 recommendations, most of which the Government accepts.</p><ul><li>Core entitlements</li><li>Data sharing</li></ul>',
    ],
    [
      'recommendations mentioned in running text only',
      '<p>3. As set out in our response to Recommendation 4, which we accept, the Code will change.</p><p>Recommendation 6 (above) covers this.</p>',
    ],
    ['a special report with no appendix yet', '', 'Committee’s Report'],
  ])('%s', (_name, appendix, heading) => {
    const page = detect(specialReport(appendix, '<p>The Government’s response was received on 30 November 2022.</p>', heading));
    expect(page.items).toEqual([]);
    expect(page.kind).toBe('other');
  });

  it('gives nothing on the correspondence Special Report fixture (letters, bold committee text, prose mentions)', () => {
    const page = detect(
      fixture('response-other-special-report-correspondence'),
      'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/1045/report.html',
    );
    expect(page.items).toEqual([]);
  });

  it('never throws on an empty document', () => {
    expect(() => detect('')).not.toThrow();
    expect(detect('').items).toEqual([]);
  });
});

describe('commons-special-report on the fixtures', () => {
  it('HC 932: the response’s own identity, and the report it answers (for linking to HC 304)', () => {
    const page = detect(fixture('response-justice-hc932'));
    expect(page.report).toMatchObject({ key: 'commons/5803/cmjust/HC932', paperNumber: 'HC 932', committee: 'Justice Committee' });
    expect(page.report.title).toBe(
      'Pre-legislative scrutiny of the draft Victims Bill: Government Response to the Committee’s Fourth Report',
    );
    expect(page.respondsTo).toEqual({
      title: 'Pre-legislative scrutiny of the draft Victims Bill',
      paperNumber: 'HC 304',
      committee: 'Justice Committee',
      url: 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html',
    });
  });

  it('HC 932: recommendation 7 keeps its number and gets response paragraph 14, whole', () => {
    const page = detect(fixture('response-justice-hc932'));
    const seven = page.items.find((item) => item.number === '7')!;
    expect(seven.key).toBe('commons/5803/cmjust/HC932#7');
    expect(seven.paragraphRefs).toEqual(['22']);
    expect(seven.section).toBe('Clauses 2 to 4, the Code of Practice for Victims of Crime');
    expect(seven.response?.respondent).toBe('HM Government');
    expect(seven.response?.text).toMatch(/^14\. The Government acknowledges the points raised by the Committee\. However,/);
    expect(seven.response?.text).toMatch(/As such, we do not consider that any changes are necessary\.$/);
  });

  it('HC 932: one answer to recommendations 9 and 10 is given to both, footnote markers dropped', () => {
    const page = detect(fixture('response-justice-hc932'));
    const [nine, ten] = ['9', '10'].map((n) => page.items.find((item) => item.number === n)!);
    expect(nine!.response?.text).toBe(ten!.response?.text);
    expect(ten!.response?.text).toContain('the funding available to support them. Funding for future years');
  });

  it('EFRA HC 1283: the department that answered, and no footnotes or page-turn links in the last answer', () => {
    const page = detect(
      fixture('response-efra-hc1283'),
      'https://publications.parliament.uk/pa/cm201314/cmselect/cmenvfru/1283/128304.htm',
    );
    expect(page.items.map((item) => item.number)).toEqual(['1', '2', '7', '8', '3', '4', '5', '6']);
    expect(page.items[0]!.response?.respondent).toBe('Defra');
    expect(page.items.at(-1)!.response?.text).toMatch(/six-monthly updates on the Programme\.$/);
  });

  it('Defence HC 516: the table names the answered report', () => {
    const page = detect(
      fixture('response-defence-hc516-table'),
      'https://publications.parliament.uk/pa/cm200001/cmselect/cmdfence/516/51613.htm',
    );
    expect(page.respondsTo).toEqual({ title: 'The Six-Nation Framework Agreement', paperNumber: 'HC 115', committee: 'Defence Committee' });
  });
});
