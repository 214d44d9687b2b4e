import { isInsideNavigation } from './blocks';
import type { ResponseEntry } from './response-blocks';
import { cleanQuote, parseLeadingLabel } from './response-labels';
import { parseParagraphNumbers } from './paragraph-refs';
import { textOf } from './text';

const RECOMMENDATION_COLUMN = /^(?:(?:the\s+)?committee['’]?s?\s+)?(?:conclusions?\s+(?:and|&)\s+)?recommendations?\b/i;
const NUMBER_COLUMN = /^(?:no\.?|number|#|ref\.?|(?:recommendation|rec\.?)\s*(?:no\.?|number))$/i;
const RESPONSE_COLUMN = /\bresponse\b/i;
/** "Committee Response/Follow-up" is the committee talking, not the government. */
const NOT_GOVERNMENT = /^committee/i;
// "1.That the UK…", "Recommendation 3: …", "Recommendations 3 and 4 …", "12) …"
const LEADING_NUMBERS =
  /^(?:(?:conclusions?\s+and\s+)?recommendations?\s+)?(\d{1,3}(?:\s*(?:[–—-]|to|and|,|&)\s*\d{1,3})*)(?![\d])\s*[.:)–—-]?\s*/i;

interface Columns {
  header: Element;
  recommendation: number;
  response: number;
  number?: number;
}

function rowCells(row: Element): Element[] {
  return [...row.children].filter((cell) => cell.localName === 'td' || cell.localName === 'th');
}

function findColumns(table: Element): Columns | undefined {
  const rows = [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table).slice(0, 3);
  for (const row of rows) {
    const titles = rowCells(row).map(textOf);
    const recommendation = titles.findIndex((t) => t.length < 80 && RECOMMENDATION_COLUMN.test(t));
    const response = titles.findIndex(
      (t, i) => i !== recommendation && t.length < 80 && RESPONSE_COLUMN.test(t) && !NOT_GOVERNMENT.test(t),
    );
    if (recommendation < 0 || response < 0) continue;
    const number = titles.findIndex((t) => NUMBER_COLUMN.test(t));
    return { header: row, recommendation, response, number: number >= 0 ? number : undefined };
  }
  return undefined;
}

/** Tables whose columns are titled "Recommendation(s)…" and "(Government) Response", outside navigation. */
export function findResponseTables(root: ParentNode): Element[] {
  return [...root.querySelectorAll('table')].filter((table) => !isInsideNavigation(table) && findColumns(table) !== undefined);
}

/**
 * One entry per numbered recommendation row of a response table; a row naming several
 * recommendations ("Recommendations 3 and 4") gives one entry each. Rows without a number
 * (sub-headings, notes) are passed over.
 */
export function readResponseTable(table: Element): { entries: ResponseEntry[]; skipped: number } {
  const columns = findColumns(table);
  const entries: ResponseEntry[] = [];
  let skipped = 0;
  if (!columns) return { entries, skipped };
  let section: string | undefined;
  const rows: Element[] = [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
  for (const row of rows.slice(rows.indexOf(columns.header) + 1)) {
    try {
      const cells = rowCells(row);
      if (cells.length === 1) {
        // A full-width row is a sub-heading within the table.
        section = textOf(cells[0]!) || section;
        continue;
      }
      const recCell = cells[columns.recommendation];
      const resCell = cells[columns.response];
      if (!recCell || !resCell) continue;
      let recText = textOf(recCell);
      let numberList = columns.number !== undefined ? textOf(cells[columns.number] ?? recCell) : '';
      if (!/^\d/.test(numberList)) {
        const match = LEADING_NUMBERS.exec(recText);
        if (!match) continue;
        numberList = match[1] ?? '';
        recText = recText.slice(match[0].length);
      }
      const numbers = parseParagraphNumbers(numberList.replace(/\s+to\s+/g, '–')).filter((n) => /^\d+$/.test(n));
      const { text, refs } = cleanQuote(recText);
      if (!numbers.length || !text) continue;
      const answer = textOf(resCell) ? [resCell] : [];
      const label = parseLeadingLabel(textOf(resCell));
      for (const number of numbers) entries.push({ number, text, refs, section, block: recCell, answer, label });
    } catch (error) {
      skipped++;
      console.debug('[committee-lens] response-table: skipped a row', error);
    }
  }
  return { entries, skipped };
}
