// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lordsReport } from '@/utils/adapters/lords-report';

const LORDS = 'https://publications.parliament.uk/pa/ld5901/ldselect/ldstatinq/9/909.htm';
const JOINT = 'https://publications.parliament.uk/pa/jt200203/jtselect/jtholref/17/1709.htm';

function doc(body: string, title = 'Public inquiries: enhancing public trust - Statutory Inquiries Committee - House of Lords'): Document {
  return new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`,
    'text/html',
  );
}

interface Expected {
  number: string;
  text: string;
  refs: string[];
  section?: string;
}

function detect(body: string, url = LORDS): Expected[] {
  return lordsReport.detect(doc(body), new URL(url)).page.items.map((item) => ({
    number: item.number,
    text: item.text,
    refs: item.paragraphRefs,
    ...(item.section ? { section: item.section } : {}),
  }));
}

const SUMMARY = '<h2>Summary of conclusions and recommendations</h2>';

describe('lords-report: which pages it claims', () => {
  it.each<[string, boolean, string, string, string?]>([
    ['a Lords report page', true, LORDS, `${SUMMARY}<p>1. One. (Paragraph 2)</p>`],
    [
      'a Lords page without the list (nothing to find, but ours)',
      true,
      'https://publications.parliament.uk/pa/ld5901/ldselect/ldstatinq/9/903.htm',
      '<h2>Chapter 2</h2>',
    ],
    ['a joint committee report', true, JOINT, '<p><b>SUMMARY OF CONCLUSIONS AND RECOMMENDATIONS</b></p>'],
    [
      'a joint committee report with a Commons-style list',
      true,
      'https://publications.parliament.uk/pa/jt201012/jtselect/jtdraftref/284/28408.htm',
      '',
    ],
    ['a Commons report', false, 'https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25107.htm', SUMMARY],
    [
      'a Lords page printing the Government response',
      false,
      'https://publications.parliament.uk/pa/ld200506/ldselect/ldmerit/275/27507.htm',
      '<h2>Appendix 3: Government response</h2>',
    ],
    ['a Lords report PDF', false, 'https://publications.parliament.uk/pa/ld5901/ldselect/ldstatinq/9/9.pdf', SUMMARY],
    [
      'another site',
      false,
      'https://www.gov.uk/government/publications/government-response-to-the-house-of-lords-statutory-inquiries-committee-report',
      SUMMARY,
    ],
  ])('%s: %s', (_name, expected, url, body, title) => {
    expect(lordsReport.matches(new URL(url), doc(body, title))).toBe(expected);
  });
});

describe('lords-report: items it finds', () => {
  it.each<[string, Expected[], string]>([
    [
      'roman numerals with lower-case "(paragraph N)"',
      [
        { number: 'i', text: 'The existing conventions need to be understood.', refs: ['11'] },
        { number: 'ii', text: 'We strongly support the continuation of the existing conventions.', refs: ['12'] },
      ],
      `<p align="center"><b>SUMMARY OF CONCLUSIONS<br>AND RECOMMENDATIONS</b></p>
       <p>&nbsp;&nbsp;(i)&nbsp;&nbsp;The existing conventions need to be understood. (paragraph 11)</p>
       <p>&nbsp;&nbsp;(ii)&nbsp;&nbsp;We strongly support the continuation of the existing conventions. (paragraph 12)</p>`,
    ],
    [
      'roman numerals in their own table cells',
      [
        { number: 'iii', text: 'We intend to return to the matter.', refs: ['15'] },
        { number: 'iv', text: 'We concur with the Royal Commission.', refs: ['16'] },
      ],
      `${SUMMARY}<table><tr><td>(iii)</td><td>We intend to return to the matter. (paragraph 15)</td></tr>
       <tr><td>(iv)</td><td>We concur with the Royal Commission. (paragraph 16)</td></tr></table>`,
    ],
    [
      'lettered sub-paragraphs, even "(c)" and "(i)", stay inside their item',
      [
        { number: 'iv', text: 'The House should: (a) meet; (b) sit; (c) rise; (i) in order. Then report.', refs: ['20'] },
        { number: 'v', text: 'Five.', refs: ['21'] },
      ],
      `${SUMMARY}<p>(iv) The House should:</p><p>(a) meet;</p><p>(b) sit;</p><p>(c) rise;</p><p>(i) in order.</p>
       <p>Then report. (paragraph 20)</p><p>(v) Five. (paragraph 21)</p>`,
    ],
    [
      'a lettered list is not mistaken for roman numerals',
      [],
      `${SUMMARY}<p>(c) We note the Department's view. (paragraph 6)</p><p>(d) The Department should act. (paragraph 8)</p>`,
    ],
    [
      'modern Lords numbering under chapter sub-headings',
      [
        { number: '1', text: 'Public inquiries remain valuable.', refs: ['22'], section: 'Chapter 2: Setting up an inquiry' },
        { number: '2', text: 'Ministers should consult victims.', refs: ['71', '72'], section: 'Chapter 2: Setting up an inquiry' },
        {
          number: '3',
          text: 'The Inquiries Unit should be resourced to: (a) advise; and (b) publish guidance.',
          refs: ['101'],
          section: 'Chapter 3: Running an inquiry',
        },
      ],
      `${SUMMARY}<p><em>Conclusions are set in italics and recommendations in bold.</em></p>
       <h3>Chapter 2: Setting up an inquiry</h3>
       <p><span>1.</span><em>Public inquiries remain valuable.</em> (Paragraph 22)</p>
       <p><span>2.</span><strong>Ministers should consult victims.</strong> (<a href="#p71">Paragraphs 71 and 72</a>)</p>
       <h3>Chapter 3: Running an inquiry</h3>
       <p><span>3.</span><strong>The Inquiries Unit should be resourced to:</strong></p>
       <p><strong>(a) advise; and</strong></p><p><strong>(b) publish guidance.</strong> (Paragraph 101)</p>`,
    ],
    [
      'a heading "Chapter 9: Summary of conclusions and recommendations"',
      [{ number: '1', text: 'One.', refs: ['4'] }],
      '<h2>Chapter 9: Summary of conclusions and recommendations</h2><p>1. One. (Paragraph 4)</p>',
    ],
    [
      'a joint committee list under "6 Conclusions and recommendations" with sub-headings',
      [
        { number: '1', text: 'The Committee agrees.', refs: ['23'], section: 'The principle of an electoral mandate' },
        { number: '2', text: 'The Committee considers.', refs: ['33'], section: 'Functions, powers and role' },
      ],
      `<h2>6&nbsp;&nbsp;Conclusions and recommendations</h2><h3>Functions, Role, Primacy and Conventions</h3>
       <h4>The principle of an electoral mandate</h4><p>1.&nbsp;&nbsp;The Committee agrees. (Paragraph 23)</p>
       <h4>Functions, powers and role</h4><p>2.&nbsp;&nbsp;The Committee considers. (Paragraph 33)</p>`,
    ],
    [
      'the appendix after the list ends it',
      [{ number: '1', text: 'One.', refs: ['4'] }],
      `${SUMMARY}<p>1. One. (Paragraph 4)</p><p><b>Appendix 1: List of Members and declarations of interest</b></p><p>2. Members declared no interests.</p>`,
    ],
  ])('%s', (_name, expected, body) => {
    expect(detect(body)).toEqual(expected);
  });

  it('keys roman-numbered items by the numeral as printed, and reads the identity', () => {
    const found = lordsReport.detect(
      doc(
        `<p>Joint Committee on House of Lords Reform First Report</p><p><b>SUMMARY OF CONCLUSIONS AND RECOMMENDATIONS</b></p>
         <p>(i) The existing conventions need to be understood. (paragraph 11)</p>`,
        'Joint Committee on House of Lords Reform - First Report',
      ),
      new URL(JOINT),
    );
    expect(found.page.kind).toBe('report');
    expect(found.page.report).toEqual({
      key: 'joint/200203/jtholref/HL17',
      house: 'joint',
      session: '200203',
      paperNumber: 'HL Paper 17',
      committee: 'Joint Committee on House of Lords Reform',
      title: 'First Report',
    });
    expect(found.page.items[0]).toMatchObject({ key: 'joint/200203/jtholref/HL17#i', number: 'i', reading: { status: 'pending' } });
    expect(found.blocks[0]!.textContent).toContain('(i) The existing conventions');
  });
});

describe('lords-report: pages that must give nothing', () => {
  it.each<[string, string, string]>([
    [
      'a contents page linking to the summary',
      'https://publications.parliament.uk/pa/ld5901/ldselect/ldstatinq/9/902.htm',
      `<h2>Contents</h2><ul><li><a href="${LORDS}">Summary of conclusions and recommendations</a></li></ul>
       <h3><a href="${LORDS}">Summary of conclusions and recommendations</a></h3><p>1. <a href="#c1">Chapter 1: Introduction</a> (paragraph 1)</p>`,
    ],
    [
      'a page naming the summary only in running text',
      'https://publications.parliament.uk/pa/ld5901/ldselect/ldstatinq/9/903.htm',
      `<h2>Chapter 1: Introduction</h2><p>1. Our summary of conclusions and recommendations is at the end of this report. (paragraph 1)</p>
       <p>(i) We took evidence from 40 witnesses. (paragraph 2)</p>`,
    ],
    [
      'a page of members and declarations of interest',
      'https://publications.parliament.uk/pa/ld5901/ldselect/ldstatinq/9/910.htm',
      `<h2>Appendix 1: List of Members and declarations of interest</h2><p>Members</p><p>Lord Norton of Louth (Chair)</p>
       <p>Declarations of interest</p><p>1. No relevant interests declared.</p>`,
    ],
    ['an empty page', LORDS, ''],
  ])('%s', (_name, url, body) => {
    const found = lordsReport.detect(doc(body), new URL(url));
    expect(found.page.items).toEqual([]);
    expect(found.page.kind).toBe('other');
  });
});
