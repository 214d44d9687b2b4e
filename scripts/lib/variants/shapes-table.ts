/** Shapes where items are table rows: Recommendation | Response with a header row, or bare rows without one. */
import { escapeHtml, labelText, runsHtml, seedOf } from './html';
import { layOut } from './layout';
import type { Block, LocatedDocument, LocatedItem } from './model';
import { flowHtml } from './segments';

const hasAnswers = (doc: LocatedDocument) => doc.pageKind === 'response' || doc.pageKind === 'tracker';

/** A cell's content: one block inline, several as paragraphs. */
function cellHtml(blocks: readonly Block[], label = ''): string {
  if (!blocks.length) return label.trim();
  if (blocks.length === 1) return `${label}${runsHtml(blocks[0]!.runs)}`;
  const [head, ...rest] = blocks;
  return `<p>${label}${runsHtml(head!.runs)}</p>${flowHtml(rest)}`;
}

const answerOf = (item: LocatedItem) => [...(item.cue ? [item.cue] : []), ...item.answer];

function rows(doc: LocatedDocument, items: readonly LocatedItem[], numberColumn: boolean): string[] {
  return items.map((item) => {
    if (hasAnswers(doc))
      return `<tr><td>${cellHtml(item.rec, `${escapeHtml(labelText(item, false))} `)}</td><td>${cellHtml(answerOf(item))}</td></tr>`;
    return numberColumn
      ? `<tr><td>${escapeHtml(item.number)}</td><td>${cellHtml(item.rec)}</td></tr>`
      : `<tr><td>${cellHtml(item.rec, `${escapeHtml(labelText(item, false))} `)}</td></tr>`;
  });
}

export function table(doc: LocatedDocument): string {
  const header = hasAnswers(doc)
    ? '<tr><th>Recommendation</th><th>Government response</th></tr>'
    : '<tr><th>No.</th><th>Recommendation</th></tr>';
  return layOut(doc, {
    items: (items) => ['<table>', `<thead>${header}</thead>`, '<tbody>', ...rows(doc, items, true), '</tbody>', '</table>'].join('\n'),
  });
}

/** No header row; on report pages a two-column number | text table on some pages, one column "7. text" on others. */
export function tableNoHeader(doc: LocatedDocument): string {
  const numberColumn = seedOf(doc) % 2 === 0;
  return layOut(doc, {
    items: (items) => ['<table>', ...rows(doc, items, numberColumn), '</table>'].join('\n'),
  });
}
