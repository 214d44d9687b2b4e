// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commonsReport } from '@/utils/adapters/commons-report';

const SINGLE = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html';
const SPLIT = 'https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25107.htm';
const CONTENTS = 'https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25102.htm';

function doc(body: string, title = 'House of Commons - Transport - First Report'): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body><p>Select Committee on Transport First Report</p>${body}</body></html>`,
    'text/html',
  );
}

const CONCLUSIONS = `<h2>Conclusions and recommendations</h2>
<p>1.&nbsp;&nbsp;<b>We recommend that the Department publish its plans.</b> (Paragraph 14)</p>`;

interface Expected {
  number: string;
  text: string;
  refs?: string[];
  section?: string;
}

function detect(body: string, url = SPLIT): Expected[] {
  const found = commonsReport.detect(doc(body), new URL(url));
  return found.page.items.map((item) => ({
    number: item.number,
    text: item.text,
    refs: item.paragraphRefs,
    ...(item.section ? { section: item.section } : {}),
  }));
}

describe('commons-report: which pages it claims', () => {
  it.each<[string, boolean, string, string, string?]>([
    ['a one-page report', true, SINGLE, '<h1>A report</h1><p>No list on this page.</p>'],
    ['a split page with the list', true, SPLIT, CONCLUSIONS],
    ['a split page whose list title is a bold paragraph', true, SPLIT, '<p align="center"><b>CONCLUSIONS AND RECOMMENDATIONS</b></p>'],
    ['a split page titled "6Conclusions and recommendations"', true, SPLIT, '<h2><span>6</span>Conclusions and recommendations</h2>'],
    ['a split body page', false, SPLIT, '<h2>2 Our work</h2><p>14. <b>We believe the Department should act on this now.</b></p>'],
    [
      'a contents page linking to the list',
      false,
      CONTENTS,
      `<h2>Contents</h2><p><b><a href="${SPLIT}">Conclusions and recommendations</a></b></p>`,
    ],
    ['a contents entry set as a linked heading', false, CONTENTS, `<h3><a href="${SPLIT}">Conclusions and recommendations</a></h3>`],
    ['a chapter titled "Conclusions" only', false, SPLIT, '<h2>10 Conclusions</h2><p>115. Our principal conclusions are:</p>'],
    ['a Special Report', false, SPLIT, CONCLUSIONS, 'House of Commons - Business and Enterprise - Sixth Special Report'],
    ['a page printing the Government response', false, SINGLE, '<h2>Government response</h2><p>1. The Government accepts.</p>'],
    [
      'a one-page Special Report',
      false,
      SINGLE,
      '<h1>Court capacity: Government response to the Committee’s Fifth Report of Session 2021–22</h1>',
    ],
    ['a Lords report', false, 'https://publications.parliament.uk/pa/ld5901/ldselect/ldstatinq/9/909.htm', CONCLUSIONS],
    ['a joint committee report', false, 'https://publications.parliament.uk/pa/jt200203/jtselect/jtholref/17/1709.htm', CONCLUSIONS],
    ['a PDF', false, 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/304.pdf', CONCLUSIONS],
    ['another site', false, 'https://committees.parliament.uk/publications/1234/documents/5678/default/', CONCLUSIONS],
  ])('%s: %s', (_name, expected, url, body, title) => {
    expect(commonsReport.matches(new URL(url), doc(body, title))).toBe(expected);
  });
});

describe('commons-report: items it finds', () => {
  it.each<[string, Expected[], string]>([
    [
      'numbered paragraphs with bold text and a reference',
      [{ number: '1', text: 'We recommend that the Department publish its plans.', refs: ['14'] }],
      CONCLUSIONS,
    ],
    [
      'the number in its own span with no space (2017+ pages)',
      [
        { number: '1', text: 'First conclusion.', refs: ['3'] },
        { number: '2', text: 'Second conclusion.', refs: ['30', '31', '32'] },
      ],
      `<h2>Conclusions and recommendations</h2>
       <p><span>1.</span><strong>First conclusion.</strong> (Paragraph 3)</p>
       <p><span>2.</span><strong>Second conclusion.</strong> (Paragraphs 30–32)</p>`,
    ],
    [
      'sub-headings group the items',
      [
        { number: '1', text: 'One.', refs: ['5'], section: 'Introduction' },
        { number: '2', text: 'Two.', refs: ['14', '15'], section: 'Heat pumps' },
      ],
      `<h2>Conclusions and recommendations</h2><h3>Introduction</h3><p>1. One. (Paragraph 5)</p>
       <h3>Heat pumps</h3><p>2. Two. (Paragraphs 14 and 15)</p>`,
    ],
    [
      'bold or capitals paragraphs as sub-headings (older pages)',
      [
        { number: '1', text: 'One.', refs: ['5'], section: 'The Scrutiny Unit' },
        { number: '2', text: 'Two.', refs: ['9'], section: 'TARGETS' },
      ],
      `<h2>Conclusions and recommendations</h2><p><b><i>The Scrutiny Unit</i></b></p><p>1. One. (Paragraph 5)</p>
       <p>TARGETS</p><p>2. Two. (Paragraph 9)</p>`,
    ],
    [
      'a recommendation continued in a second paragraph before its reference',
      [
        { number: '1', text: 'We recommend a register. It should be public.', refs: ['40'] },
        { number: '2', text: 'Next.', refs: ['41'] },
      ],
      `<h2>Conclusions and recommendations</h2><p>1. <b>We recommend a register.</b></p><p><b>It should be public.</b> (Paragraph 40)</p>
       <p>2. Next. (Paragraph 41)</p>`,
    ],
    [
      'a quoted Standing Order with (a) and (b) is part of its item',
      [
        {
          number: '4',
          text: 'We recommend that SO No. 134 be amended to read: All select committees shall have power: (a) to authorise the clerk; or (b) to make known criticism.',
          refs: ['47'],
        },
        { number: '5', text: 'The Scrutiny Unit has helped.', refs: ['64'] },
      ],
      `<h2>Conclusions and recommendations</h2><p>4. We recommend that SO No. 134 be amended to read:</p>
       <p>All select committees shall have power:</p><p>(a) to authorise the clerk; or</p>
       <p>(b) to make known criticism. (Paragraph 47)</p><p>5. The Scrutiny Unit has helped. (Paragraph 64)</p>`,
    ],
    [
      'a bulleted list inside an item',
      [{ number: '1', text: 'Zoning should require: consultation; and protection on price.', refs: ['55'] }],
      `<h2>Conclusions and recommendations</h2><p>1. <b>Zoning should require:</b></p>
       <ul><li><b>consultation; and</b></li><li><b>protection on price.</b> (Paragraph 55)</li></ul>`,
    ],
    [
      'paragraphs after an item that never reach a reference are not taken',
      [
        { number: '1', text: 'An item without a reference.', refs: [] },
        { number: '2', text: 'Another.', refs: [] },
      ],
      `<h2>Conclusions and recommendations</h2><p>1. An item without a reference.</p><p>A stray note under the list.</p>
       <p>2. Another.</p><p>previous page contents next page</p>`,
    ],
    [
      'numbers in their own table cells',
      [
        { number: '1', text: 'First.', refs: ['9'] },
        { number: '2', text: 'Second, in two paragraphs. Still second.', refs: ['12'] },
      ],
      `<h2>Conclusions and recommendations</h2><table>
       <tr><td valign="top">1.</td><td>First. (Paragraph 9)</td></tr>
       <tr><td valign="top">2.</td><td><p>Second, in two paragraphs.</p><p>Still second. (Paragraph 12)</p></td></tr></table>`,
    ],
    [
      'a numbered list quoted inside an item does not restart the numbering',
      [
        { number: '5', text: 'We recommend the following wording: 1. The Committee may meet. 2. The quorum is three.', refs: ['50'] },
        { number: '6', text: 'Six.', refs: ['51'] },
      ],
      `<h2>Conclusions and recommendations</h2><p>5. We recommend the following wording:</p><p>1. The Committee may meet.</p>
       <p>2. The quorum is three. (Paragraph 50)</p><p>6. Six. (Paragraph 51)</p>`,
    ],
    [
      'a bold title paragraph opens the list, and an annex ends it',
      [{ number: '1', text: 'Only item.', refs: ['2'] }],
      `<p align="center"><b>CONCLUSIONS AND<br>RECOMMENDATIONS</b></p><p>1. Only item. (Paragraph 2)</p>
       <h3>Annex: Terms of reference</h3><p>2. To examine the work of the Department.</p>`,
    ],
    [
      'the last list on the page is read, and a decimal is not a number',
      [{ number: '1', text: '3.5 million homes need insulation.', refs: ['8'] }],
      `<h2>Conclusions and recommendations</h2><p>See the end of this Report.</p>
       <h2>Conclusions and recommendations</h2><p>1. 3.5 million homes need insulation. (Paragraph 8)</p>`,
    ],
  ])('%s', (_name, expected, body) => {
    expect(detect(body)).toEqual(expected.map((item) => ({ refs: [], ...item })));
  });

  it('gives the item its numbered paragraph as its block and a quote to find it again', () => {
    const found = commonsReport.detect(doc(CONCLUSIONS), new URL(SPLIT));
    expect(found.blocks).toHaveLength(1);
    expect(found.blocks[0]!.localName).toBe('p');
    expect(found.page.items[0]).toMatchObject({
      key: 'commons/200405/cmtran/HC251#1',
      reading: { status: 'pending', source: 'default' },
      quote: {
        exact: 'We recommend that the Department publish its plans.',
        prefix: 'nclusions and recommendations 1.',
        suffix: '(Paragraph 14)',
      },
    });
  });

  it('reads the report identity from the URL and the page', () => {
    const found = commonsReport.detect(doc(CONCLUSIONS), new URL(SPLIT));
    expect(found.page.report).toEqual({
      key: 'commons/200405/cmtran/HC251',
      house: 'commons',
      session: '200405',
      paperNumber: 'HC 251',
      committee: 'Transport Committee',
      title: 'Transport - First Report',
    });
  });
});

describe('commons-report: pages that must give nothing', () => {
  it.each<[string, string, string]>([
    [
      'a contents page linking to "Conclusions and recommendations"',
      CONTENTS,
      `<h2>Contents</h2><table><tr><td><a href="${SPLIT}">1 Introduction</a></td><td>5</td></tr>
       <tr><td><b><a href="${SPLIT}">Conclusions and recommendations</a></b></td><td>16</td></tr></table>
       <p>1. <a href="${SPLIT}">Introduction</a> (Paragraph 1)</p>`,
    ],
    [
      'a one-page report whose contents list sits in a nav',
      SINGLE,
      `<nav><h2>Contents</h2><ul><li><a href="#c">Conclusions and recommendations</a></li></ul></nav><p>1. The report begins. (Paragraph 1)</p>`,
    ],
    [
      'a Formal Minutes page',
      SPLIT,
      `<h2>Formal minutes</h2><p>Members present:</p><p>Draft Report, proposed by the Chair, brought up and read.</p>
       <p>Paragraphs 1 to 53 read and agreed to.</p><p><b>Conclusions and recommendations</b> read and agreed to.</p>`,
    ],
    [
      '"conclusions and recommendations" only in running text',
      SPLIT,
      `<h2>1 Introduction</h2><p>1. Our conclusions and recommendations are set out at the end. (Paragraph 3)</p>
       <p>2. We set out our <b>conclusions and recommendations</b> in bold.</p>`,
    ],
    [
      'a list title with nothing numbered under it',
      SPLIT,
      '<h2>Conclusions and recommendations</h2><p>None this year.</p><h2>Formal minutes</h2>',
    ],
    [
      'a list title followed by the formal minutes',
      SPLIT,
      '<h2>Conclusions and recommendations</h2><h3>Formal minutes</h3><p>1. Resolved, That the Report be made.</p>',
    ],
    ['an empty page', SPLIT, ''],
  ])('%s', (_name, url, body) => {
    const found = commonsReport.detect(doc(body), new URL(url));
    expect(found.page.items).toEqual([]);
    expect(found.page.kind).toBe('other');
  });
});

describe('commons-report: a body chapter titled "Conclusions and recommendations"', () => {
  // Its paragraphs run on from the report's numbering and point back nowhere: not a list. The
  // shared reader still reads the bold recommendation in a numbered body paragraph, numbered by the
  // paragraph, as on every split report page (DOMAIN.md: bold recommendations in the body).
  it('gives the bold recommendation by its paragraph number, not a list item', () => {
    const found = commonsReport.detect(
      doc(`<h2>7 Conclusions and recommendations</h2><p>45. We have examined the evidence.</p>
       <p>46. <b>We recommend that the Department publish its plans each year.</b></p>`),
      new URL(SPLIT),
    );
    expect(found.page.items.map((item) => [item.number, item.numbering, item.text])).toEqual([
      ['46', 'paragraph', 'We recommend that the Department publish its plans each year.'],
    ]);
  });
});
