import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '@/utils/export';
import { EXCEL_CELL_LIMIT, exportCsv } from '@/utils/export/csv';
import { exportCslJson, type CslReport } from '@/utils/export/csl-json';
import { escapeMarkdown, exportMarkdown } from '@/utils/export/markdown';
import { corporateAuthor, reportFactsOfKey, statusLine, type House } from '@/utils/export/report-facts';
import { exportRis } from '@/utils/export/ris';
import type { SavedItem } from '@/utils/model/model';
import { HOSTILE_NOTE, HOSTILE_TEXT, NOW, SAMPLE_ITEMS } from './sample-library';

const [ITEM = SAMPLE_ITEMS[0]!] = SAMPLE_ITEMS;

function withFields(fields: Partial<SavedItem>): SavedItem {
  return { ...ITEM, ...fields };
}

/** The CSV as a spreadsheet would read it: header row, then one record per item. */
function readCsv(content: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV', () => {
  const csv = exportCsv(SAMPLE_ITEMS, { now: NOW }).content;

  it('is UTF-8 with a BOM and CRLF row ends', () => {
    expect(csv.startsWith('\uFEFFReport,Committee,Paper number,Published,Number,Label,Status,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every bare LF is inside a quoted cell: the rows themselves end with CRLF.
    expect(readCsv(csv)).toHaveLength(SAMPLE_ITEMS.length);
  });

  it('gives one row per item with the columns filled', () => {
    const rows = readCsv(csv);
    expect(rows[0]).toMatchObject({
      Report: 'Pre-legislative scrutiny of the draft Victims Bill',
      Committee: 'Justice Committee',
      'Paper number': 'HC 304',
      Published: '2022-10-14',
      Number: '2',
      Label: 'Recommendation 2',
      Status: 'Accepted',
      'Status source': 'Your correction; was Noted, our reading of the response, 64% confident',
      Confidence: '0.64',
      'Corrected status reason': 'The response was published before the Bill was introduced, as asked.',
      Paragraphs: '6',
      Tags: 'victims bill; timing',
      'Saved at': '2026-10-01T09:30:00.000Z',
      Link: 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html#:~:text=The%20Government%20should%20respond%20to%20this%20Report%20before',
    });
    expect(rows[2]).toMatchObject({ 'Paper number': '', Status: 'Rejected', 'Status source': 'Status from Accountability Index' });
  });

  it.each<[string, string, string]>([
    ['equals', '=1+1', "'=1+1"],
    ['plus', '+1', "'+1"],
    ['minus', '-1', "'-1"],
    ['at', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\t=1', "'\t=1"],
    ['carriage return', '\r=1', "'\n=1"],
    ['line feed', '\n=1', "'\n=1"],
    ['spaces, then equals', '  =1', "'  =1"],
    ['formula then a line break (missed by Papa’s own guard)', '=1+1\nmore', "'=1+1\nmore"],
    ['HYPERLINK', '=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'],
    ['bidi override hiding a formula', '\u202E=1+1', "'=1+1"],
    ['equals later in the text', 'a=1', 'a=1'],
    ['plain text', 'Noted, with "quotes"', 'Noted, with "quotes"'],
    ['empty', '', ''],
  ])('guards a cell starting with %s', (_name, note, expected) => {
    const [row] = readCsv(exportCsv([withFields({ note })], { now: NOW }).content);
    expect(row?.Note).toBe(expected);
  });

  it('guards every column, not just the note', () => {
    const [row] = readCsv(exportCsv([SAMPLE_ITEMS[4]!], { now: NOW }).content);
    expect(row?.Text?.startsWith('\'=HYPERLINK("http://evil.example')).toBe(true);
    expect(row?.Headline).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(row?.Evidence).toBe('\'+44 "We accept this recommendation."');
    expect(row?.Tags).toBe("'=cmd|' /C calc'!A0; transport");
  });

  it('keeps commas, quotes and line breaks inside one cell', () => {
    const [row] = readCsv(exportCsv([SAMPLE_ITEMS[4]!], { now: NOW }).content);
    expect(row?.Text).toBe(`'${HOSTILE_TEXT.replace(/[\u202e\u202c]/g, '')}`);
  });

  it('cuts a cell at the Excel limit and says so', () => {
    const [row] = readCsv(exportCsv([SAMPLE_ITEMS[4]!], { now: NOW }).content);
    expect(HOSTILE_NOTE.length).toBeGreaterThan(EXCEL_CELL_LIMIT);
    expect(row?.Note).toHaveLength(EXCEL_CELL_LIMIT);
    expect(row?.Note?.endsWith('… [cut: 100239 characters in all; the JSON export has the full text]')).toBe(true);
  });

  it('never cuts between the halves of a surrogate pair', () => {
    const [row] = readCsv(exportCsv([withFields({ note: '😀'.repeat(20_000) })], { now: NOW }).content);
    expect(row?.Note?.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(row?.Note).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('escapeMarkdown', () => {
  it.each<[string, string]>([
    ['*bold*', '\\*bold\\*'],
    ['_italic_', '\\_italic\\_'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['![img](http://evil.example/x.png)', '!\\[img\\](http\\://evil.example/x.png)'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['<https://evil.example>', '\\<https\\://evil.example\\>'],
    ['`code`', '\\`code\\`'],
    ['# heading', '\\# heading'],
    ['> quote', '\\> quote'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['=====', '\\====='],
    [':-- | --', '\\:-- \\| --'],
    ['1. item', '1\\. item'],
    ['2) item', '2\\) item'],
    ['a|b', 'a\\|b'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['$x$', '\\$x\\$'],
    ['a\\b', 'a\\\\b'],
    ['http://evil.example/x', 'http\\://evil.example/x'],
    ['www.evil.example', 'www\\.evil.example'],
    ['mail@evil.example', 'mail\\@evil.example'],
    ['&#106;avascript', '&\\#106;avascript'],
    ['&amp; &lt;', '\\&amp; \\&lt;'],
    ['    indented code', 'indented code'],
    ['two\nlines', 'two lines'],
    ['\u202Eevil\u202C', 'evil'],
    ['The Government’s response (Paragraph 22), 3.5% and A&E.', 'The Government’s response (Paragraph 22), 3.5% and A&E.'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('Markdown', () => {
  it('says what it holds: the library’s saved items, or every item on one page', () => {
    expect(exportMarkdown(SAMPLE_ITEMS, { now: NOW }).content).toMatch(/^# Saved recommendations\n/);
    expect(exportMarkdown(SAMPLE_ITEMS, { now: NOW, contents: 'page' }).content).toMatch(/^# Recommendations on this page\n/);
  });

  const markdown = exportMarkdown(SAMPLE_ITEMS, { now: NOW }).content;

  it('makes only our own links, all to https pages', () => {
    const links = [...markdown.matchAll(/(?<!\\)\[([^\]]*)\]\(([^)\s]*)\)/g)].map(([, label = '', url = '']) => [label, url]);
    expect(links.length).toBe(3 + SAMPLE_ITEMS.length);
    for (const [label, url] of links) {
      expect(['Open the report', 'Open in report']).toContain(label);
      expect(url).toMatch(/^https:\/\/(publications\.parliament\.uk|accountabilityindex\.uk)\//);
    }
    // Every other bracket, angle bracket and backtick is escaped (our blockquote markers aside).
    const rest = markdown.replace(/(?<!\\)\[(Open the report|Open in report)\]\(https:[^)\s]*\)/g, '').replace(/^ {2}>( |$)/gm, '');
    const unescaped = /(?<!\\)[[\]<>`]/.exec(rest);
    expect(unescaped && rest.slice(unescaped.index - 40, unescaped.index + 40)).toBeNull();
  });

  it('groups by report with committee and paper number', () => {
    expect(markdown).toContain(
      '## Pre-legislative scrutiny of the draft Victims Bill\n\nJustice Committee · HC 304 · published 14 October 2022 · [Open the report](https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html)',
    );
    expect(markdown).toContain('- **Recommendation 7** — Rejected (status from Accountability Index)\n\n  > We call for an immediate end');
    expect(markdown.indexOf('**Recommendation 2**')).toBeLessThan(markdown.indexOf('**Recommendation 5**'));
  });

  it('links nothing when the page is not http(s)', () => {
    const hostile = withFields({ pageUrl: 'javascript:alert(1)' });
    const content = exportMarkdown([hostile], { now: NOW }).content;
    expect(content).not.toContain('](');
    expect(content).not.toContain('javascript');
  });

  it('keeps a link inside its parentheses whatever the URL holds', () => {
    const content = exportMarkdown([withFields({ pageUrl: 'https://example.org/a(b)/c', text: 'A (bracketed) start' })], {
      now: NOW,
    }).content;
    expect(content).toContain('[Open in report](https://example.org/a%28b%29/c#:~:text=A%20%28bracketed%29%20start)');
  });
});

describe('RIS', () => {
  const ris = exportRis(SAMPLE_ITEMS, { now: NOW }).content;

  it('has one report record per report, every line a tag', () => {
    const lines = ris.split('\r\n');
    expect(lines.filter((line) => line === 'TY  - RPRT')).toHaveLength(3);
    expect(lines.filter((line) => line === 'ER  - ')).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^([A-Z][A-Z0-9] {2}- .*)?$/);
  });

  it('cannot be broken into new records by the text it carries', () => {
    const content = exportRis(
      [
        withFields({
          text: 'x\r\nER  - \r\nTY  - JOUR\nTI  - Injected',
          reportTitle: 'Title\r\nER  - \r\nTY  - BOOK',
          committee: 'Committee\u2028TY  - BOOK',
          tags: ['tag\nTY  - BOOK'],
        }),
      ],
      { now: NOW },
    ).content;
    expect(content.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(content).not.toMatch(/^TI {2}- Injected/m);
  });

  it('escapes a note Zotero would read as HTML', () => {
    expect(ris).toContain('see &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(ris).not.toContain('<script>');
  });

  it('names the committee as author, the House as publisher and the paper number', () => {
    expect(ris).toContain('AU  - House of Commons Justice Committee\r\nPB  - House of Commons\r\nSN  - HC 304\r\n');
  });

  it('gives the report’s publication date (PY year, DA date) where it is known, and none where not', () => {
    const [justice = '', tracker = ''] = ris.split('ER  - ');
    expect(justice).toContain('PY  - 2022\r\nDA  - 2022/10/14\r\n');
    expect(tracker).not.toMatch(/^(PY|DA) {2}-/m);
  });
});

describe('CSL-JSON', () => {
  const reports = JSON.parse(exportCslJson(SAMPLE_ITEMS, { now: NOW }).content) as CslReport[];

  it('gives one report per report', () => {
    expect(reports.map((report) => [report.type, report.title, report.number])).toEqual([
      ['report', 'Pre-legislative scrutiny of the draft Victims Bill', 'HC 304'],
      ['report', 'Justice Committee report (title not known)', undefined],
      ['report', 'Transport Committee, First Report of Session 2004–05', 'HC 251'],
    ]);
    expect(reports[0]?.author).toEqual([{ literal: 'House of Commons Justice Committee' }]);
    expect(reports[0]?.issued).toEqual({ 'date-parts': [[2022, 10, 14]] });
    expect(reports[1]?.issued).toBeUndefined();
    expect(reports[0]?.note.split('\n\n')[0]).toBe(
      'Recommendation 2 — Accepted (your correction; was Noted, our reading of the response, 64% confident)\nThe Government should respond to this Report before the Bill is introduced. When the Bill is introduced, the Government should explain which of our recommendations it has accepted and, where it has not, why not.\nReason for the correction: The response was published before the Bill was introduced, as asked.\nTags: victims bill; timing\nhttps://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html#:~:text=The%20Government%20should%20respond%20to%20this%20Report%20before',
    );
  });
});

describe('a correction in exports', () => {
  it('says what it corrected when it was made, as the popover does', () => {
    const item = withFields({
      reading: { status: 'noted', source: 'classifier', confidence: 0.6 },
      statusOverride: { status: 'accepted', reason: 'Letter of May', at: 5, was: 'rejected' },
    });
    expect(statusLine(item)).toBe('Accepted (your correction; was Rejected)');
  });
});

describe('report facts', () => {
  it.each<[string, { house?: House; paperNumber?: string }]>([
    ['commons/5803/cmjust/HC304', { house: 'commons', paperNumber: 'HC 304' }],
    ['lords/5803/ldconst/HL12', { house: 'lords', paperNumber: 'HL Paper 12' }],
    ['joint/201012/jtdraftlords/HL284', { house: 'joint', paperNumber: 'HL Paper 284' }],
    ['accountabilityindex/committees/3/recommendation/1593', {}],
    ['https://www.aph.gov.au/Parliamentary_Business/Committees/report', {}],
  ])('%s', (key, expected) => {
    expect(reportFactsOfKey(key)).toEqual(expected);
  });

  it.each<[string | undefined, string | undefined, House | undefined]>([
    ['House of Commons Justice Committee', 'Justice Committee', 'commons'],
    ['House of Lords Constitution Committee', 'Constitution Committee', 'lords'],
    ['Joint Committee on Human Rights', 'Joint Committee on Human Rights', 'joint'],
    ['House of Commons Liaison Committee', 'House of Commons Liaison Committee', 'commons'],
    ['Justice Committee', 'Justice Committee', undefined],
    [undefined, undefined, 'commons'],
  ])('author %j', (expected, committee, house) => {
    expect(corporateAuthor({ committee, house })).toBe(expected);
  });

  it.each<[string, Pick<SavedItem, 'reading' | 'statusOverride'>]>([
    [
      'Rejected (status from Accountability Index)',
      { reading: { status: 'rejected', source: 'tracker', sourceName: 'Accountability Index' } },
    ],
    ['Accepted (our reading of the response, 91% confident)', { reading: { status: 'accepted', source: 'classifier', confidence: 0.91 } }],
    ['Noted (our reading of the response)', { reading: { status: 'noted', source: 'classifier' } }],
    ['Pending (no government response seen yet)', { reading: { status: 'pending', source: 'default' } }],
    [
      'Partly accepted (your correction; was Rejected, status from a tracker)',
      {
        reading: { status: 'rejected', source: 'tracker' },
        statusOverride: { status: 'partially-accepted', reason: 'In principle', at: 1 },
      },
    ],
  ])('%s', (expected, item) => {
    expect(statusLine(item)).toBe(expected);
  });
});

describe('every format', () => {
  it.each(EXPORT_FORMATS.map((format) => [format.kind, format] as const))('%s links no non-http page', (_kind, format) => {
    const content = format.run([withFields({ pageUrl: 'javascript:alert(1)//' })], { now: NOW }).content;
    expect(content).not.toMatch(/(?<!pageUrl": ")javascript:/);
  });
});
