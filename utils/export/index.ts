import type { SavedItem } from '../model';
import { exportCslJson } from './csl-json';
import { exportCsv } from './csv';
import type { ExportFile, ExportKind, ExportOptions } from './export-file';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import { exportRis } from './ris';

export { EXPORT_KINDS, exportFilename, type ExportFile, type ExportKind, type ExportOptions } from './export-file';
export { LIBRARY_FORMAT, LIBRARY_VERSION, libraryFileSchema, type LibraryFile } from './json';

export interface ExportFormat {
  kind: ExportKind;
  /** What the export menu shows. */
  label: string;
  /** What it is for, one line. */
  description: string;
  run: (items: readonly SavedItem[], options?: ExportOptions) => ExportFile;
}

/** Every export format, in menu order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { kind: 'csv', label: 'CSV (Excel)', description: 'A spreadsheet, one row per recommendation.', run: exportCsv },
  { kind: 'markdown', label: 'Markdown', description: 'Grouped by report, ready to paste into a briefing.', run: exportMarkdown },
  { kind: 'ris', label: 'RIS', description: 'For Zotero, EndNote and Mendeley: one reference per report.', run: exportRis },
  { kind: 'csl-json', label: 'CSL-JSON', description: 'For Zotero, Pandoc and citeproc: one reference per report.', run: exportCslJson },
  {
    kind: 'json',
    label: 'Committee Lens library (JSON)',
    description: 'Everything, to back up or move; can be imported again.',
    run: exportJson,
  },
];

export function exportFormat(kind: ExportKind): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f.kind === kind);
  if (!format) throw new Error(`No export format ${kind}`);
  return format;
}
