import type { SavedItem } from '../model/model';
import { exportFilename, isoDay, type ExportFile, type ExportOptions } from './export-file';
import { recommendationNoteParts } from './citation-note';
import { corporateAuthor, groupByReport, houseName, type ReportGroup } from './report-facts';
import { oneLine } from './text';

/** A tag line. Values are on one line so that nothing in them can start a new tag or end the record. */
function tag(name: string, value: string): string {
  return `${name}  - ${oneLine(value)}`;
}

// Zotero reads an N1 note that contains anything tag-like as HTML; escaped, it shows as written.
function noteValue(text: string): string {
  const line = oneLine(text);
  return /<[^>]*>/.test(line) ? line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : line;
}

function record(group: ReportGroup): string[] {
  const lines = ['TY  - RPRT', tag('TI', group.title)];
  const author = corporateAuthor(group);
  if (author) lines.push(tag('AU', author));
  if (group.house) lines.push(tag('PB', houseName(group.house)));
  // SN is what Zotero and EndNote read as a report's number.
  if (group.paperNumber) lines.push(tag('SN', group.paperNumber));
  if (group.published) {
    // PY is the year reference managers cite; DA the full date (RIS writes dates as YYYY/MM/DD).
    lines.push(tag('PY', group.published.slice(0, 4)));
    lines.push(tag('DA', group.published.replace(/-/g, '/')));
  }
  if (group.url) lines.push(tag('UR', group.url));
  const accessed = isoDay(group.savedAt);
  if (accessed) lines.push(tag('Y2', accessed.replace(/-/g, '/')));
  const keywords = new Set(group.items.flatMap((item) => item.tags.map(oneLine)).filter(Boolean));
  for (const keyword of keywords) lines.push(tag('KW', keyword));
  for (const item of group.items) {
    const [heading, ...rest] = recommendationNoteParts(item);
    lines.push(`N1  - ${noteValue(`${heading}: ${rest.join(' ')}`)}`);
  }
  lines.push('ER  - ');
  return lines;
}

/** RIS for Zotero, EndNote and Mendeley: one report record per report, each saved recommendation in a note. */
export function exportRis(items: readonly SavedItem[], options: ExportOptions = {}): ExportFile {
  const records = groupByReport(items).map((group) => record(group).join('\r\n'));
  return {
    filename: exportFilename('ris', options.now ?? Date.now()),
    mime: 'application/x-research-info-systems',
    content: records.map((text) => `${text}\r\n`).join('\r\n'),
  };
}
