import { reportKeyOf } from './model/items';
import {
  type PageKind,
  type RecommendationRecord,
  type ReportIdentity,
  type SaveItemInput,
  type SavedEntry,
  type SavedItem,
  type Sighting,
  type StoredAnswer,
} from './model/model';

/*
 * One record per recommendation, and the view every surface shows. Pure: no database here.
 *
 * A saved item is two rows: the reader's entry (note, tags, correction, save time) and the
 * recommendation (text, the report it belongs to, each page it was seen on with what that page said).
 * `savedView` joins them with the stored government answer into what the badge, popover, popup,
 * library and every export show; nothing stores that merged reading, so it is never stale.
 */

/** Text as compared across pages: quote marks, dashes, spaces and case do not matter. */
export function normalizeRecommendationText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212\u00ad]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\s.;:,]+$/, '')
    .trim();
}

/** A short fingerprint of the normalised text (indexed instead of the text itself). */
export function textKeyOf(text: string): string {
  const normal = normalizeRecommendationText(text);
  // Two FNV-1a passes with different seeds: 64 bits, ample for one reader's library.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ normal.length;
  for (let i = 0; i < normal.length; i++) {
    const c = normal.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `t${normal.length.toString(36)}-${a.toString(36)}-${b.toString(36)}`;
}

/** How many characters of normalised text `prefixKeyOf` reads: a recommendation's opening words. */
export const PREFIX_LENGTH = 100;

/**
 * The fingerprint of a text's opening words, for a copy printed cut short (a tracker's, a
 * response's quotation); only used together with the recommendation's number. Short texts have none.
 */
export function prefixKeyOf(text: string): string {
  const normal = normalizeRecommendationText(text);
  return normal.length < PREFIX_LENGTH ? '' : textKeyOf(normal.slice(0, PREFIX_LENGTH));
}

/** Whether two copies of a recommendation are the same one: the same text, or one cut short of the other with the same number. */
export function sameRecommendation(a: { text: string; number: string }, b: { text: string; number: string }): boolean {
  const x = normalizeRecommendationText(a.text);
  const y = normalizeRecommendationText(b.text);
  if (x === y) return true;
  if (a.number !== b.number || Math.min(x.length, y.length) < PREFIX_LENGTH) return false;
  return x.startsWith(y) || y.startsWith(x);
}

/** The report a saved item belongs to, as the page it was saved from names it (never by the page's title). */
export function reportOfInput(input: SaveItemInput, recordKey: string): ReportIdentity {
  if (input.pageKind === 'response' && input.respondsTo) {
    const { title, paperNumber, committee } = input.respondsTo;
    return definedFields({ key: reportKeyOf(recordKey), title, paperNumber, committee: committee ?? input.committee, house: input.house });
  }
  return definedFields({
    key: input.reportKey,
    title: input.reportTitle,
    paperNumber: input.paperNumber,
    committee: input.committee,
    house: input.house,
    published: input.published,
  });
}

function definedFields<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

/** What one page said about the item when it was saved from there. */
export function sightingOf(input: SaveItemInput, at: number): Sighting {
  return definedFields({
    kind: input.pageKind ?? guessKind(input),
    key: input.key,
    url: input.pageUrl,
    title: input.pageTitle || undefined,
    at,
    reading: input.reading,
    otherReading: input.otherReading,
    response: input.response,
  });
}

/** Rows saved before pages said their kind: a tracker's status says tracker; a selection is "other". */
function guessKind(item: Pick<SaveItemInput, 'reading' | 'numbering'>): PageKind {
  if (item.reading.source === 'tracker') return 'tracker';
  if (item.numbering === 'selection') return 'other';
  return 'report';
}

/** Report identity merged: a report page's own identity wins; otherwise fields fill in what is missing. */
function mergeReport(current: ReportIdentity, next: ReportIdentity, nextFromReport: boolean, currentFromReport: boolean): ReportIdentity {
  if (nextFromReport && !currentFromReport) return { ...current, ...next };
  const merged: ReportIdentity = { ...next, ...current };
  // A provisional report key (a tracker page's, or `paper:`) gives way to a publications key.
  if (!current.paperNumber && next.paperNumber) merged.key = next.key;
  return merged;
}

const KIND_ORDER: Record<PageKind, number> = { report: 0, response: 1, tracker: 2, other: 3 };

/** A new record from an item saved on a page. */
export function newRecord(key: string, input: SaveItemInput, at: number): RecommendationRecord {
  return definedFields({
    key,
    number: input.number,
    numbering: input.numbering,
    text: input.text,
    headline: input.headline,
    section: input.section,
    paragraphRefs: input.paragraphRefs,
    quote: input.quote,
    report: reportOfInput(input, key),
    textKey: textKeyOf(input.text),
    prefixKey: prefixKeyOf(input.text),
    aliases: [...new Set([key, input.key])],
    pageKeys: [...new Set([reportKeyOf(key), input.reportKey])],
    seen: [sightingOf(input, at)],
  });
}

/** The record after the item was seen (and saved) again, on this or another page: that page's sighting is replaced. */
export function withSighting(record: RecommendationRecord, input: SaveItemInput, at: number): RecommendationRecord {
  const sighting = sightingOf(input, at);
  const fromReport = sighting.kind === 'report';
  const hadReport = record.seen.some((seen) => seen.kind === 'report');
  const seen = [...record.seen.filter((s) => s.key !== sighting.key), sighting].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return {
    ...record,
    // The report's own text and place win over a response's quotation or a tracker's copy.
    ...(fromReport && !hadReport
      ? definedFields({
          text: input.text,
          headline: input.headline ?? record.headline,
          section: input.section ?? record.section,
          quote: input.quote,
          paragraphRefs: input.paragraphRefs,
          textKey: textKeyOf(input.text),
          prefixKey: prefixKeyOf(input.text),
        })
      : {}),
    // A headline or section only one page gives (a tracker's short title) is kept.
    ...(record.headline === undefined && input.headline !== undefined ? { headline: input.headline } : {}),
    ...(record.section === undefined && input.section !== undefined ? { section: input.section } : {}),
    report: mergeReport(record.report, reportOfInput(input, record.key), fromReport, hadReport),
    aliases: [...new Set([...record.aliases, input.key])],
    pageKeys: [...new Set([...record.pageKeys, input.reportKey])],
    seen,
  };
}

/** Keys under which the government's stored answer to this record may be filed. */
export function answerKeysOf(record: RecommendationRecord): string[] {
  const keys = [...record.aliases];
  if (record.report.paperNumber) keys.push(`paper:${record.report.paperNumber.replace(/\s+/g, ' ').trim().toUpperCase()}#${record.number}`);
  return [...new Set(keys)];
}

/** The reading to show, best first: the government's stored answer, a tracker's status, our reading of a response, else pending. */
export function currentReading(
  record: Pick<RecommendationRecord, 'seen'>,
  answer: StoredAnswer | undefined,
): Pick<SavedItem, 'reading' | 'otherReading' | 'response' | 'link'> {
  const tracker = record.seen.find((seen) => seen.kind === 'tracker' && seen.reading.source !== 'default');
  if (answer) {
    const differs = tracker && tracker.reading.status !== answer.reading.status ? tracker.reading : undefined;
    return definedFields({
      reading: answer.reading,
      otherReading: differs,
      response: answer.response,
      link: { responseUrl: answer.responseUrl, responseTitle: answer.responseTitle, match: 'unchecked' as const },
    });
  }
  const read = [...record.seen].filter((seen) => seen.reading.source !== 'default').sort((a, b) => rank(a) - rank(b) || b.at - a.at)[0];
  const latest = read ?? [...record.seen].sort((a, b) => b.at - a.at)[0];
  if (!latest) return { reading: { status: 'pending', source: 'default' } };
  return definedFields({ reading: latest.reading, otherReading: latest.otherReading, response: latest.response });
}

function rank(seen: Sighting): number {
  return seen.kind === 'tracker' ? 0 : seen.kind === 'response' ? 1 : 2;
}

/** The merged view of one saved recommendation (see the file comment). `pageKey`: name it by its key on that page. */
export function savedView(
  record: RecommendationRecord,
  entry: SavedEntry,
  answer: StoredAnswer | undefined,
  pageKeys: readonly string[] = [],
): SavedItem {
  const main = record.seen.find((seen) => seen.kind === 'report') ?? record.seen[0];
  const onPage = pageKeys.length > 0 ? record.aliases.find((alias) => pageKeys.includes(reportKeyOf(alias))) : undefined;
  const seenOn = record.seen
    .filter((seen, i, all) => all.findIndex((other) => other.kind === seen.kind && other.url === seen.url) === i)
    .map((seen) => definedFields({ kind: seen.kind, url: seen.url, title: seen.title }));
  const { report } = record;
  return definedFields({
    key: onPage ?? record.key,
    number: record.number,
    numbering: record.numbering,
    text: record.text,
    headline: record.headline,
    section: record.section,
    paragraphRefs: record.paragraphRefs,
    quote: record.quote,
    ...currentReading(record, answer),
    reportKey: onPage ? reportKeyOf(onPage) : report.key,
    reportTitle: report.title,
    committee: report.committee,
    house: report.house,
    paperNumber: report.paperNumber,
    published: report.published,
    pageUrl: main?.url ?? 'https://invalid.example/',
    pageTitle: main?.title ?? '',
    savedAt: entry.savedAt,
    updatedAt: entry.updatedAt,
    note: entry.note,
    tags: entry.tags,
    statusOverride: entry.statusOverride,
    seenOn,
  });
}

/** The reader's part of a view (for undo, import). */
export function entryOfView(view: SavedItem, key = view.key): SavedEntry {
  return definedFields({
    key,
    savedAt: view.savedAt,
    updatedAt: view.updatedAt,
    note: view.note,
    tags: view.tags,
    statusOverride: view.statusOverride,
  });
}

/** A view (or a saved item as version 2 stored it) as the save input it was made from. */
export function inputOfView(view: SavedItem): SaveItemInput {
  const reader = new Set(['savedAt', 'updatedAt', 'note', 'tags', 'statusOverride', 'seenOn', 'link']);
  return Object.fromEntries(Object.entries(view).filter(([field]) => !reader.has(field))) as SaveItemInput;
}

/** Two entries of one recommendation as one: both notes where they differ, every tag, the first save, the latest correction. */
export function mergeEntries(a: SavedEntry, b: SavedEntry, key = a.key): SavedEntry {
  const ours = a.note.trim();
  const theirs = b.note.trim();
  const note = !theirs || ours.includes(theirs) ? a.note : !ours || theirs.includes(ours) ? b.note : `${a.note}\n\n${b.note}`;
  const seenTags = new Set<string>();
  const tags = [...a.tags, ...b.tags].filter((tag) => !seenTags.has(tag.toLowerCase()) && seenTags.add(tag.toLowerCase()));
  const overrides = [a.statusOverride, b.statusOverride].filter((o) => o !== undefined).sort((x, y) => y.at - x.at);
  return definedFields({
    key,
    savedAt: Math.min(a.savedAt, b.savedAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    note,
    tags: tags.slice(0, 100),
    statusOverride: overrides[0],
  });
}
