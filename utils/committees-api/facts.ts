import { z } from 'zod';
import { deadlineRuleFor, estimatedDeadline, knownAnswerSchema, responseFactsSchema, type KnownAnswer } from './deadline';
import type { ApiLookup } from './lookup';

/*
 * What a report's record keeps about its government response (pure: no database here): the facts
 * the deadline state is computed from on each read (so "overdue by N days" is never stale), where
 * they came from, and the due date as an indexed field for the library's "overdue" filter.
 */

export const responseSourceSchema = z.enum([
  /** Parliament's Committees API. */
  'api',
  /** Today's page-following search (committee pages). */
  'pages',
  /** Only the report page itself: an estimate from its publication date. */
  'page',
]);
export type ResponseSource = z.infer<typeof responseSourceSchema>;

export const storedResponseSchema = responseFactsSchema.extend({
  source: responseSourceSchema,
  /** When it was last checked (ms). */
  checkedAt: z.number().int(),
  /** The report's id in the Committees API. */
  apiPublicationId: z.number().int().optional(),
});
export type StoredResponse = z.infer<typeof storedResponseSchema>;

/** The identity fields the facts are estimated from. */
interface ReportLike {
  house?: string;
  published?: string;
}

/** From the report page alone: the rule of its parliament and its publication date (an estimate, or nothing). */
export function estimateFromPage(report: ReportLike, pageUrl: string, now: number): StoredResponse | undefined {
  const rule = deadlineRuleFor(pageUrl, report.house);
  if (!rule || !report.published) return undefined;
  return { source: 'page', checkedAt: now, rule, published: report.published, answers: [] };
}

/** From the Committees API's answer (with the page's estimate kept as the fallback rule and date). */
export function factsFromLookup(lookup: ApiLookup, report: ReportLike, pageUrl: string, now: number): StoredResponse | undefined {
  if (lookup.kind !== 'answered' && lookup.kind !== 'unanswered') return undefined;
  const rule = deadlineRuleFor(pageUrl, report.house) ?? 'uk';
  const facts = lookup.report;
  const published = report.published ?? facts.published;
  const answers: KnownAnswer[] =
    lookup.kind === 'answered'
      ? lookup.responses.map(({ date, paper, url, title }) => knownAnswerSchema.parse({ date, paper, url, title }))
      : [];
  return {
    source: 'api',
    checkedAt: now,
    rule,
    ...(published ? { published } : {}),
    ...(facts.deadline ? { deadline: facts.deadline } : {}),
    ...(facts.excepted ? { excepted: true } : {}),
    answers,
    apiPublicationId: facts.publicationId,
  };
}

/** An answer found by following the committee pages (no date known), over what the API said, if anything. */
export function factsFromPages(previous: StoredResponse | undefined, answer: KnownAnswer, now: number): StoredResponse {
  return mergeResponse(previous, { source: 'pages', checkedAt: now, answers: [answer] });
}

/**
 * The indexed due date: the deadline (Parliament's or estimated) while no answer is known and one
 * is expected; empty otherwise (an empty string, so the row stays in the index and sorts first).
 */
export function responseDueOf(facts: StoredResponse | undefined): string {
  if (!facts || facts.answers.length > 0 || facts.excepted) return '';
  if (facts.deadline) return facts.deadline;
  return facts.rule && facts.published ? estimatedDeadline(facts.rule, facts.published) : '';
}

/**
 * Facts learnt now, merged over what was stored: the API's word replaces an estimate; an estimate
 * never replaces better facts; answers found by following pages are added to what is known.
 */
export function mergeResponse(stored: StoredResponse | undefined, next: StoredResponse): StoredResponse {
  if (!stored) return next;
  const union = (a: KnownAnswer[], b: KnownAnswer[]) => [...a, ...b.filter((x) => !a.some((y) => y.url === x.url))];
  switch (next.source) {
    case 'page':
      return stored.source === 'page' ? next : stored;
    case 'api':
      return { ...next, answers: union(next.answers, stored.source === 'pages' ? stored.answers : []) };
    case 'pages':
      return {
        ...stored,
        source: stored.source === 'api' ? 'api' : 'pages',
        checkedAt: next.checkedAt,
        answers: union(stored.answers, next.answers),
      };
  }
}

/**
 * The v3 → v4 step for a stored report row, pure: a row without response facts gets the page's
 * estimate (and `responseDue`); a row that has them, or is not a report row, is returned as it is.
 * Input is not mutated; running it again changes nothing.
 */
export function withEstimatedResponse(row: unknown, now: number): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  const record = row as { url?: unknown; house?: unknown; published?: unknown; response?: unknown };
  if (record.response !== undefined || typeof record.url !== 'string') return row;
  const estimate = estimateFromPage(
    {
      house: typeof record.house === 'string' ? record.house : undefined,
      published: typeof record.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record.published) ? record.published : undefined,
    },
    record.url,
    now,
  );
  return estimate ? { ...row, response: estimate, responseDue: responseDueOf(estimate) } : { ...row, responseDue: '' };
}
