import { describe, expect, it } from 'vitest';
import { columnSplit, pdfBlocks, pdfLines, type PdfItem, type PdfPageText } from '../../utils/document/pdf-lines';

/*
 * The PDF line reader on hand-made text items (as pdf.js gives them: baseline x/y from the page's
 * bottom left, advance width, size, bold/italic from the font name). A4: 595 × 842.
 */

const W = 595;
const H = 842;
/** Roughly a character's advance at size 12. */
const CHAR = 5.5;

interface Line {
  text: string;
  y: number;
  x?: number;
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

function item({ text, y, x = 72, size = 12, bold = false, italic = false }: Line): PdfItem {
  return { str: text, x, y, width: text.length * CHAR * (size / 12), size, bold, italic };
}

function page(n: number, lines: Line[], extra: PdfItem[] = []): PdfPageText {
  return { page: n, width: W, height: H, items: [...lines.map(item), ...extra] };
}

/** Body lines of a paragraph, 14 pt apart from `top` down, each nearly the column's width unless short. */
function para(top: number, texts: string[], x = 72): Line[] {
  return texts.map((text, i) => ({ text, y: top - i * 14, x }));
}

const LONG = 'x'.repeat(80);

describe('pdfBlocks', () => {
  it.each<[string, PdfPageText[], string[]]>([
    [
      'a paragraph gap splits blocks; lines of one paragraph join with a space',
      [page(1, [...para(700, [`${LONG} one`, 'two.']), ...para(660, [`${LONG} three`, 'four.'])])],
      [`${LONG} one two.`, `${LONG} three four.`],
    ],
    [
      'hyphenation at a line end is joined when a lower-case word follows',
      [page(1, para(700, [`${LONG} recom-`, 'mendation is made.']))],
      [`${LONG} recommendation is made.`],
    ],
    [
      'a hyphen before a capital is kept (a compound, not a broken word)',
      [page(1, para(700, [`${LONG} North-`, 'East of England.']))],
      [`${LONG} North- East of England.`],
    ],
    [
      'a numbered paragraph starts a block even without a gap, after a closed sentence',
      [page(1, para(700, [`1. ${LONG}`, 'first ends here.', `2. ${LONG}`, 'second ends.']))],
      [`1. ${LONG} first ends here.`, `2. ${LONG} second ends.`],
    ],
    [
      'a paragraph runs on over a page break when its last line was full',
      [page(1, para(700, [`${LONG} and the`])), page(2, para(760, ['Government should act.']))],
      [`${LONG} and the Government should act.`],
    ],
    [
      'running heads, footers and page numbers are dropped',
      [1, 2, 3].map((n) =>
        page(n, [
          { text: 'Victims Bill: Government Response', y: 800 },
          ...para(700, [`${LONG} full`, `Body text of page ${n}.`]),
          { text: String(n), y: 30, x: 290 },
        ]),
      ),
      [1, 2, 3].map((n) => `${LONG} full Body text of page ${n}.`),
    ],
    [
      'a bare number alone in the bottom margin is a page number even on a single page',
      [page(1, [...para(700, ['Only text.']), { text: '7', y: 30, x: 290 }])],
      ['Only text.'],
    ],
    [
      'a larger line is a heading of its own',
      [page(1, [{ text: 'Conclusions and recommendations', y: 740, size: 18 }, ...para(700, ['1. We recommend things.'])])],
      ['Conclusions and recommendations', '1. We recommend things.'],
    ],
    [
      'a bold line that closes a sentence ends the block; plain text after it is a new one',
      [page(1, [{ text: 'We recommend that the Department acts.', y: 700, bold: true }, ...para(686, ['The Government agrees.'])])],
      ['We recommend that the Department acts.', 'The Government agrees.'],
    ],
    [
      'a bold recommendation keeps its plain "(Paragraph 9)" tail',
      [
        page(1, [
          { text: `1. ${LONG}`, y: 700, bold: true },
          { text: 'savings.', y: 686, bold: true },
          { text: ' (Paragraph 9)', y: 686, x: 72 + 9 * CHAR },
        ]),
      ],
      [`1. ${LONG} savings. (Paragraph 9)`],
    ],
  ])('%s', (_name, pages, expected) => {
    expect(pdfBlocks(pages).map((block) => block.text)).toEqual(expected);
  });

  it('marks headings with levels by size, and keeps runs of bold, italic and raised footnote calls', () => {
    const blocks = pdfBlocks([
      page(
        1,
        [
          { text: 'Report title', y: 780, size: 24 },
          { text: 'Chapter', y: 740, size: 16 },
          { text: 'We recommend', y: 700, bold: true },
          { text: ' reform', y: 700, x: 72 + 12 * CHAR, italic: true },
        ],
        [{ str: '12', x: 72 + 19 * CHAR, y: 704, width: 6, size: 7, bold: false, italic: false }],
      ),
    ]);
    expect(blocks.map((b) => [b.role, b.level])).toEqual([
      ['heading', 1],
      ['heading', 2],
      ['paragraph', undefined],
    ]);
    expect(blocks[2]!.runs).toEqual([
      { text: 'We recommend', bold: true, italic: false, sup: false },
      { text: ' reform', bold: false, italic: true, sup: false },
      { text: '12', bold: false, italic: false, sup: true },
    ]);
    expect(blocks[2]!.lines[0]).toMatchObject({ page: 1, x: 72, y: 700 });
  });

  it.each<[string, Line, 'heading' | 'paragraph']>([
    ['a short bold line without a stop is a run-in heading', { text: 'COMMON AGRICULTURAL POLICY', y: 700, bold: true }, 'heading'],
    ['a bold sentence is not', { text: 'We recommend reform.', y: 700, bold: true }, 'paragraph'],
    ['a bold numbered line is not', { text: '7. Funding', y: 700, bold: true }, 'paragraph'],
    ['a plain short line is not', { text: 'Funding', y: 700 }, 'paragraph'],
  ])('%s', (_name, line, role) => {
    expect(pdfBlocks([page(1, [line])])[0]!.role).toBe(role);
  });

  it('reads two columns one after the other', () => {
    const left = para(
      700,
      Array.from({ length: 8 }, (_, i) => `Left column line ${i} text`),
      50,
    );
    const right = para(
      700,
      Array.from({ length: 8 }, (_, i) => `Right column line ${i} text`),
      320,
    );
    // Interleaved as a PDF may store them: each left line followed by the right line at its height.
    const lines = pdfLines([
      page(
        1,
        left.flatMap((l, i) => [l, right[i]!]),
      ),
    ]);
    expect(lines.map((l) => l.column)).toEqual([...Array(8).fill(0), ...Array(8).fill(1)]);
    expect(lines[0]!.text).toBe('Left column line 0 text');
    expect(lines[8]!.text).toBe('Right column line 0 text');
  });

  it.each<[string, { x0: number; x1: number }[], number | undefined]>([
    ['one column', Array.from({ length: 20 }, () => ({ x0: 72, x1: 520 })), undefined],
    [
      'too few lines',
      [
        { x0: 50, x1: 280 },
        { x0: 320, x1: 550 },
      ],
      undefined,
    ],
    [
      'two columns',
      [...Array.from({ length: 10 }, () => ({ x0: 50, x1: 280 })), ...Array.from({ length: 10 }, () => ({ x0: 320, x1: 550 }))],
      0,
    ],
  ])('column split: %s', (_name, lines, expected) => {
    const split = columnSplit(lines, W);
    if (expected === undefined) {
      expect(split).toBeUndefined();
    } else {
      expect(split).toBeGreaterThan(280);
      expect(split).toBeLessThan(320);
    }
  });

  it('reads a page top to bottom whatever order its text was drawn in (headings and lists drawn apart)', () => {
    const lines = pdfLines([
      page(1, [
        { text: 'Purpose of the Bill', y: 760, bold: true },
        { text: 'Bail decisions', y: 500, bold: true },
        ...para(740, [`1. ${LONG}`, 'ends here.']),
        ...para(480, [`2. ${LONG}`, 'ends too.']),
      ]),
    ]);
    expect(lines.map((line) => line.text.slice(0, 8))).toEqual(['Purpose ', '1. xxxxx', 'ends her', 'Bail dec', '2. xxxxx', 'ends too']);
  });

  it('gives nothing for pages with no text', () => {
    expect(pdfBlocks([page(1, []), page(2, [])])).toEqual([]);
  });
});
