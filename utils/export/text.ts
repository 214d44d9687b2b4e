import { linkToText } from '../anchor/text-fragment';
import type { SavedItem } from '../model/model';

// C0/C1 controls (but tab and line breaks) and the bidi embedding, override and isolate controls,
// which can make text display in a different order from how it reads (U+202A–E, U+2066–9).
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a human-readable export: control and bidi override characters removed, line ends as
 * `\n`. The JSON export keeps every character; the other formats are for reading and pasting.
 */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE_CHARACTERS, '');
}

/** Clean text on one line: every run of whitespace, line breaks included, becomes one space. */
export function oneLine(text: string): string {
  return cleanText(text)
    .replace(/[\s\u0085\u2028\u2029]+/g, ' ')
    .trim();
}

/** The URL as the browser would write it, if it is http(s); anything else is never linked. */
export function httpUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page an item was saved from, without any fragment; only http(s). */
export function pageLink(item: Pick<SavedItem, 'pageUrl'>): string | undefined {
  return httpUrl(item.pageUrl.split('#')[0] ?? item.pageUrl);
}

/** A link that opens the page at the item's text (`linkToText`); only for http(s) pages. */
export function itemLink(item: Pick<SavedItem, 'pageUrl' | 'text'>): string | undefined {
  return pageLink(item) ? httpUrl(linkToText(item.pageUrl, item.text)) : undefined;
}

/** Order recommendation numbers as people count them: 2 before 10, 1.9 before 1.10, 2a after 2. */
export { compareRecommendationNumbers as compareNumbers } from '../natural-order';
