import { z } from 'zod';
import { savedItemSchema, type SavedItem } from '../model/model';
import { groupByReport } from './report-facts';
import { exportFilename, isoTime, type ExportFile, type ExportOptions } from './export-file';

export const LIBRARY_FORMAT = 'committee-lens';
/** The library file version this code writes and reads. Bump it (and add a migration) on any shape change. */
export const LIBRARY_VERSION = 1;

/** A whole library, as exported and imported: lossless, every saved item as stored. */
export const libraryFileSchema = z.object({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(LIBRARY_VERSION),
  /** When the file was made (ISO 8601). */
  exportedAt: z.iso.datetime(),
  items: z.array(savedItemSchema),
});
export type LibraryFile = z.infer<typeof libraryFileSchema>;

export function libraryFile(items: readonly SavedItem[], now: number): LibraryFile {
  // Report by report, each in counting order, as every other format lists them.
  const ordered = groupByReport(items).flatMap((group) => group.items);
  return { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, exportedAt: isoTime(now), items: ordered };
}

// Bidi controls and line separators, written as `\u202e` escapes so the file reads in an editor as
// it is (JSON.stringify leaves them raw; they only ever occur inside strings, so escaping is lossless).
const INVISIBLE_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function escapeCharacter(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The library as a versioned JSON file that `parseImport` reads back exactly. */
export function exportJson(items: readonly SavedItem[], options: ExportOptions = {}): ExportFile {
  const now = options.now ?? Date.now();
  return {
    filename: exportFilename('json', now),
    mime: 'application/json',
    content: `${JSON.stringify(libraryFile(items, now), null, 2).replace(INVISIBLE_CONTROLS, escapeCharacter)}\n`,
  };
}
