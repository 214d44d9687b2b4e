import { itemLabel } from '../model/items';
import { type SavedItem } from '../model/model';
import { exportFilename, isoDay, type ExportFile, type ExportOptions } from './export-file';
import { groupByReport, statusLine, type ReportGroup } from './report-facts';
import { cleanText, itemLink, oneLine } from './text';

// Characters that can start emphasis, code, links, images, raw HTML, tables, strikethrough, maths or
// headings anywhere in a line. Escaped with a backslash, which CommonMark allows before any ASCII
// punctuation and renders as the character itself.
const INLINE_SYNTAX = /[\\`*_[\]<>|~#$]/g;

/**
 * Page or reader text as literal Markdown text on one line: nothing in it can become emphasis,
 * code, raw HTML, a link, a list, a quote or a heading. Bare `http://…`, `www.…` and e-mail
 * addresses get an escape that stops CommonMark and GitHub's autolinks at the point they match;
 * a renderer that linkifies text after parsing (markdown-it's optional `linkify`) could still link them.
 */
export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text)
    .replace(INLINE_SYNTAX, '\\$&')
    // An entity such as `&#106;` would be decoded.
    .replace(/&(?=#?[0-9a-z]+;)/gi, '\\&')
    // GFM autolinks: `scheme://`, `www.` and `name@host`.
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
  // Block syntax at the start of a line: list items, setext underlines, table rows, ordered lists.
  return escaped.replace(/^([-+=:])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Multi-line text as escaped Markdown lines; paragraphs kept, line breaks as hard breaks. */
function escapeLines(text: string): string[] {
  const paragraphs = cleanText(text)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map(escapeMarkdown).filter(Boolean))
    .filter((lines) => lines.length);
  const out: string[] = [];
  for (const lines of paragraphs) {
    if (out.length) out.push('');
    lines.forEach((line, i) => out.push(i < lines.length - 1 ? `${line}\\` : line));
  }
  return out;
}

const DESTINATION_UNSAFE: Record<string, string> = { '(': '%28', ')': '%29', '<': '%3C', '>': '%3E', '\\': '%5C', ' ': '%20' };

/** A link we make, to an http(s) URL, with no character that could end or escape its destination. */
function link(label: string, url: string): string {
  return `[${label}](${url.replace(/[()<>\\ ]/g, (c) => DESTINATION_UNSAFE[c] ?? c)})`;
}

/** Lines of a list item's content, indented under its marker. */
function indent(lines: readonly string[]): string[] {
  return lines.map((line) => (line ? `  ${line}` : ''));
}

function itemLines(item: SavedItem): string[] {
  const blocks: string[][] = [];
  blocks.push(escapeLines(item.text).map((line) => (line ? `> ${line}` : '>')));
  if (item.statusOverride?.reason.trim()) blocks.push(labelled('Reason for the correction', item.statusOverride.reason));
  if (item.response?.summary?.trim()) blocks.push(labelled('Government response', item.response.summary));
  if (item.note.trim()) blocks.push(labelled('Note', item.note));
  const tags = item.tags.map(escapeMarkdown).filter(Boolean);
  if (tags.length) blocks.push([`Tags: ${tags.join('; ')}`]);
  const url = itemLink(item);
  if (url) blocks.push([link('Open in report', url)]);
  const heading = `- **${escapeMarkdown(itemLabel(item))}** — ${escapeMarkdown(statusLine(item))}`;
  return [heading, ...blocks.flatMap((block) => ['', ...indent(block)])];
}

function labelled(label: string, text: string): string[] {
  const [first = '', ...rest] = escapeLines(text);
  return [`${label}: ${first}`, ...rest];
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2022-10-14` as "14 October 2022". */
function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`;
}

function reportLines(group: ReportGroup): string[] {
  const facts = [group.committee, group.paperNumber, group.published && `published ${longDate(group.published)}`]
    .filter((fact): fact is string => Boolean(fact))
    .map(escapeMarkdown);
  if (group.url) facts.push(link('Open the report', group.url));
  return [
    `## ${escapeMarkdown(group.title)}`,
    ...(facts.length ? ['', facts.join(' · ')] : []),
    ...group.items.flatMap((item) => ['', ...itemLines(item)]),
  ];
}

/** Saved items grouped by report, ready to paste into a briefing. */
export function exportMarkdown(items: readonly SavedItem[], options: ExportOptions = {}): ExportFile {
  const now = options.now ?? Date.now();
  const groups = groupByReport(items);
  const count = `${items.length} ${items.length === 1 ? 'recommendation' : 'recommendations'}`;
  const reports = `${groups.length} ${groups.length === 1 ? 'report' : 'reports'}`;
  const lines = [
    options.contents === 'page' ? '# Recommendations on this page' : '# Saved recommendations',
    '',
    `Exported from Committee Lens on ${isoDay(now)}: ${count} from ${reports}.`,
    ...groups.flatMap((group) => ['', ...reportLines(group)]),
  ];
  return { filename: exportFilename('markdown', now), mime: 'text/markdown;charset=utf-8', content: `${lines.join('\n')}\n` };
}
