import { normalizeSpace, textOf } from './detect/text';
import { textSimilarity } from './link';
import type { DetectedPage, ReportIdentity } from './model/model';
import { parsePublicationsUrl } from './report-key';
import { lookUpResponses, publicationIdFromUrl, type ApiResponseDocument, type GetJson } from './committees-api/lookup';
import { factsFromLookup, factsFromPages, type StoredResponse } from './committees-api/facts';
import { isPdfUrl } from './pdf/pdf-links';

/** Hosts "Find the government response" may fetch from (host permissions in the manifest). */
export const RESPONSE_HOSTS = ['publications.parliament.uk', 'committees.parliament.uk', 'www.gov.uk'] as const;
/**
 * Beyond those, PDFs only: Command Papers and Treasury Minutes, which gov.uk's publication pages
 * link to (host permission given for the PDF viewer already).
 */
export const PDF_RESPONSE_HOSTS = ['assets.publishing.service.gov.uk'] as const;
export const MAX_FETCHES = 6;

const RESPONSE_WORDS = /\bgovernment(?:['’]s)?\s+response\b/i;
const INQUIRY_PUBLICATIONS = /^\/work\/(\d+)\/([^/]+)\/publications\//;
const COMMITTEE_PUBLICATIONS = /^\/committee\/(\d+)\/([^/]+)\//;

export function isResponseHost(url: URL): boolean {
  return url.protocol === 'https:' && (RESPONSE_HOSTS as readonly string[]).includes(url.hostname);
}

export function isPdfResponseHost(url: URL): boolean {
  return url.protocol === 'https:' && (PDF_RESPONSE_HOSTS as readonly string[]).includes(url.hostname);
}

/** A link "Find the government response" may follow: a page of the listed hosts, or a PDF of the PDF hosts. */
export function isResponseLink(url: URL): boolean {
  return isResponseHost(url) || (isPdfResponseHost(url) && isPdfUrl(url));
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
    if (!isResponseLink(url) || url.href === pageUrl.href) continue;
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
    if (!isResponseLink(url) || !RESPONSE_WORDS.test(`${text} ${context}`)) continue;
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

/** A page as fetched, or a PDF as read in the background (its reading, when it has one). */
export type FetchResult =
  { ok: true; url: string; html: string } | { ok: true; url: string; pdf: { page?: DetectedPage } } | { ok: false; message: string };
/** Beside every outcome: what is known about the response's deadline, and why Parliament's data could not be read. */
interface FindExtras {
  response?: StoredResponse;
  apiProblem?: string;
}
export type FindResult =
  | ({ kind: 'found'; url: string; title?: string; answered: number; via?: 'api' | 'pages' } & FindExtras)
  | ({ kind: 'none'; looked: number } & FindExtras)
  | ({ kind: 'failed'; message: string } & FindExtras);

export interface FindResponseOptions {
  doc: Document;
  pageUrl: URL;
  report: ReportIdentity;
  fetchDocument: (url: string) => Promise<FetchResult>;
  parse: (html: string) => Document;
  detect: (doc: Document, url: URL) => DetectedPage | undefined;
  /** Store a found response's answers; answers how many were stored. */
  record: (page: DetectedPage) => Promise<number>;
  /** Parliament's Committees API (one GET of a path); without it only the committee pages are followed. */
  getApiJson?: GetJson;
  /** Keep what was learnt about the response (deadline, answers) on the report's record; answers what is kept. */
  recordFacts?: (facts: StoredResponse) => Promise<StoredResponse>;
  /** The clock (ms), for when the facts were checked. */
  now?: number;
}

/** A fetched document's reading, and the parsed page (HTML only) whose links may be followed. */
function readFetched(
  result: { url: string; html: string } | { url: string; pdf: { page?: DetectedPage } },
  { parse, detect }: Pick<FindResponseOptions, 'parse' | 'detect'>,
): { page: DetectedPage | undefined; doc?: Document } {
  if ('pdf' in result) return { page: result.pdf.page };
  const doc = parse(result.html);
  return { page: detect(doc, new URL(result.url)), doc };
}

/**
 * The response documents the API names, read with the same adapters (web pages first, then PDFs,
 * read in the background): a document the API gives as this report's response answers this
 * report, whatever it names.
 */
async function readApiResponses(
  responses: readonly ApiResponseDocument[],
  options: FindResponseOptions,
): Promise<{ answered: number; url?: string; title?: string }> {
  const { report, pageUrl, fetchDocument, record } = options;
  let fetched = 0;
  for (const response of responses) {
    for (const link of [...response.htmlUrls, ...response.pdfUrls]) {
      if (fetched >= MAX_FETCHES || !isResponseLink(new URL(link))) continue;
      fetched++;
      const result = await fetchDocument(link);
      if (!result.ok) continue;
      const { page } = readFetched(result, options);
      if (!page || page.kind !== 'response' || page.items.length === 0) continue;
      const answering = answersReport(page, report)
        ? page
        : { ...page, respondsTo: { ...page.respondsTo, url: pageUrl.href, paperNumber: report.paperNumber, title: report.title } };
      const answered = await record(answering);
      if (answered > 0) return { answered, url: result.url, title: page.report.title ?? response.title };
    }
  }
  return { answered: 0 };
}

/**
 * "Find the government response": Parliament's Committees API first (when given), which names the
 * response exactly and gives its deadline; else, or when the API has nothing or cannot be read,
 * the committee pages as before. Says which way found it; keeps the deadline facts either way.
 */
export async function findResponse(options: FindResponseOptions): Promise<FindResult> {
  const now = options.now ?? Date.now();
  let facts: StoredResponse | undefined;
  let apiProblem: string | undefined;
  const keep = async (found: StoredResponse | undefined) => (found && options.recordFacts ? options.recordFacts(found) : found);
  if (options.getApiJson) {
    const lookup = await lookUpResponses(options.report, options.getApiJson, publicationIdFromUrl(options.pageUrl.href));
    if (lookup.kind === 'unreadable') apiProblem = lookup.message;
    facts = factsFromLookup(lookup, options.report, options.pageUrl.href, now);
    if (lookup.kind === 'answered') {
      const read = await readApiResponses(lookup.responses, options);
      const first = lookup.responses[0]!;
      const response = await keep(facts);
      return {
        kind: 'found',
        via: 'api',
        url: read.url ?? first.url ?? options.pageUrl.href,
        ...((read.title ?? first.title) ? { title: read.title ?? first.title } : {}),
        answered: read.answered,
        ...(response ? { response } : {}),
      };
    }
  }
  const pages = await followCommitteePages(options);
  if (pages.kind === 'found') {
    facts = factsFromPages(facts, { url: pages.url, ...(pages.title ? { title: pages.title } : {}) }, now);
  }
  const response = await keep(facts);
  const extras = { ...(response ? { response } : {}), ...(apiProblem ? { apiProblem } : {}) };
  return pages.kind === 'found' ? { ...pages, via: 'pages', ...extras } : { ...pages, ...extras };
}

/**
 * Follow the report's own links (and the committee's publication pages) to its government
 * response, a web page or a PDF, read it with the same reader, and store its answers. At most MAX_FETCHES pages,
 * only on the reader's click.
 */
async function followCommitteePages(options: FindResponseOptions): Promise<FindResult> {
  const { doc, pageUrl, report, fetchDocument, record } = options;
  const queue = searchStartUrls(doc, pageUrl);
  const seen = new Set<string>([pageUrl.href]);
  const failures: string[] = [];
  let fetched = 0;
  while (queue.length > 0 && fetched < MAX_FETCHES) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    fetched++;
    const result = await fetchDocument(next);
    if (!result.ok) {
      failures.push(result.message);
      continue;
    }
    const url = new URL(result.url);
    const { page, doc: fetchedDoc } = readFetched(result, options);
    if (page && answersReport(page, report)) {
      return { kind: 'found', url: url.href, title: page.report.title, answered: await record(page) };
    }
    // A listing page: its links to this report's response go to the front of the queue.
    if (fetchedDoc) queue.unshift(...responseLinksIn(fetchedDoc, url, report).filter((link) => !seen.has(link)));
  }
  if (fetched > 0 && failures.length === fetched) return { kind: 'failed', message: failures[0]! };
  return { kind: 'none', looked: fetched };
}
