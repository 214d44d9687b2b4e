import type { SavedItem, StatusReading } from '../model/model';
import { effectiveStatus } from '../model/items';
import { printedPaperNumber } from '../report-key';
import { STATUS_LABELS } from '../model/statuses';
import { compareNumbers, oneLine, pageLink } from './text';

export type House = 'commons' | 'lords' | 'joint';

/** One report and the saved items from it, as the reference-manager and Markdown exports list them. */
export interface ReportGroup {
  key: string;
  title: string;
  committee?: string;
  house?: House;
  paperNumber?: string;
  /** When the report was published (ISO date), where a saved item knows it. */
  published?: string;
  /** The page the first item was saved from (http(s) only). */
  url?: string;
  /** Earliest save time of its items. */
  savedAt: number;
  /** Sorted by number. */
  items: SavedItem[];
}

// `commons/5803/cmjust/HC304`, as utils/report-key.ts builds keys for publications.parliament.uk.
const PUBLICATIONS_KEY = /^(commons|lords|joint)\/[^/]+\/[^/]+\/(H[CL])(\d+)$/;

/** House and paper number, where the report key says them (saved items carry neither field). */
export function reportFactsOfKey(reportKey: string): { house?: House; paperNumber?: string } {
  const match = PUBLICATIONS_KEY.exec(reportKey);
  if (!match) return {};
  const [, house, prefix, number] = match;
  return { house: house as House, paperNumber: printedPaperNumber(prefix as 'HC' | 'HL', number!) };
}

/** Items grouped by report, reports in the order they first appear, items by number. */
export function groupByReport(items: readonly SavedItem[]): ReportGroup[] {
  const groups = new Map<string, SavedItem[]>();
  for (const item of items) {
    const list = groups.get(item.reportKey);
    if (list) list.push(item);
    else groups.set(item.reportKey, [item]);
  }
  return [...groups].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => compareNumbers(a.number, b.number));
    // The report's own title, never a page's title (a tracker page's title names the tracker).
    const title = firstText(sorted.map((item) => item.reportTitle));
    const committee = firstText(sorted.map((item) => item.committee));
    return {
      key,
      title: title ?? (committee ? `${committee} report (title not known)` : 'Report not identified'),
      committee: firstText(sorted.map((item) => item.committee)),
      ...reportFactsOfKey(key),
      ...(publishedOf(sorted) ? { published: publishedOf(sorted) } : {}),
      url: sorted.map(pageLink).find(Boolean),
      savedAt: sorted.reduce((min, item) => Math.min(min, item.savedAt), Infinity),
      items: sorted,
    };
  });
}

function publishedOf(items: readonly Pick<SavedItem, 'published'>[]): string | undefined {
  return items.find((item) => item.published)?.published;
}

function firstText(values: readonly (string | undefined)[]): string | undefined {
  for (const value of values) {
    const text = value === undefined ? '' : oneLine(value);
    if (text) return text;
  }
  return undefined;
}

export function houseName(house: House): string {
  return house === 'commons' ? 'House of Commons' : house === 'lords' ? 'House of Lords' : 'House of Lords and House of Commons';
}

/** The committee as a corporate author: "House of Commons Justice Committee". */
export function corporateAuthor(group: Pick<ReportGroup, 'committee' | 'house'>): string | undefined {
  const { committee, house } = group;
  if (!committee) return undefined;
  if (!house || house === 'joint' || /^(house of|joint committee)\b/i.test(committee)) return committee;
  return `${houseName(house)} ${committee}`;
}

/** Where a reading came from, as a phrase: "status from Accountability Index". */
export function readingSourcePhrase(reading: StatusReading): string {
  switch (reading.source) {
    case 'tracker':
      return `status from ${oneLine(reading.sourceName ?? '') || 'a tracker'}`;
    case 'classifier':
      return reading.confidence === undefined
        ? 'our reading of the response'
        : `our reading of the response, ${Math.round(reading.confidence * 100)}% confident`;
    case 'user':
      return 'your correction';
    case 'default':
      return 'no government response seen yet';
  }
}

/** Where the status an item shows came from; a correction says what it replaced. */
export function statusSourcePhrase(item: Pick<SavedItem, 'reading' | 'statusOverride'>): string {
  if (!item.statusOverride) return readingSourcePhrase(item.reading);
  // What it corrected when it was made, as the popover says "Before your correction".
  const was = item.statusOverride.was;
  if (was !== undefined && was !== item.reading.status) return `your correction; was ${STATUS_LABELS[was]}`;
  return `your correction; was ${STATUS_LABELS[item.reading.status]}, ${readingSourcePhrase(item.reading)}`;
}

/** "Rejected (status from Accountability Index)" */
export function statusLine(item: Pick<SavedItem, 'reading' | 'statusOverride'>): string {
  return `${STATUS_LABELS[effectiveStatus(item)]} (${statusSourcePhrase(item)})`;
}
