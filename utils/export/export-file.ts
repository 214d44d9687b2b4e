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
}

export const EXPORT_KINDS = ['csv', 'json', 'markdown', 'ris', 'csl-json'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

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
