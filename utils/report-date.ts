/**
 * A report's publication date, from its front matter: "Published on 14 October 2022 by authority of
 * the House of Commons", else "Ordered by the House of Commons to be printed 11 October 2022" (older
 * and Lords reports print only that). Pure: text in, an ISO date (`YYYY-MM-DD`) out, or nothing.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})`;
const PUBLISHED = new RegExp(String.raw`\b(?:Published|Date of publication|Publication date)(?:\s+on)?\s*:?\s+${DATE}`, 'i');
const PRINTED = new RegExp(String.raw`\bOrdered by the House of (?:Commons|Lords) to be (?:printed|published)(?:\s+on)?\s+${DATE}`, 'i');

/** "14 October 2022" parts as an ISO date, if it is a real day. */
function isoDate(day: string, month: string, year: string): string | undefined {
  const m = MONTHS.findIndex((name) => name === month.toLowerCase() || (month.length >= 3 && name.startsWith(month.toLowerCase())));
  const d = Number(day);
  const y = Number(year);
  if (m < 0 || y < 1800 || y > 2200) return undefined;
  const date = new Date(Date.UTC(y, m, d));
  if (date.getUTCDate() !== d) return undefined;
  return `${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function dateBy(pattern: RegExp, lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const match = pattern.exec(line);
    const date = match && isoDate(match[1]!, match[2]!, match[3]!);
    if (date) return date;
  }
  return undefined;
}

/** The publication date in these lines of front matter: "Published on …" first, else "Ordered … to be printed …". */
export function parsePublishedDate(lines: readonly string[]): string | undefined {
  return dateBy(PUBLISHED, lines) ?? dateBy(PRINTED, lines);
}

/** How many paragraphs from the top of the page are read for the date (it is on the cover or the page after). */
const FRONT_MATTER_LINES = 120;

/** The publication date a report page prints in its front matter, if any. Bounded; never throws. */
export function publishedDateFromPage(doc: Document): string | undefined {
  try {
    const lines: string[] = [];
    for (const el of doc.querySelectorAll('p, div, td, span')) {
      if (lines.length >= FRONT_MATTER_LINES) break;
      if (el.childElementCount > 3) continue;
      const text = el.textContent ?? '';
      if (text.length > 0 && text.length < 300) lines.push(text.replace(/\s+/g, ' '));
    }
    return parsePublishedDate(lines);
  } catch {
    return undefined;
  }
}

/** The fields of an object that are set (so an absent date adds no `published: undefined` key). */
export function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
