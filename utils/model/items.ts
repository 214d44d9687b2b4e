import type { DetectedItem, DetectedPage, SaveItemInput, SavedItem, StatusReading } from './model';
import type { Status } from './statuses';

/*
 * The model's plain values and helpers, without zod: what reading a page needs (the content
 * script's first stage evaluates no schema).
 */

export const PENDING_READING: StatusReading = { status: 'pending', source: 'default' };

export function itemKey(reportKey: string, number: string): string {
  return `${reportKey}#${number}`;
}

/** The report key an item key was made from (`itemKey`'s inverse). */
export function reportKeyOf(key: string): string {
  const at = key.lastIndexOf('#');
  return at > 0 ? key.slice(0, at) : key;
}

/** How people see an item named: "Recommendation 7", "Paragraph 22", "Saved selection". */
export function itemLabel(item: Pick<DetectedItem, 'number' | 'numbering'>): string {
  if (item.numbering === 'selection') return 'Saved selection';
  if (item.numbering === 'paragraph') return `Paragraph ${item.number}`;
  return `Recommendation ${item.number}`;
}

/** The status a reader should see: their correction if any, else the reading. */
export function effectiveStatus(item: Pick<SavedItem, 'reading' | 'statusOverride'>): Status {
  return item.statusOverride?.status ?? item.reading.status;
}

/** What saving an item found on a page sends: the item plus where it was found. */
export function toSaveInput(item: DetectedItem, page: DetectedPage, pageTitle: string): SaveItemInput {
  return {
    ...item,
    reportKey: reportKeyOf(item.key),
    reportTitle: page.report.title,
    committee: page.report.committee,
    house: page.report.house,
    paperNumber: page.report.paperNumber,
    ...(page.report.published ? { published: page.report.published } : {}),
    pageKind: page.kind,
    ...(page.respondsTo ? { respondsTo: page.respondsTo } : {}),
    pageUrl: page.url.split('#')[0] ?? page.url,
    pageTitle,
  };
}

export function describeSource(reading: StatusReading): string {
  switch (reading.source) {
    case 'tracker':
      return `Status from ${reading.sourceName ?? 'a tracker'}`;
    case 'classifier':
      return reading.confidence === undefined
        ? 'Our reading of the response'
        : `Our reading of the response (${Math.round(reading.confidence * 100)}% confident)`;
    case 'user':
      return 'Your correction';
    case 'default':
      return 'No government response seen yet';
  }
}

/** A reading to show as tentative rather than as fact: our own, with low confidence. */
export function isTentative(reading: StatusReading): boolean {
  return reading.source === 'classifier' && (reading.confidence ?? 1) < 0.5;
}
