/** One exported file, ready to hand to a download or a clipboard. */
export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

/** Options every export format takes. `now` makes the output deterministic (file name, headers). */
export interface ExportOptions {
  /** Milliseconds since the epoch; defaults to the current time. */
  now?: number;
  /**
   * What the items are, for formats with a heading (Markdown): "Saved recommendations" (the
   * default, the library) or "Recommendations on this page" (the popup's Export page).
   */
  contents?: 'saved' | 'page';
}

export const EXPORT_KINDS = ['csv', 'json', 'markdown', 'ris', 'csl-json'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportChoice {
  kind: ExportKind;
  /** What the export menu shows. */
  label: string;
  /** What it is for, one line. */
  description: string;
}

/**
 * The export menu, in menu order, without the formats' code: a page can show the menu and load
 * the formats (`EXPORT_FORMATS` in `./index`) only when one is chosen.
 */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { kind: 'csv', label: 'CSV (Excel)', description: 'A spreadsheet, one row per recommendation.' },
  { kind: 'markdown', label: 'Markdown', description: 'Grouped by report, ready to paste into a briefing.' },
  { kind: 'ris', label: 'RIS', description: 'For Zotero, EndNote and Mendeley: one reference per report.' },
  { kind: 'csl-json', label: 'CSL-JSON', description: 'For Zotero, Pandoc and citeproc: one reference per report.' },
  { kind: 'json', label: 'Committee Lens library (JSON)', description: 'Everything, to back up or move; can be imported again.' },
];

const EXTENSIONS: Record<ExportKind, string> = {
  csv: 'csv',
  json: 'json',
  markdown: 'md',
  ris: 'ris',
  'csl-json': 'csl.json',
};

/** The calendar date (UTC) of a timestamp, `2026-11-25`; empty when the timestamp is out of range. */
export function isoDay(ms: number): string {
  return isoTime(ms).slice(0, 10);
}

/** A timestamp as ISO 8601 (UTC); empty when it is out of `Date`'s range instead of throwing. */
export function isoTime(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** `committee-lens-2026-11-25.csv` */
export function exportFilename(kind: ExportKind, now: number): string {
  return `committee-lens-${isoDay(now) || 'export'}.${EXTENSIONS[kind]}`;
}
