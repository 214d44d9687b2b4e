import { normalizeSpace, textOf } from './detect/text';
import { textSimilarity } from './link';
import type { DetectedPage, ReportIdentity } from './model';
import { parsePublicationsUrl } from './report-key';

/** Hosts "Find the government response" may fetch from (host permissions in the manifest). */
export const RESPONSE_HOSTS = ['publications.parliament.uk', 'committees.parliament.uk', 'www.gov.uk'] as const;
export const MAX_FETCHES = 6;

const RESPONSE_WORDS = /\bgovernment(?:['’]s)?\s+response\b/i;
const INQUIRY_PUBLICATIONS = /^\/work\/(\d+)\/([^/]+)\/publications\//;
const COMMITTEE_PUBLICATIONS = /^\/committee\/(\d+)\/([^/]+)\//;

export function isResponseHost(url: URL): boolean {
  return url.protocol === 'https:' && (RESPONSE_HOSTS as readonly string[]).includes(url.hostname);
}

function linksOf(doc: Document, base: URL): { url: URL; text: string; context: string }[] {
  const out: { url: URL; text: string; context: string }[] = [];
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    try {
      const url = new URL(a.getAttribute('href') ?? '', base);
      url.hash = '';
      const holder = a.closest('li, article, .card, tr, p, div') ?? a;
      out.push({ url, text: textOf(a), context: textOf(holder).slice(0, 600) });
    } catch {
      // A malformed link: not a candidate.
    }
  }
  return out;
}

/**
 * Where to look, from the report page itself, in order: links that say "Government response",
 * then the inquiry's publications page and the committee's publications page on
 * committees.parliament.uk (which list a report's response).
 */
export function searchStartUrls(doc: Document, pageUrl: URL): string[] {
  const direct: string[] = [];
  const inquiry: string[] = [];
  const committee: string[] = [];
  for (const { url, text } of linksOf(doc, pageUrl)) {
    if (!isResponseHost(url) || url.href === pageUrl.href) continue;
    if (RESPONSE_WORDS.test(text)) direct.push(url.href);
    if (url.hostname !== 'committees.parliament.uk') continue;
    const work = INQUIRY_PUBLICATIONS.exec(url.pathname);
    if (work) inquiry.push(`https://committees.parliament.uk/work/${work[1]}/${work[2]}/publications/`);
    const body = COMMITTEE_PUBLICATIONS.exec(url.pathname);
    if (body) committee.push(`https://committees.parliament.uk/committee/${body[1]}/${body[2]}/publications/`);
  }
  return [...new Set([...direct, ...inquiry, ...committee])].slice(0, MAX_FETCHES);
}

function mentionsPaper(text: string, paperNumber: string | undefined): boolean {
  if (!paperNumber) return false;
  const [prefix = '', number = ''] = normalizeSpace(paperNumber).split(' ');
  return new RegExp(`\\b${prefix}\\s*(?:Paper\\s*)?${number}\\b`, 'i').test(text);
}

/** On a listing page: links to this report's government response (by its title or paper number). */
export function responseLinksIn(doc: Document, base: URL, report: ReportIdentity): string[] {
  const found: string[] = [];
  for (const { url, text, context } of linksOf(doc, base)) {
    if (!isResponseHost(url) || !RESPONSE_WORDS.test(`${text} ${context}`)) continue;
    const aboutReport =
      mentionsPaper(text, report.paperNumber) ||
      (report.title !== undefined &&
        (normalizeSpace(text).toLowerCase().includes(report.title.toLowerCase()) || textSimilarity(text, report.title) >= 0.6));
    if (aboutReport && RESPONSE_WORDS.test(text)) found.push(url.href);
  }
  return [...new Set(found)];
}

/** Whether a page read as a response answers this report. */
export function answersReport(page: DetectedPage, report: ReportIdentity): boolean {
  if (page.kind !== 'response' || !page.respondsTo) return false;
  const ref = page.respondsTo;
  if (ref.url) {
    try {
      if (parsePublicationsUrl(new URL(ref.url))?.key === report.key) return true;
    } catch {
      // Not a URL; try the other cues.
    }
  }
  if (
    ref.paperNumber &&
    report.paperNumber &&
    normalizeSpace(ref.paperNumber).toUpperCase() === normalizeSpace(report.paperNumber).toUpperCase()
  ) {
    return true;
  }
  return Boolean(ref.title && report.title && textSimilarity(ref.title, report.title) >= 0.8);
}

export type FetchResult = { ok: true; url: string; html: string } | { ok: false; message: string };
export type FindResult =
  { kind: 'found'; url: string; title?: string; answered: number } | { kind: 'none'; looked: number } | { kind: 'failed'; message: string };

export interface FindResponseOptions {
  doc: Document;
  pageUrl: URL;
  report: ReportIdentity;
  fetchHtml: (url: string) => Promise<FetchResult>;
  parse: (html: string) => Document;
  detect: (doc: Document, url: URL) => DetectedPage | undefined;
  /** Store a found response's answers; answers how many were stored. */
  record: (page: DetectedPage) => Promise<number>;
}

/**
 * Follow the report's own links (and the committee's publication pages) to its government
 * response, read it with the same adapters, and store its answers. At most MAX_FETCHES pages,
 * only on the reader's click.
 */
export async function findResponse({ doc, pageUrl, report, fetchHtml, parse, detect, record }: FindResponseOptions): Promise<FindResult> {
  const queue = searchStartUrls(doc, pageUrl);
  const seen = new Set<string>([pageUrl.href]);
  const failures: string[] = [];
  let fetched = 0;
  while (queue.length > 0 && fetched < MAX_FETCHES) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    fetched++;
    const result = await fetchHtml(next);
    if (!result.ok) {
      failures.push(result.message);
      continue;
    }
    const url = new URL(result.url);
    const fetchedDoc = parse(result.html);
    const page = detect(fetchedDoc, url);
    if (page && answersReport(page, report)) {
      return { kind: 'found', url: url.href, title: page.report.title, answered: await record(page) };
    }
    // A listing page: its links to this report's response go to the front of the queue.
    queue.unshift(...responseLinksIn(fetchedDoc, url, report).filter((link) => !seen.has(link)));
  }
  if (fetched > 0 && failures.length === fetched) return { kind: 'failed', message: failures[0]! };
  return { kind: 'none', looked: fetched };
}
