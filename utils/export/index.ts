import type { SavedItem } from '../model/model';
import { exportCslJson } from './csl-json';
import { exportCsv } from './csv';
import { EXPORT_CHOICES, type ExportChoice, type ExportFile, type ExportKind, type ExportOptions } from './export-file';
import { exportJson } from './json';
import { exportMarkdown } from './markdown';
import { exportRis } from './ris';

export {
  EXPORT_CHOICES,
  EXPORT_KINDS,
  exportFilename,
  type ExportChoice,
  type ExportFile,
  type ExportKind,
  type ExportOptions,
} from './export-file';
export { LIBRARY_FORMAT, LIBRARY_VERSION, libraryFileSchema, type LibraryFile } from './json';

export interface ExportFormat extends ExportChoice {
  run: (items: readonly SavedItem[], options?: ExportOptions) => ExportFile;
}

const RUN: Record<ExportKind, ExportFormat['run']> = {
  csv: exportCsv,
  markdown: exportMarkdown,
  ris: exportRis,
  'csl-json': exportCslJson,
  json: exportJson,
};

/** Every export format, in menu order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = EXPORT_CHOICES.map((choice) => ({ ...choice, run: RUN[choice.kind] }));

export function exportFormat(kind: ExportKind): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f.kind === kind);
  if (!format) throw new Error(`No export format ${kind}`);
  return format;
}
