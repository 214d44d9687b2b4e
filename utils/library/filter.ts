import { compareRecommendationNumbers } from '../natural-order';
import { normalizeSpace } from '../detect/text';
import { effectiveStatus, itemLabel } from '../model/items';
import { type SavedItem } from '../model/model';
import { type Status } from '../model/statuses';

export const SORT_COLUMNS = ['number', 'text', 'status', 'committee', 'report', 'savedAt', 'tags'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface SortOrder {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

export interface LibraryFilters {
  query: string;
  statuses: ReadonlySet<Status>;
  committee?: string;
  report?: string;
  tag?: string;
  /** Inclusive day bounds, `YYYY-MM-DD`, compared in local time. */
  from?: string;
  to?: string;
}

export const NO_FILTERS: LibraryFilters = { query: '', statuses: new Set() };

/**
 * The report an item belongs to, by its title and paper number ("Pre-legislative scrutiny of the
 * draft Victims Bill (HC 304)"); never a page's title, which on a tracker names the tracker.
 */
export function reportName(item: Pick<SavedItem, 'reportTitle' | 'paperNumber' | 'committee'>): string {
  const title = item.reportTitle?.trim() || (item.committee ? `${item.committee} report (title not known)` : 'Report not identified');
  return item.paperNumber ? `${title} (${item.paperNumber})` : title;
}

/** An item's searchable text (text, headline, summary, evidence, note, tags, report), lower-cased. */
export function searchTextOf(item: SavedItem): string {
  const fields = [
    itemLabel(item),
    item.text,
    item.headline,
    item.section,
    item.response?.summary,
    item.reading.evidence,
    item.note,
    item.tags.join(' '),
    reportName(item),
    item.committee,
    item.statusOverride?.reason,
  ];
  return normalizeSpace(fields.filter(Boolean).join(' \u0001 ')).toLowerCase();
}

/**
 * Lower-cased searchable text per item (`searchTextOf`), computed once per list so each keystroke
 * only scans strings.
 */
export function buildSearchIndex(items: readonly SavedItem[]): Map<string, string> {
  return new Map(items.map((item) => [item.key, searchTextOf(item)]));
}

/**
 * Which items hold every word (lower-cased, no spaces), by key: an index's answer (`match` of
 * `./search-index`) in place of scanning each item's text.
 */
export type WordMatch = (words: readonly string[]) => (key: string) => boolean;

function dayStart(day: string): number {
  return new Date(`${day}T00:00:00`).getTime();
}

function queryWords(query: string): string[] {
  return normalizeSpace(query).toLowerCase().split(' ').filter(Boolean);
}

/** The test for one item against `filters`, given the item's entry in the search index. */
function matcher(filters: LibraryFilters): (item: SavedItem, haystack: string | undefined) => boolean {
  const words = queryWords(filters.query);
  const from = filters.from ? dayStart(filters.from) : -Infinity;
  const to = filters.to ? dayStart(filters.to) + 86_400_000 : Infinity;
  return (item, haystack) => {
    if (filters.statuses.size > 0 && !filters.statuses.has(effectiveStatus(item))) return false;
    if (filters.committee !== undefined && item.committee !== filters.committee) return false;
    if (filters.report !== undefined && item.reportKey !== filters.report) return false;
    if (filters.tag !== undefined && !item.tags.includes(filters.tag)) return false;
    if (item.savedAt < from || item.savedAt >= to) return false;
    if (words.length === 0) return true;
    const text = haystack ?? '';
    return words.every((word) => text.includes(word));
  };
}

export function filterItems(items: readonly SavedItem[], index: ReadonlyMap<string, string>, filters: LibraryFilters): SavedItem[] {
  const matches = matcher(filters);
  return items.filter((item) => matches(item, index.get(item.key)));
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a === b || (a.size === b.size && [...a].every((value) => b.has(value)));
}

/**
 * Whether everything `next` lets through, `previous` let through too: the same menus and dates,
 * and every word of the previous query is part of a word of the next (typing on narrows).
 */
export function narrows(previous: LibraryFilters, next: LibraryFilters): boolean {
  if (
    previous.committee !== next.committee ||
    previous.report !== next.report ||
    previous.tag !== next.tag ||
    previous.from !== next.from ||
    previous.to !== next.to ||
    !sameSet(previous.statuses, next.statuses)
  )
    return false;
  return wordsNarrow(queryWords(previous.query), queryWords(next.query));
}

/** Whether every word of `previous` is part of a word of `next`. */
function wordsNarrow(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((old) => next.some((word) => word.includes(old)));
}

/**
 * `filterItems` for a list that is filtered again on every keystroke: the list's search text is
 * looked up once per list, and a query that narrows the last one only rechecks the last matches,
 * and only for the words the last query did not already imply. An unchanged result is the same
 * array as before (so what shows it need not render again). The result keeps the list's order.
 *
 * With `matchWords` (an inverted index over the same items) the words are looked up there instead
 * of in each item's text; the answer is the same. Without it, or for an item the `index` map does
 * not hold, the item's text is made when first needed.
 */
export function createListFilter() {
  let list: readonly SavedItem[] | undefined;
  let listIndex: ReadonlyMap<string, string> | undefined;
  let haystacks: (string | undefined)[] = [];
  let last: { filters: LibraryFilters; words: string[]; positions: number[]; items: SavedItem[] } | undefined;
  return (
    items: readonly SavedItem[],
    index: ReadonlyMap<string, string>,
    filters: LibraryFilters,
    matchWords?: WordMatch,
  ): SavedItem[] => {
    if (items !== list || index !== listIndex) {
      list = items;
      listIndex = index;
      haystacks = new Array<string | undefined>(items.length);
      last = undefined;
    }
    const haystack = (position: number): string => {
      let text = haystacks[position];
      if (text === undefined) {
        const item = items[position]!;
        text = index.get(item.key) ?? searchTextOf(item);
        haystacks[position] = text;
      }
      return text;
    };
    /** The test of `words` for the item at a position. */
    const holds = (words: readonly string[]): ((position: number) => boolean) => {
      if (words.length === 0) return () => true;
      if (matchWords) {
        const test = matchWords(words);
        return (position) => test(items[position]!.key);
      }
      return (position) => {
        const text = haystack(position);
        return words.every((word) => text.includes(word));
      };
    };
    if (last && last.filters === filters) return last.items;
    const words = queryWords(filters.query);
    if (last && narrows(last.filters, filters)) {
      const previous = last;
      // A word inside a word already matched is matched too ("prison o" after "prison").
      const fresh = words.filter((word) => !previous.words.some((old) => old.includes(word)));
      const test = holds(fresh);
      const positions = fresh.length === 0 ? previous.positions : previous.positions.filter(test);
      const unchanged = positions.length === previous.positions.length;
      last = {
        filters,
        words,
        positions: unchanged ? previous.positions : positions,
        items: unchanged ? previous.items : positions.map((p) => items[p]!),
      };
      return last.items;
    }
    const menus = matcher({ ...filters, query: '' });
    const test = holds(words);
    const positions: number[] = [];
    const found: SavedItem[] = [];
    for (let position = 0; position < items.length; position++) {
      const item = items[position]!;
      if (menus(item, undefined) && test(position)) {
        positions.push(position);
        found.push(item);
      }
    }
    last = { filters, words, positions, items: found };
    return found;
  };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function sortValue(item: SavedItem, column: SortColumn): string | number {
  switch (column) {
    case 'number':
      return item.number;
    case 'text':
      return item.headline ?? item.text;
    case 'status':
      return effectiveStatus(item);
    case 'committee':
      return item.committee ?? '';
    case 'report':
      return reportName(item);
    case 'savedAt':
      return item.savedAt;
    case 'tags':
      return item.tags.join(', ');
  }
}

/** A sorted copy; ties in report order, then by number as people count (2 before 10, 2a after 2). */
export function sortItems(items: readonly SavedItem[], order: SortOrder): SavedItem[] {
  const sign = order.direction === 'asc' ? 1 : -1;
  return [...items].sort((a, b) => {
    const x = sortValue(a, order.column);
    const y = sortValue(b, order.column);
    const byColumn =
      order.column === 'number'
        ? compareRecommendationNumbers(a.number, b.number)
        : typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
    if (byColumn !== 0) return sign * byColumn;
    // Ties (a "Save all" saves a whole report at one moment): by report, then by number, as counted.
    return collator.compare(reportName(a), reportName(b)) || compareRecommendationNumbers(a.number, b.number) || b.savedAt - a.savedAt;
  });
}

/** The values the filter menus offer, from what is saved: committees, reports, tags. */
export function filterChoices(items: readonly SavedItem[]) {
  const committees = new Set<string>();
  const reports = new Map<string, string>();
  const tags = new Map<string, number>();
  for (const item of items) {
    if (item.committee) committees.add(item.committee);
    reports.set(item.reportKey, reportName(item));
    for (const tag of item.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  return {
    committees: [...committees].sort(collator.compare),
    reports: [...reports].map(([key, name]) => ({ key, name })).sort((a, b) => collator.compare(a.name, b.name)),
    tags: [...tags].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0])).map(([tag]) => tag),
  };
}
