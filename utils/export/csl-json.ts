import type { SavedItem } from '../model/model';
import { exportFilename, type ExportFile, type ExportOptions } from './export-file';
import { recommendationNoteParts } from './citation-note';
import { corporateAuthor, groupByReport, houseName, type ReportGroup } from './report-facts';

/** The CSL-JSON fields we fill (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslReport {
  id: string;
  type: 'report';
  title: string;
  author?: { literal: string }[];
  publisher?: string;
  number?: string;
  URL?: string;
  issued?: { 'date-parts': [[number, number, number]] };
  accessed?: { 'date-parts': [[number, number, number]] };
  note: string;
}

function accessed(ms: number): CslReport['accessed'] {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return undefined;
  return { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] };
}

/** An ISO date (`2022-10-14`) as CSL date parts. */
function issued(iso: string): NonNullable<CslReport['issued']> {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { 'date-parts': [[year, month, day]] };
}

function cslReport(group: ReportGroup): CslReport {
  const author = corporateAuthor(group);
  const when = accessed(group.savedAt);
  return {
    id: group.key,
    type: 'report',
    title: group.title,
    ...(author ? { author: [{ literal: author }] } : {}),
    ...(group.house ? { publisher: houseName(group.house) } : {}),
    ...(group.paperNumber ? { number: group.paperNumber } : {}),
    ...(group.url ? { URL: group.url } : {}),
    ...(group.published ? { issued: issued(group.published) } : {}),
    ...(when ? { accessed: when } : {}),
    note: group.items.map((item) => recommendationNoteParts(item).join('\n')).join('\n\n'),
  };
}

/** CSL-JSON (Zotero, Pandoc, citeproc): one `report` per report, each saved recommendation in the note. */
export function exportCslJson(items: readonly SavedItem[], options: ExportOptions = {}): ExportFile {
  return {
    filename: exportFilename('csl-json', options.now ?? Date.now()),
    mime: 'application/vnd.citationstyles.csl+json',
    content: `${JSON.stringify(groupByReport(items).map(cslReport), null, 2)}\n`,
  };
}
