import { errorMessage } from '../errors';
import type { z } from 'zod';
import type { ReportIdentity } from '../model/model';
import type { KnownAnswer } from './deadline';
import { publicationListSchema, publicationSchema, type Publication, type PublicationSummary } from './schema';

/*
 * From a report to its government response(s) through Parliament's Committees API. Pure: every
 * request goes through `getJson`, given by the caller (the background's bounded fetch in the
 * extension, fixtures in tests). Bounded: at most MAX_API_REQUESTS requests per lookup.
 *
 * 1. GET /api/Publications?PaperNumbers=…(&StartDate/EndDate around the report's date): the
 *    report's publication, matched by house and paper number (and date, committee when several).
 * 2. GET /api/Publications/{id}: its `governmentResponses` (deadline, excepted, the responses).
 * 3. No response listed there: the committee's publications since the report, for one whose
 *    `responseToPublicationId` is the report.
 * 4. GET /api/Publications/{responseId} for each response's documents (HTML and PDF links).
 */

export const API_ORIGIN = 'https://committees-api.parliament.uk';
export const MAX_API_REQUESTS = 8;
/** Pages of a list read before giving up (deep unfiltered paging has been seen to fail with HTTP 500). */
export const MAX_LIST_PAGES = 3;
export const PAGE_SIZE = 30;
const MAX_RESPONSES = 3;
/** How far (days) a listed publication date may be from the date the report page prints. */
const DATE_SLACK_DAYS = 10;

/** One GET's outcome, as the caller's transport reports it. */
export type ApiReply = { ok: true; json: unknown } | { ok: false; status?: number; message: string };
export type GetJson = (path: string) => Promise<ApiReply>;

/** A government response as the API lists it, with where to read it. */
export interface ApiResponseDocument extends KnownAnswer {
  publicationId: number;
  /** HTML documents to read (with today's reader). */
  htmlUrls: string[];
  /** PDF documents (linked; read once the PDF reader lands). */
  pdfUrls: string[];
}

export interface ApiReportFacts {
  publicationId: number;
  published?: string;
  deadline?: string;
  excepted?: boolean;
}

export type ApiLookup =
  | { kind: 'answered'; report: ApiReportFacts; responses: ApiResponseDocument[] }
  | { kind: 'unanswered'; report: ApiReportFacts }
  | { kind: 'not-listed'; reason: string }
  | { kind: 'unreadable'; message: string };

/** "HC 304" → { house: commons, number: "304" }; "HL Paper 9" → lords, "9". */
export function parsePaperNumber(paper: string | undefined): { house: 'commons' | 'lords'; number: string } | undefined {
  const match = /^\s*(HC|HL)\s*(?:Paper\s*)?(\d+[A-Za-z-]*(?:-[IVX]+)?)\s*$/i.exec(paper ?? '');
  if (!match) return undefined;
  return { house: match[1]!.toUpperCase() === 'HC' ? 'commons' : 'lords', number: match[2]! };
}

const sameNumber = (a: string | null | undefined, b: string) =>
  (a ?? '')
    .replace(/^\s*(?:HC|HL)\s*(?:Paper\s*)?/i, '')
    .trim()
    .toLowerCase() === b.toLowerCase();

const dayOf = (dateTime: string | null | undefined) => (dateTime ? dateTime.slice(0, 10) : undefined);

function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const normalName = (name: string | null | undefined) =>
  (name ?? '')
    .toLowerCase()
    .replace(/\b(?:the|committee|select|house of (?:commons|lords))\b/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** The report among listed publications: same house and paper number, not itself a response; the nearest date, the same committee, when several. */
export function pickReport(items: readonly Publication[], report: ReportIdentity): Publication | 'ambiguous' | undefined {
  const paper = parsePaperNumber(report.paperNumber);
  if (!paper) return undefined;
  let candidates = items.filter(
    (item) =>
      sameNumber(paper.house === 'commons' ? item.hcNumber?.number : item.hlPaper?.number, paper.number) &&
      item.responseToPublicationId == null &&
      item.type?.governmentCanRespond !== false,
  );
  if (report.published) {
    const near = candidates.filter((item) => {
      const day = dayOf(item.publicationStartDate);
      return day !== undefined && dayDistance(day, report.published!) <= DATE_SLACK_DAYS;
    });
    if (near.length > 0) candidates = near;
  }
  if (candidates.length > 1 && report.committee) {
    const mine = candidates.filter((item) => normalName(item.committee?.name) === normalName(report.committee));
    if (mine.length > 0) candidates = mine;
  }
  if (candidates.length > 1) return 'ambiguous';
  return candidates[0];
}

/** A response's paper number: a Command Paper named in its description ("CP 1240", "Cm 9876"), else its HC / HL number. */
export function responsePaper(publication: PublicationSummary): string | undefined {
  const text = `${publication.description ?? ''} ${publication.additionalContentUrl ?? ''}`;
  const command = /\b(CP|Cm|Cmnd)\.?\s?(\d{2,5})\b/.exec(text);
  if (command) return `${command[1]} ${command[2]}`;
  if (publication.hcNumber?.number) return `HC ${publication.hcNumber.number}`;
  if (publication.hlPaper?.number) return `HL Paper ${publication.hlPaper.number}`;
  return undefined;
}

function httpsUrl(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Where a publication's documents can be read: HTML files first (and an additional content page), PDFs apart. */
export function documentLinks(publication: PublicationSummary): { htmlUrls: string[]; pdfUrls: string[]; pageUrl: string } {
  const htmlUrls: string[] = [];
  const pdfUrls: string[] = [];
  for (const document of publication.documents ?? []) {
    for (const file of document.files ?? []) {
      const url =
        httpsUrl(file.url) ?? `https://committees.parliament.uk/publications/${publication.id}/documents/${document.documentId}/default/`;
      const isPdf = file.fileDataFormat === 'Pdf' || /\.pdf$/i.test(file.fileName ?? '');
      if (file.fileDataFormat === 'Html' || /\.html?$/i.test(file.fileName ?? '')) htmlUrls.push(url);
      else if (isPdf) pdfUrls.push(url);
    }
  }
  for (const extra of [publication.additionalContentUrl, publication.additionalContentUrl2]) {
    const url = httpsUrl(extra);
    if (url && !/\.pdf(?:$|\?)/i.test(url)) htmlUrls.push(url);
    else if (url) pdfUrls.push(url);
  }
  return {
    htmlUrls: [...new Set(htmlUrls)],
    pdfUrls: [...new Set(pdfUrls)],
    pageUrl: `https://committees.parliament.uk/publications/${publication.id}/`,
  };
}

function toResponseDocument(publication: PublicationSummary): ApiResponseDocument {
  const { htmlUrls, pdfUrls, pageUrl } = documentLinks(publication);
  const date = dayOf(publication.publicationStartDate);
  const paper = responsePaper(publication);
  return {
    publicationId: publication.id,
    ...(date ? { date } : {}),
    ...(paper ? { paper } : {}),
    ...(publication.description ? { title: publication.description } : {}),
    url: htmlUrls[0] ?? pdfUrls[0] ?? pageUrl,
    htmlUrls,
    pdfUrls,
  };
}

class Unreadable extends Error {}

/** `getJson` with a request budget and a schema: an unexpected reply or shape becomes `Unreadable`. */
function budgeted(getJson: GetJson) {
  let used = 0;
  return async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
    if (++used > MAX_API_REQUESTS) throw new Unreadable(`more than ${MAX_API_REQUESTS} requests would be needed`);
    const reply = await getJson(path);
    if (!reply.ok) throw new Unreadable(reply.status ? `${path.split('?')[0]} answered HTTP ${reply.status}` : reply.message);
    const parsed = schema.safeParse(reply.json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Unreadable(
        `${path.split('?')[0]}: unexpected data${issue ? ` at ${issue.path.join('.') || 'the top'} (${issue.message})` : ''}`,
      );
    }
    return parsed.data;
  };
}

function listPath(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return `/api/Publications?${params.toString()}`;
}

/** A committees.parliament.uk publication page's publication id (`/publications/<id>/…`): the API's id for it. */
export function publicationIdFromUrl(pageUrl: string): number | undefined {
  try {
    const url = new URL(pageUrl);
    const match = url.hostname === 'committees.parliament.uk' ? /^\/publications\/(\d{1,9})(?:\/|$)/.exec(url.pathname) : null;
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Look the report up in the API and follow it to its responses. Never throws. On a
 * committees.parliament.uk publication page, `publicationId` (from its URL) names the report
 * directly; elsewhere it is found by its paper number.
 */
export async function lookUpResponses(report: ReportIdentity, getJson: GetJson, publicationId?: number): Promise<ApiLookup> {
  const paper = parsePaperNumber(report.paperNumber);
  if (!paper && publicationId === undefined) {
    return { kind: 'not-listed', reason: 'This report has no House of Commons or House of Lords paper number to look up.' };
  }
  const get = budgeted(getJson);
  try {
    // 1. The report, by paper number (and a window around its date, which keeps the list short).
    let found: Publication | 'ambiguous' | undefined;
    for (let page = 0; paper && publicationId === undefined && page < MAX_LIST_PAGES && found === undefined; page++) {
      const list = await get(
        listPath({
          PaperNumbers: paper.number,
          StartDate: report.published ? shiftDay(report.published, -DATE_SLACK_DAYS) : undefined,
          EndDate: report.published ? shiftDay(report.published, DATE_SLACK_DAYS) : undefined,
          Skip: page * PAGE_SIZE,
          Take: PAGE_SIZE,
        }),
        publicationListSchema,
      );
      found = pickReport(list.items, report);
      const seen = page * PAGE_SIZE + list.items.length;
      if (found !== undefined || list.items.length === 0 || seen >= (list.totalResults ?? 0)) break;
    }
    if (publicationId === undefined && found === undefined) {
      return { kind: 'not-listed', reason: `Parliament's data lists no report ${report.paperNumber}.` };
    }
    if (found === 'ambiguous') return { kind: 'not-listed', reason: `Parliament's data lists several reports ${report.paperNumber}.` };

    // 2. The report itself: its deadline and the responses listed on it.
    const full = await get(`/api/Publications/${found?.id ?? publicationId}`, publicationSchema);
    if (full.responseToPublicationId != null) return { kind: 'not-listed', reason: 'This publication is itself a response.' };
    const answers = full.governmentResponses;
    const published = dayOf(full.publicationStartDate);
    const deadline = dayOf(answers?.responseDeadline);
    const facts: ApiReportFacts = {
      publicationId: full.id,
      ...(published ? { published } : {}),
      ...(deadline ? { deadline } : {}),
      ...(answers?.responseExcepted ? { excepted: true } : {}),
    };
    let listed: PublicationSummary[] = [...(answers?.publication ?? [])];

    // 3. None listed: a publication of the committee that names this report as the one it answers.
    const committeeId = full.committee?.id ?? found?.committee?.id;
    if (listed.length === 0 && !facts.excepted && committeeId !== undefined && published) {
      const since = await get(listPath({ CommitteeId: committeeId, StartDate: published, Take: PAGE_SIZE }), publicationListSchema);
      listed = since.items.filter((item) => item.responseToPublicationId === full.id);
    }
    if (listed.length === 0) return { kind: 'unanswered', report: facts };

    // 4. Each response's documents (a summary may already carry them).
    const responses: ApiResponseDocument[] = [];
    for (const summary of listed.slice(0, MAX_RESPONSES)) {
      const withDocuments =
        (summary.documents ?? []).length > 0 ? summary : await get(`/api/Publications/${summary.id}`, publicationSchema);
      responses.push(toResponseDocument(withDocuments));
    }
    responses.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    return { kind: 'answered', report: facts, responses };
  } catch (error) {
    if (error instanceof Unreadable) return { kind: 'unreadable', message: error.message };
    return { kind: 'unreadable', message: errorMessage(error) };
  }
}
