// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { govUkResponse } from '@/utils/adapters/gov-uk-response';
import { readAnswers } from '@/utils/read-answers';
import { FIXTURE_PAGES_DIR } from '../../scripts/lib/fixture-cases';

const HTML_PUBLICATION =
  'https://www.gov.uk/government/publications/government-response-to-the-justice-committee-report/government-response-to-the-justice-committee-report';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A GOV.UK HTML publication: chrome, "From:" metadata, a contents sidebar, and `body` as the govspeak content. */
function govUkPage(body: string, title = 'Government response to the Justice Committee report', contents = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} - GOV.UK</title></head><body>
  <header role="banner"><a href="https://www.gov.uk/"><span>GOV.UK</span></a>
    <form role="search"><label for="s">Search GOV.UK</label><input id="s"></form></header>
  <nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/government/all">Government</a></li></ol></nav>
  <main id="content">
    <header><span>Policy paper</span><h1>${title}</h1>
      <dl><dt>From:</dt><dd><a href="/government/organisations/ministry-of-justice">Ministry of Justice</a></dd>
      <dt>Published</dt><dd>12 January 2023</dd></dl></header>
    <nav aria-label="Contents"><h2>Contents</h2><ol>${contents}</ol></nav>
    <div class="govspeak">${body}</div>
  </main>
  <footer role="contentinfo"><p>All content is available under the Open Government Licence v3.0</p></footer>
  </body></html>`;
}

function detect(html: string, url = HTML_PUBLICATION) {
  return govUkResponse.detect(parse(html), new URL(url)).page;
}

/** [number, first words of the recommendation, first words of the answer] */
type Row = [string, string, string];

describe('gov-uk-response matches', () => {
  it.each<[boolean, string, string]>([
    [true, 'an HTML publication of a response', HTML_PUBLICATION],
    [true, 'with a trailing slash', `${HTML_PUBLICATION}/`],
    [
      false,
      'the publication landing page (attachments list)',
      'https://www.gov.uk/government/publications/government-response-to-the-justice-committee-report',
    ],
    [false, 'a news story', 'https://www.gov.uk/government/news/government-response-to-the-justice-committee-report'],
    [false, 'another host', 'https://gov.uk.example.com/government/publications/a/b'],
    [false, 'a report page on publications.parliament.uk', 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html'],
  ])('%s: %s', (expected, _name, url) => {
    expect(govUkResponse.matches(new URL(url), parse(govUkPage('<p>Text</p>')))).toBe(expected);
  });

  it('leaves HTML publications that are not responses alone', () => {
    const doc = parse(govUkPage('<p>Text</p>', 'The Code of Practice for Victims of Crime in England and Wales'));
    expect(govUkResponse.matches(new URL(HTML_PUBLICATION), doc)).toBe(false);
  });
});

describe('gov-uk-response finds', () => {
  it.each<[string, string, Row[]]>([
    [
      'h3 "Recommendation N", quote in a blockquote, h4 "Government response"',
      `<h2>Victims’ Code</h2>
       <h3>Recommendation 7</h3>
       <blockquote><p>We call for an immediate end to the sharing of victims’ data. (Paragraph 22)</p></blockquote>
       <h4>Government response</h4>
       <p>The Government acknowledges the points raised by the Committee.</p>
       <p>As such, we do not consider that any changes are necessary.</p>
       <h3>Recommendation 8</h3>
       <blockquote><p>We recommend that clause 4 be amended.</p></blockquote>
       <h4>Government response</h4>
       <p>The Government accepts this recommendation.</p>`,
      [
        ['7', 'We call for an immediate end', 'The Government acknowledges the points raised by the Committee. As such, we do not'],
        ['8', 'We recommend that clause 4 be amended.', 'The Government accepts this recommendation.'],
      ],
    ],
    [
      '"Conclusion and recommendation N", quote in italics, bold "Government response" paragraph',
      `<h3>Conclusion and recommendation 12</h3>
       <p><em>The Victims’ Commissioner should have a power to require information.</em></p>
       <p><strong>Government response</strong></p>
       <p>The Government notes the recommendation and will consider it further.</p>
       <h3>Conclusion and recommendation 13</h3>
       <p><em>The annual report should be laid before Parliament.</em></p>
       <p><strong>Government response:</strong></p>
       <p>Agreed. The Bill will require it.</p>`,
      [
        ['12', 'The Victims’ Commissioner should have a power', 'The Government notes the recommendation'],
        ['13', 'The annual report should be laid', 'Agreed. The Bill will require it.'],
      ],
    ],
    [
      '"Recommendation N: Title words" headings, bold quote, no label',
      `<h2>Recommendation 1: A single ministerial committee</h2>
       <p><strong>The Government should establish a single ministerial committee for resilience.</strong></p>
       <p>The government agrees that clear governance is needed.</p>
       <h2>Recommendation 2: Publish exercise reports</h2>
       <p><strong>Exercise reports should be published within three months.</strong></p>
       <p>The government will publish reports of Tier 1 exercises.</p>
       <h2>Annex A: Glossary</h2>
       <p>NSRA: National Security Risk Assessment.</p>`,
      [
        ['1', 'The Government should establish a single ministerial', 'The government agrees that clear governance is needed.'],
        ['2', 'Exercise reports should be published', 'The government will publish reports of Tier 1 exercises.'],
      ],
    ],
    [
      '"Recommendations 3 and 4" with numbered quotes: one item each, one shared answer',
      `<h3>Recommendations 3 and 4</h3>
       <blockquote><p>3. Children who experience domestic abuse are victims. (Paragraph 10)</p>
       <p>4. Victims of anti-social behaviour should be covered. (Paragraph 12)</p></blockquote>
       <h4>Government response</h4>
       <p>We will make this explicit in the Code.</p>`,
      [
        ['3', 'Children who experience domestic abuse are victims.', 'We will make this explicit in the Code.'],
        ['4', 'Victims of anti-social behaviour should be covered.', 'We will make this explicit in the Code.'],
      ],
    ],
    [
      '"Recommendations 3–5" over one quote: each number gets the quote and the answer',
      `<h3>Recommendations 3–5</h3>
       <blockquote><p>Specialist advisers need multi-year funding and national standards.</p></blockquote>
       <p><b>Government response</b></p>
       <p>Funding will be set at the Spending Review.</p>`,
      [
        ['3', 'Specialist advisers need multi-year funding', 'Funding will be set at the Spending Review.'],
        ['4', 'Specialist advisers need multi-year funding', 'Funding will be set at the Spending Review.'],
        ['5', 'Specialist advisers need multi-year funding', 'Funding will be set at the Spending Review.'],
      ],
    ],
    [
      'two-column table titled Recommendation / Government response',
      `<h2>Response to the recommendations</h2>
       <table><thead><tr><th>Recommendation</th><th>Government response</th></tr></thead><tbody>
       <tr><td>1. The Ministry should publish a timetable for reducing the backlog. (Paragraph 43)</td><td>Accepted. A timetable will be published in the spring.</td></tr>
       <tr><td>Recommendation 2: Remove the MP filter for Code complaints.</td><td>Not accepted. The filter applies to all complaints.</td></tr>
       <tr><td colspan="2">Restorative justice</td></tr>
       <tr><td>Recommendations 3 and 4 Offer restorative justice to every victim.</td><td>The Government will consider this.</td></tr>
       </tbody></table>`,
      [
        ['1', 'The Ministry should publish a timetable', 'Accepted. A timetable will be published'],
        ['2', 'Remove the MP filter for Code complaints.', 'Not accepted.'],
        ['3', 'Offer restorative justice to every victim.', 'The Government will consider this.'],
        ['4', 'Offer restorative justice to every victim.', 'The Government will consider this.'],
      ],
    ],
    [
      'a table with a separate "No." column and a "Response" column',
      `<table><tr><th>No.</th><th>Committee recommendation</th><th>Response</th></tr>
       <tr><td>1</td><td>Publish the compliance data each year.</td><td>Agreed.</td></tr>
       <tr><td>2</td><td>Fund a national awareness campaign.</td><td>Partially accepted: a campaign will run in 2024.</td></tr></table>`,
      [
        ['1', 'Publish the compliance data each year.', 'Agreed.'],
        ['2', 'Fund a national awareness campaign.', 'Partially accepted'],
      ],
    ],
  ])('%s', (_name, body, expected) => {
    const page = detect(govUkPage(body));
    expect(page.kind).toBe('response');
    expect(page.items.map((item) => [item.number, item.text, item.response?.text ?? ''])).toEqual(
      expected.map(([number, text, answer]) => [number, expect.stringContaining(text), expect.stringContaining(answer)]),
    );
    expect(page.items.every((item) => item.response?.respondent === 'Ministry of Justice')).toBe(true);
  });

  it.each<[string, string, (string | undefined)[]]>([
    [
      'explicit labels in a table',
      `<table><tr><th>Recommendation</th><th>Government response</th></tr>
       <tr><td>1. Do this.</td><td>Accepted</td></tr><tr><td>2. Do that.</td><td>Not accepted.</td></tr>
       <tr><td>3. And this.</td><td>Accepted in principle: subject to funding.</td></tr><tr><td>4. And that.</td><td>Noted.</td></tr>
       <tr><td>5. Also this.</td><td>Accepted practice is to consult first.</td></tr></table>`,
      ['accepted', 'rejected', 'partially-accepted', 'noted', 'pending'],
    ],
    [
      'a label with the response heading, or opening the answer',
      `<h3>Recommendation 1</h3><p><em>Do this.</em></p><h4>Government response: Not accepted</h4><p>Because.</p>
       <h3>Recommendation 2</h3><p><em>Do that.</em></p><h4>Government response</h4><p>Supported in principle. Subject to funding.</p>
       <h3>Recommendation 3</h3><p><em>And this.</em></p><h4>Government response</h4><p>The Government accepts this recommendation.</p>`,
      ['rejected', 'partially-accepted', 'pending'],
    ],
  ])('reads only explicit labels: %s', (_name, body, statuses) => {
    const page = detect(govUkPage(body));
    expect(page.items.map((item) => (item.reading.source === 'default' ? 'pending' : item.reading.status))).toEqual(statuses);
  });
});

describe('gov-uk-response gives nothing', () => {
  it.each<[string, string, string?]>([
    [
      'a news article saying the Government accepts the recommendations',
      `<p>The Government accepts the Committee’s recommendations on victims’ rights and will legislate.</p>
       <p>Minister for Victims said: “We accept the recommendation that victims should be told about the Code.”</p>
       <h2>Notes to editors</h2><p>1. The Committee published its report on 14 October 2022.</p>`,
      'Victims Bill: Government response to Justice Committee published',
    ],
    [
      'a "Recommendations" heading but no numbered items',
      `<h2>Recommendations</h2><p>The Committee made 19 recommendations.</p>
       <ul><li>Set out core entitlements in the Bill</li><li>End data sharing for immigration enforcement</li></ul>
       <h2>Government response</h2><p>The Government accepts most of the Committee’s recommendations.</p>`,
    ],
    [
      'findings, not numbered recommendations (accept / do not accept sentences)',
      `<h2>PHSO’s findings</h2><p>1. The PHSO found that DWP’s communication reflected the expected standards.</p>
       <h2>Government response</h2><p>2. We accept that decision-making resulted in a 28-month delay.</p>
       <p>3. However, we do not accept the PHSO’s approach to injustice.</p>`,
      'Government’s new decision: Women’s State Pension age communications - Response to the Parliamentary and Health Service Ombudsman’s investigation',
    ],
    [
      'recommendations named only in the contents sidebar and in running text',
      `<h2>Introduction</h2><p>Our response to Recommendation 3 is set out below, together with Recommendation 4.</p>
       <p>Recommendation 6 (above) describes the exercise programme.</p>`,
      undefined,
    ],
    [
      'a table whose columns are not recommendations and responses',
      `<table><tr><th>Number</th><th>Title</th><th>Reference</th></tr><tr><td>4th</td><td>Pre-legislative scrutiny of the draft Victims Bill</td><td>HC 304</td></tr></table>`,
    ],
  ])('%s', (_name, body, title) => {
    const contents = '<li><a href="#r1">Recommendation 1: Entitlements</a></li><li><a href="#r2">Recommendation 2: Data</a></li>';
    const page = detect(govUkPage(body, title, contents));
    expect(page.items).toEqual([]);
    expect(page.kind).toBe('other');
  });

  it('gives nothing on the GOV.UK landing page fixture even when asked to read it', () => {
    const html = readFileSync(join(FIXTURE_PAGES_DIR, 'response-other-gov-uk-landing-ipp', 'page.html'), 'utf8');
    expect(
      detect(html, 'https://www.gov.uk/government/publications/government-response-to-the-justice-committee-report-on-ipp-sentences').items,
    ).toEqual([]);
  });

  it('never throws on an empty document', () => {
    expect(() => detect('')).not.toThrow();
    expect(detect('').items).toEqual([]);
  });
});

describe('gov-uk-response on the CP 1240 fixture', () => {
  const html = readFileSync(join(FIXTURE_PAGES_DIR, 'response-covid-inquiry-cp1240', 'page.html'), 'utf8');
  const url =
    'https://www.gov.uk/government/publications/uk-government-response-to-the-covid-19-inquiry-module-1-report/uk-government-response-to-the-covid-19-inquiry-module-1-report';
  const page = detect(html, url);

  it('names the response and what it answers', () => {
    expect(page.report).toEqual({
      key: url,
      title: 'UK Government Response to the Covid-19 Inquiry Module 1 Report',
      paperNumber: 'CP 1240',
    });
    expect(page.respondsTo).toEqual({ title: 'Covid-19 Inquiry Module 1 Report' });
  });

  it('keeps headings as headlines and answers free of footnote markers', () => {
    const second = page.items[1]!;
    expect(second.headline).toBe('Cabinet Office leadership for whole-system civil emergencies in the UK');
    expect(second.response?.respondent).toBe('Cabinet Office');
    expect(second.response?.text).toContain('an extensive array of risks, have clarity of roles');
    expect(page.items.map((item) => item.response?.text ?? '').join(' ')).not.toMatch(/\[footnote \d+\]|Back to top|Help us improve/);
  });

  it('does not let the quoted recommendation leak into the answer', () => {
    expect(page.items[7]!.text).toContain('whether these recommendations have been accepted or rejected');
    expect(page.items[7]!.response?.text).not.toContain('accepted or rejected');
  });
});

describe('gov-uk-response: a recommendation answered part by part', () => {
  it('reads lettered and roman parts as items of their own, each with the answer that follows', () => {
    const page = detect(
      govUkPage(`<h2>Recommendation 2</h2>
       <p>The government should:</p>
       <ol type="a"><li>publish the waiting-time data for each court every quarter; and</li><li>consult the devolved administrations on a common format.</li></ol>
       <p>Response: Accepted in part.</p><p>The data will be published each quarter from April.</p>
       <h2>Recommendation 4</h2>
       <p>The government should:</p>
       <p>a) review the compensation scheme:</p>
       <p>i. within six months of this report; and</p>
       <p>ii. with the independent regulator.</p>
       <p>The government accepts this recommendation and will report on the review.</p>`),
    );
    expect(page.items.map((item) => [item.number, item.text])).toEqual([
      ['2a', 'publish the waiting-time data for each court every quarter; and'],
      ['2b', 'consult the devolved administrations on a common format.'],
      ['4a)i', 'within six months of this report; and'],
      ['4a)ii', 'with the independent regulator.'],
    ]);
    // The label reads as the page's own verdict for both parts; the prose answer goes to the classifier for each.
    expect(page.items.slice(0, 2).map((item) => item.reading.status)).toEqual(['partially-accepted', 'partially-accepted']);
    expect(page.items.slice(2).map((item) => item.response?.text)).toEqual([
      'The government accepts this recommendation and will report on the review.',
      'The government accepts this recommendation and will report on the review.',
    ]);
  });
  it('reads a recommendation printed as its parts ("2a.", "4a)" then "i.") under its heading', () => {
    const page = readAnswers(
      detect(
        govUkPage(`<h3>Recommendation 2</h3>
       <p>2a. The Department should publish independently verified workforce projections every two years.</p>
       <p>2b. The projections should cover social care as well as the NHS.</p>
       <p>Recommendations 2a and 2b are accepted. Projections will be published in 2025.</p>
       <h3>Recommendation 3</h3>
       <p>The Department should set out a plan for retaining nurses.</p>
       <p>The Government does not accept this recommendation.</p>
       <h3>Recommendation 4</h3>
       <p>4a) The Government should reform the pensions rules:</p>
       <p>i. to allow retired staff to return to work without losing their pension;</p>
       <p>ii. to remove the annual allowance charge for senior clinicians.</p>
       <p>Recommendation 4a)i is accepted. Recommendation 4a)ii is not accepted.</p>`),
      ),
    );
    expect(page.items.map((item) => [item.number, item.text.slice(0, 30), item.reading.status])).toEqual([
      ['2a', 'The Department should publish ', 'accepted'],
      ['2b', 'The projections should cover s', 'accepted'],
      ['3', 'The Department should set out ', 'rejected'],
      ['4a)i', 'to allow retired staff to retu', 'accepted'],
      ['4a)ii', 'to remove the annual allowance', 'rejected'],
    ]);
  });

  it('reads a heading naming a range of parts ("Recommendations 1a to 1c") as each part', () => {
    const page = readAnswers(
      detect(
        govUkPage(`<h2>Recommendations 1a to 1c: guidance</h2>
       <p><strong>1a) The Government should publish model guidance for employers.</strong></p>
       <p><strong>1b) The guidance should be developed with ACAS.</strong></p>
       <p><strong>1c) The guidance should be reviewed after two years.</strong></p>
       <p>Recommendations 1a and 1b are accepted. Recommendation 1c is not accepted.</p>
       <h2>Recommendation 2: the Equality Act</h2>
       <p><strong>The Government should commence section 14 of the Equality Act 2010.</strong></p>
       <p>Not accepted. Legislative change is not necessary.</p>`),
      ),
    );
    expect(page.items.map((item) => [item.number, item.reading.status])).toEqual([
      ['1a', 'accepted'],
      ['1b', 'accepted'],
      ['1c', 'rejected'],
      ['2', 'rejected'],
    ]);
  });
});

describe('gov-uk-response: Treasury Minutes (a PAC conclusion, then its recommendations)', () => {
  it('keeps the recommendations, without their "PAC recommendation:" prefix, and drops the conclusions', () => {
    const page = readAnswers(
      detect(
        govUkPage(
          `<h3>Conclusions and recommendations</h3>
       <p>1. PAC conclusion: The Department does not know how much fraud there is.</p>
       <p>1a. PAC recommendation: The Department should publish an estimate of fraud each year.</p>
       <p>1.1 The government agrees with the committee’s recommendation.</p>
       <p>Target implementation date: Spring 2025</p>
       <p>1b. PAC recommendation: The Department should write to the committee setting out its plan.</p>
       <p>1.2 The government disagrees with the committee’s recommendation.</p>
       <p>2. PAC conclusion: Counter-fraud staff are stretched.</p>
       <p>2. PAC recommendation: The Department should review its counter-fraud staffing.</p>
       <p>2.1 The government agrees with the committee’s recommendation.</p>`,
          'Treasury Minutes: Government response to the Committee of Public Accounts',
        ),
      ),
    );
    expect(page.items.map((item) => [item.number, item.text, item.reading.status])).toEqual([
      ['1a', 'The Department should publish an estimate of fraud each year.', 'accepted'],
      ['1b', 'The Department should write to the committee setting out its plan.', 'rejected'],
      ['2', 'The Department should review its counter-fraud staffing.', 'accepted'],
    ]);
  });
});

describe('gov-uk-response: one answer to a group of parts', () => {
  it('gives an answer cell spanning two rows (rowspan) to both', () => {
    const page = readAnswers(
      detect(
        govUkPage(`<table><thead><tr><th>No.</th><th>Recommendation</th><th>Government response</th></tr></thead><tbody>
         <tr><td>1a</td><td>The Department should simplify the fares structure by 2026.</td><td rowspan="2">Accepted. The Department will consult this year.</td></tr>
         <tr><td>1b</td><td>The Department should publish a timetable for fares reform.</td></tr>
         <tr><td>2</td><td>The Department should freeze regulated fares for two years.</td><td>Not accepted. Fares policy is set each year.</td></tr>
         </tbody></table>`),
      ),
    );
    expect(page.items.map((item) => [item.number, item.reading.status])).toEqual([
      ['1a', 'accepted'],
      ['1b', 'accepted'],
      ['2', 'rejected'],
    ]);
  });

  it('reads a lettered list (<ol type="a">) under a recommendation heading as its parts', () => {
    const page = readAnswers(
      detect(
        govUkPage(`<h2>Recommendation 1</h2>
         <ol type="a"><li>The Department should raise the bursary for physics teachers.</li><li>The Department should extend the bursary to computing.</li></ol>
         <p>The Government accepts these recommendations in part.</p>
         <h2>Recommendation 2</h2><p>The Department should publish its workforce model.</p><p>The Government accepts this recommendation.</p>`),
      ),
    );
    expect(page.items.map((item) => [item.number, item.reading.status])).toEqual([
      ['1a', 'partially-accepted'],
      ['1b', 'partially-accepted'],
      ['2', 'accepted'],
    ]);
  });
});
