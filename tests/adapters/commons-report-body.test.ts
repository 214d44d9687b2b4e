// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commonsReportBody } from '@/utils/adapters/commons-report-body';

const BODY = 'https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25104.htm';
const CONTENTS = 'https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25102.htm';

function doc(body: string, title = 'House of Commons - Transport - First Report'): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body><p>Select Committee on Transport First Report</p>${body}</body></html>`,
    'text/html',
  );
}

const REC = 'We recommend that the Department publish its road safety plans each year.';

interface Expected {
  number: string;
  text: string;
  section?: string;
}

function detect(body: string, url = BODY): Expected[] {
  return commonsReportBody.detect(doc(body), new URL(url)).page.items.map((item) => ({
    number: item.number,
    text: item.text,
    ...(item.section ? { section: item.section } : {}),
  }));
}

describe('commons-report-body: which pages it claims', () => {
  it.each<[string, boolean, string, string, string?]>([
    ['a body page of a split report', true, BODY, `<h2>2 Our work</h2><p>14. <b>${REC}</b></p>`],
    ['a split contents page (nothing to find, but ours)', true, CONTENTS, `<p><a href="${BODY}">Conclusions and recommendations</a></p>`],
    ['the page holding the list', false, BODY, '<h2>Conclusions and recommendations</h2><p>1. One. (Paragraph 2)</p>'],
    ['the list titled by a bold paragraph', false, BODY, '<p><b>SUMMARY OF CONCLUSIONS AND RECOMMENDATIONS</b></p>'],
    ['a one-page report', false, 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html', '<p>14. <b>x</b></p>'],
    [
      'an evidence page not named after the paper',
      false,
      'https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/5012601.htm',
      '',
    ],
    ['a split Special Report', false, BODY, `<p>1. <b>${REC}</b></p>`, 'House of Commons - Business and Enterprise - Sixth Special Report'],
    ['a page printing the Government response', false, BODY, `<h2>Government response</h2><p>1. <b>${REC}</b> (Paragraph 7)</p>`],
    ['a Lords page', false, 'https://publications.parliament.uk/pa/ld200506/ldselect/ldmerit/275/27504.htm', `<p>14. <b>${REC}</b></p>`],
  ])('%s: %s', (_name, expected, url, body, title) => {
    expect(commonsReportBody.matches(new URL(url), doc(body, title))).toBe(expected);
  });
});

describe('commons-report-body: items it finds', () => {
  it.each<[string, Expected[], string]>([
    [
      'a bold recommendation after running text',
      [{ number: '14', text: REC, section: 'Working across government' }],
      `<h3>Working across government</h3><p>14.&nbsp;&nbsp;Witnesses agreed. <b>${REC}</b></p>`,
    ],
    [
      'the number set with no space (2017+ pages)',
      [{ number: '9', text: REC }],
      `<p><span>9.</span>Witnesses agreed. <strong>${REC}</strong></p>`,
    ],
    ['the paragraph number inside the bold run', [{ number: '9', text: REC }], `<p><b>9. ${REC}</b></p>`],
    [
      'bold runs split by a footnote call are one run, without the call',
      [{ number: '17', text: `${REC} The Scrutiny Unit has given us essential extra help.` }],
      `<p>17. <b>${REC}</b><sup><a href="#note13">[13]</a></sup> <b>The Scrutiny Unit has given us essential extra help.</b></p>`,
    ],
    [
      'a footnote call inside the bold run is left out',
      [{ number: '3', text: REC }],
      `<p>3. <b>We recommend that the Department publish its road safety plans<sup>4</sup> each year.</b></p>`,
    ],
    [
      'several recommendations in one paragraph make one item',
      [{ number: '5', text: `${REC} It should also consult the police on each plan.` }],
      `<p>5. <b>${REC}</b> Several witnesses agreed. <b>It should also consult the police on each plan.</b></p>`,
    ],
    [
      'bold sub-paragraphs continue their numbered paragraph',
      [
        {
          number: '115',
          text: 'The Wright reforms have worked and should be retained and developed. Public engagement has been achieved on a large scale.',
        },
      ],
      '<p>115. Our principal conclusions are:</p><p>a)&nbsp;&nbsp;<b>The Wright reforms have worked and should be retained and developed.</b></p><p>b)&nbsp;&nbsp;<b>Public engagement has been achieved on a large scale.</b></p>',
    ],
    ['bold set by a style attribute', [{ number: '2', text: REC }], `<p>2. <span style="font-weight: 700">${REC}</span></p>`],
    [
      'paragraph numbers run on from earlier pages; later smaller numbers are footnotes',
      [{ number: '20', text: REC }],
      `<p>20. <b>${REC}</b></p><p>21. Nothing in bold.</p><p class="FootNote">1. <b>Transport Committee, Seventh Report of Session 2001-02, HC 557, paragraph 12.</b></p>`,
    ],
  ])('%s', (_name, expected, body) => {
    expect(detect(body)).toEqual(expected);
  });

  it('numbers the item by its paragraph and keeps the key apart from recommendation numbers', () => {
    const found = commonsReportBody.detect(doc(`<p>14. Witnesses agreed. <b>${REC}</b></p>`), new URL(BODY));
    expect(found.page.kind).toBe('report');
    expect(found.page.report).toMatchObject({
      key: 'commons/200405/cmtran/HC251',
      committee: 'Transport Committee',
      paperNumber: 'HC 251',
    });
    expect(found.page.items[0]).toMatchObject({
      key: 'commons/200405/cmtran/HC251#para-14',
      number: '14',
      numbering: 'paragraph',
      paragraphRefs: ['14'],
      quote: { exact: REC },
    });
    expect(found.page.items[0]!.quote.prefix).toMatch(/14\. Witnesses agreed\.$/);
    expect(found.blocks[0]!.textContent).toContain('Witnesses agreed.');
  });
});

describe('commons-report-body: what is not a recommendation', () => {
  it.each<[string, string]>([
    ['a one-word emphasis', '<p>6. We do <b>not</b> suggest that the Department should take on the work of others.</p>'],
    ['a short bold lead-in', '<p>9. <b>Road safety.</b> Witnesses were agreed that the number of traffic officers had fallen.</p>'],
    [
      'a long bold title without closing punctuation',
      '<p>20. <b>The Department for Transport’s draft Railways Bill and its consultation paper</b> were published in the autumn.</p>',
    ],
    ['bold inside a quotation', `<p>7. The target is set by the Home Office.</p><blockquote><p><b>${REC}</b></p></blockquote>`],
    ['bold in a paragraph with no number', `<p><b>${REC}</b></p>`],
    ['bold in a numbered list item', `<ol><li>1. <b>${REC}</b></li></ol>`],
    ['a heading in bold', `<h3><b>${REC}</b></h3>`],
    ['bold inside the page navigation', `<nav><p>4. <b>${REC}</b></p></nav>`],
  ])('%s', (_name, body) => {
    expect(detect(body)).toEqual([]);
  });
});

describe('commons-report-body: pages that must give nothing', () => {
  it.each<[string, string, string]>([
    [
      'a contents page linking to "Conclusions and recommendations"',
      CONTENTS,
      `<h2>CONTENTS</h2><table><tr><td><a href="${BODY}">1&nbsp;&nbsp;Introduction</a></td><td>3</td></tr>
       <tr><td><b><a href="${BODY}">Conclusions and recommendations</a></b></td><td>16</td></tr></table>
       <p>1.&nbsp;&nbsp;<a href="${BODY}">Introduction</a>: this is the third annual report of the Committee on its own work.</p>`,
    ],
    [
      'a Formal Minutes page',
      BODY,
      `<h2>Formal minutes</h2><p><b>Wednesday 19 January 2005</b></p><p>Members present:</p><p>Draft Report, proposed by the Chairman, brought up and read.</p>
       <p>Paragraphs 1 to 53 read and agreed to.</p><p><b>Conclusions and recommendations</b> read and agreed to.</p>
       <p><i>Resolved</i>, That the Report be the First Report of the Committee to the House.</p>`,
    ],
    [
      '"conclusions and recommendations" only in running text',
      BODY,
      `<h2>1 Introduction</h2><p>1. This is our third annual report.</p>
       <p>2. Our <b>conclusions and recommendations</b> are printed in bold type and listed at the end of the Report.</p>
       <p>3. Our conclusions and recommendations are set out at the end of the Report.</p>`,
    ],
    ['an empty page', BODY, ''],
  ])('%s', (_name, url, body) => {
    const found = commonsReportBody.detect(doc(body), new URL(url));
    expect(found.page.items).toEqual([]);
    expect(found.page.kind).toBe('other');
  });
});
