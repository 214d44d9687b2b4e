/** Shapes with no document structure left: class soup, one element of <br> lines, one <p> per printed line. */
import { blockHtml, escapeHtml, labelText, runsHtml, seedOf } from './html';
import { layOut } from './layout';
import type { Block, LocatedDocument, LocatedItem, Run } from './model';
import { afterFirst } from './segments';
import { wrapRuns } from './wrap';

/** A class name that means nothing, stable for a given counter. */
const junkClass = (n: number) => `x${((n * 7919) % 1297).toString(36)}${'abcdefgh'[n % 8]}`;

const withLabel = (item: LocatedItem, word: boolean): Run[] => [
  { text: `${labelText(item, word)}${word ? ':' : ''} `, bold: false, italic: false },
  ...item.rec[0]!.runs,
];

export function divSoup(doc: LocatedDocument): string {
  let counter = 0;
  const div = (inner: string) => `<div class="${junkClass(++counter)}">${inner}</div>`;
  const blocks = (list: readonly Block[]) => list.map((block) => div(blockHtml(block, 'style'))).join('\n');
  const ownLine = seedOf(doc) % 2 === 0;
  return layOut(doc, {
    blocks,
    items: (items) =>
      items
        .map((item) => {
          const head = ownLine
            ? `${div(`<span style="font-weight:700">${escapeHtml(labelText(item, item.wordLabel))}</span>`)}\n${div(blockHtml(item.rec[0]!, 'style'))}`
            : div(runsHtml(withLabel(item, false), 'style'));
          return div(`\n${head}\n${blocks(afterFirst(item))}\n`);
        })
        .join('\n'),
    wrap: (body) => div(`\n${body}\n`),
  });
}

export function brLines(doc: LocatedDocument): string {
  const ownLine = seedOf(doc) % 2 === 1;
  const line = (runs: readonly Run[]) => `${runsHtml(runs, 'b')}<br>`;
  // An empty line before headings and items, as a text dump would have.
  const blocks = (list: readonly Block[]) =>
    list.map((block) => (block.role === 'heading' ? `<br>\n${line(block.runs)}` : line(block.runs))).join('\n');
  return layOut(doc, {
    blocks,
    items: (items) =>
      items
        .map((item) => {
          const head = ownLine ? `${escapeHtml(labelText(item, true))}<br>\n${line(item.rec[0]!.runs)}` : line(withLabel(item, false));
          const rest = afterFirst(item);
          return `<br>\n${head}${rest.length ? `\n${blocks(rest)}` : ''}`;
        })
        .join('\n'),
    wrap: (body) => `<div>\n${body}\n</div>`,
  });
}

const LINE_WIDTH = 86;
const LINE_HEIGHT = 17;

export function pdfLines(doc: LocatedDocument): string {
  let top = 72;
  const ownLine = seedOf(doc) % 2 === 0;
  const lines = (runs: readonly Run[], gap = 8) => {
    const out = wrapRuns(runs, LINE_WIDTH).map((line) => {
      const html = `<p style="top:${top}px;left:72px">${runsHtml(line, 'b')}</p>`;
      top += LINE_HEIGHT;
      return html;
    });
    top += gap;
    return out.join('\n');
  };
  const blocks = (list: readonly Block[]) => list.map((block) => lines(block.runs)).join('\n');
  return layOut(doc, {
    blocks,
    items: (items) =>
      items
        .map((item) => {
          const head = ownLine
            ? `${lines([{ text: labelText(item, true), bold: true, italic: false }], 0)}\n${lines(item.rec[0]!.runs)}`
            : lines(withLabel(item, false));
          const rest = afterFirst(item);
          return rest.length ? `${head}\n${blocks(rest)}` : head;
        })
        .join('\n'),
    wrap: (body) => `<div style="position:relative">\n${body}\n</div>`,
  });
}
