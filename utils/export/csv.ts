import Papa from 'papaparse';
import { effectiveStatus, itemLabel } from '../model/items';
import { type SavedItem } from '../model/model';
import { STATUS_LABELS } from '../model/statuses';
import { exportFilename, isoTime, type ExportFile, type ExportOptions } from './export-file';
import { groupByReport, reportFactsOfKey, statusSourcePhrase } from './report-facts';
import { cleanText, itemLink } from './text';

/** Excel shows at most this many characters in a cell; longer text spills or is cut without notice. */
export const EXCEL_CELL_LIMIT = 32_767;

// A cell a spreadsheet could read as a formula: = + - @ first (after any spaces), or a tab or line
// break first. (Papa's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, which misses a formula
// followed by a line break, so the guard is ours.)
const FORMULA_START = /^(\s*[=+\-@]|[\t\r\n])/;

const COLUMNS = [
  'Report',
  'Committee',
  'Paper number',
  'Published',
  'Number',
  'Label',
  'Status',
  'Status source',
  'Confidence',
  'Corrected status reason',
  'Text',
  'Headline',
  'Section',
  'Paragraphs',
  'Government response summary',
  'Evidence',
  'Note',
  'Tags',
  'Saved at',
  'Link',
] as const;

function row(item: SavedItem): Record<(typeof COLUMNS)[number], string> {
  const source = statusSourcePhrase(item);
  return {
    Report: item.reportTitle || (item.committee ? `${item.committee} report (title not known)` : 'Report not identified'),
    Committee: item.committee ?? '',
    'Paper number': item.paperNumber ?? reportFactsOfKey(item.reportKey).paperNumber ?? '',
    Published: item.published ?? '',
    Number: item.number,
    Label: itemLabel(item),
    Status: STATUS_LABELS[effectiveStatus(item)],
    'Status source': source.charAt(0).toUpperCase() + source.slice(1),
    Confidence: item.reading.confidence === undefined ? '' : String(item.reading.confidence),
    'Corrected status reason': item.statusOverride?.reason ?? '',
    Text: item.text,
    Headline: item.headline ?? '',
    Section: item.section ?? '',
    Paragraphs: item.paragraphRefs.join(', '),
    'Government response summary': item.response?.summary ?? '',
    Evidence: item.reading.evidence ?? '',
    Note: item.note,
    Tags: item.tags.join('; '),
    'Saved at': isoTime(item.savedAt),
    Link: itemLink(item) ?? '',
  };
}

/** Cell text as Excel should see it: clean, never a formula, within the cell limit. */
function cell(value: string): string {
  // Line breaks inside a cell stay `\n`, as Excel writes them (Alt+Enter); rows end with CRLF.
  let text = cleanText(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  const marker = ` … [cut: ${text.length} characters in all; the JSON export has the full text]`;
  let end = EXCEL_CELL_LIMIT - marker.length;
  // Don't split a surrogate pair.
  if (/[\udc00-\udfff]/.test(text.charAt(end))) end--;
  return text.slice(0, end) + marker;
}

/** A spreadsheet of saved items, one row each: UTF-8 with a BOM so Excel reads it as UTF-8, CRLF line ends. */
export function exportCsv(items: readonly SavedItem[], options: ExportOptions = {}): ExportFile {
  // Report by report, each in counting order (2 before 10), as the other formats list them.
  const data = groupByReport(items)
    .flatMap((group) => group.items)
    .map((item) => {
      const values = row(item);
      return COLUMNS.map((column) => cell(values[column]));
    });
  const csv = Papa.unparse({ fields: [...COLUMNS], data }, { newline: '\r\n', quotes: false });
  return {
    filename: exportFilename('csv', options.now ?? Date.now()),
    mime: 'text/csv;charset=utf-8',
    content: `\uFEFF${csv}\r\n`,
  };
}
