import { normalizeSpace } from './detect/text';
import { itemKey } from './model/items';
import { type DetectedItem, type DetectedPage, type ReportRecord, type StoredAnswer } from './model/model';
import { parsePublicationsUrl } from './report-key';

/** Words of a text, lower-cased, without punctuation and very short words. */
function wordSet(text: string): Set<string> {
  return new Set(
    normalizeSpace(text)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, ' ')
      .split(/\s+/)
      .filter((word) => word.length > 2),
  );
}

/** Dice similarity of two texts' word sets, 0–1. */
export function textSimilarity(a: string, b: string): number {
  const x = wordSet(a);
  const y = wordSet(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return (2 * shared) / (x.size + y.size);
}

const CONFIRMED = 0.5;

/**
 * Which report a response page answers, as a report key: the link it gives to the report, else
 * the paper number of a report already read, else a provisional key for that paper number.
 */
export function answeredReportKey(page: DetectedPage, knownReports: readonly ReportRecord[]): string | undefined {
  const ref = page.respondsTo;
  if (!ref) return undefined;
  if (ref.url) {
    try {
      const fromUrl = parsePublicationsUrl(new URL(ref.url))?.key;
      if (fromUrl) return fromUrl;
    } catch {
      // Not a URL we can read; fall through to the paper number.
    }
  }
  if (ref.paperNumber) {
    const paper = normalizeSpace(ref.paperNumber).toUpperCase();
    const matches = knownReports.filter((report) => report.paperNumber && normalizeSpace(report.paperNumber).toUpperCase() === paper);
    if (matches.length === 1) return matches[0]!.key;
    return `paper:${paper}`;
  }
  return undefined;
}

/** The answers on a response page, to store under the report they answer. */
export function answersToStore(page: DetectedPage, reportKey: string, now: number): StoredAnswer[] {
  return page.items
    .filter((item) => item.response?.text && item.reading.source !== 'default')
    .map((item) => ({
      key: itemKey(reportKey, item.number),
      reportKey,
      paperNumber: page.respondsTo?.paperNumber,
      number: item.number,
      reading: item.reading,
      response: item.response ?? {},
      quotedText: item.text,
      responseKey: page.report.key,
      responseUrl: page.url,
      responseTitle: page.report.title,
      seenAt: now,
    }));
}

function linked(item: DetectedItem, answer: StoredAnswer): DetectedItem {
  const match = answer.quotedText ? (textSimilarity(answer.quotedText, item.text) >= CONFIRMED ? 'confirmed' : 'mismatch') : 'unchecked';
  return {
    ...item,
    reading: answer.reading,
    response: answer.response,
    link: { responseUrl: answer.responseUrl, responseTitle: answer.responseTitle, match },
  };
}

/**
 * A report page with the stored answers applied: each recommendation the response answered shows
 * that answer's status and summary, and whether the quoted text confirms the number.
 * A status the page itself gives (a tracker) is never replaced.
 */
export function applyAnswers(page: DetectedPage, answers: readonly StoredAnswer[]): DetectedPage {
  if (answers.length === 0 || page.kind !== 'report') return page;
  const byNumber = new Map(answers.map((answer) => [answer.number, answer]));
  return {
    ...page,
    items: page.items.map((item) => {
      // Body-paragraph and selection numbers are not recommendation numbers.
      const answer = item.numbering === 'selection' || item.numbering === 'paragraph' ? undefined : byNumber.get(item.number);
      return answer && item.reading.source === 'default' ? linked(item, answer) : item;
    }),
  };
}
