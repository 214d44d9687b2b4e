import { z } from 'zod';

/*
 * When a government response to a committee report is due, and whether it is late. Pure: dates in,
 * a state out; "today" is a parameter. Dates are ISO calendar days (`YYYY-MM-DD`), counted in UTC.
 *
 * Rules (shared/DOMAIN.md): UK Commons and Lords select committees, two months; Australia, Senate
 * three months and House six months; Canada, 120 days when the committee asks for a response; New
 * Zealand, 60 working days. Only a deadline Parliament's own data gives (`responseDeadline`) is
 * exact; every other one is an estimate and says so.
 */

export const deadlineRuleSchema = z.enum(['uk', 'au-senate', 'au-house', 'ca', 'nz']);
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;

/** A published answer to the report. */
export const knownAnswerSchema = z.object({
  /** When it was published (ISO date). */
  date: z.iso.date().optional(),
  /** Its paper number: "CP 1240", "HC 932". */
  paper: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
});
export type KnownAnswer = z.infer<typeof knownAnswerSchema>;

/** What is known about a report's response, as stored on its record. */
export const responseFactsSchema = z.object({
  rule: deadlineRuleSchema.optional(),
  /** The report's publication date (ISO). */
  published: z.iso.date().optional(),
  /** Parliament's own deadline (the API's `responseDeadline`). */
  deadline: z.iso.date().optional(),
  /** Parliament says no response is expected (the API's `responseExcepted`). */
  excepted: z.boolean().optional(),
  answers: z.array(knownAnswerSchema).default([]),
});
export type ResponseFacts = z.input<typeof responseFactsSchema>;

export type DeadlineState =
  | { kind: 'answered'; answers: KnownAnswer[] }
  | { kind: 'not-expected' }
  | { kind: 'due'; due: string; estimated: boolean; rule?: DeadlineRule }
  | { kind: 'overdue'; due: string; days: number; estimated: boolean; rule?: DeadlineRule }
  | { kind: 'unknown' };

const DAY_MS = 86_400_000;

function utcDay(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `iso` plus `months` calendar months; a day past the month's end falls on its last day (31 Dec + 2 months = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const date = new Date(utcDay(iso));
  const day = date.getUTCDate();
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return isoOf(target.getTime());
}

export function addDays(iso: string, days: number): string {
  return isoOf(utcDay(iso) + days * DAY_MS);
}

/** `iso` plus `days` working days (Monday to Friday; public holidays are not known here, so the result is early by those). */
export function addWorkingDays(iso: string, days: number): string {
  let at = utcDay(iso);
  let left = days;
  while (left > 0) {
    at += DAY_MS;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return isoOf(at);
}

/** The estimated deadline under a parliament's rule, from the report's publication date. */
export function estimatedDeadline(rule: DeadlineRule, published: string): string {
  switch (rule) {
    case 'uk':
      return addMonths(published, 2);
    case 'au-senate':
      return addMonths(published, 3);
    case 'au-house':
      return addMonths(published, 6);
    case 'ca':
      return addDays(published, 120);
    case 'nz':
      return addWorkingDays(published, 60);
  }
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/**
 * The state of a report's response on `today`: answered (with the answers), not expected, due on a
 * date, overdue by N days (the day after the deadline is one day overdue), or unknown (no date).
 */
export function deadlineState(facts: ResponseFacts, today: string): DeadlineState {
  const answers = facts.answers ?? [];
  if (answers.length > 0) return { kind: 'answered', answers: [...answers].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')) };
  if (facts.excepted) return { kind: 'not-expected' };
  const exact = facts.deadline;
  const due = exact ?? (facts.rule && facts.published ? estimatedDeadline(facts.rule, facts.published) : undefined);
  if (!due) return { kind: 'unknown' };
  const estimated = exact === undefined;
  const rule = estimated ? facts.rule : undefined;
  const late = daysBetween(due, today);
  return late > 0
    ? { kind: 'overdue', due, days: late, estimated, ...(rule ? { rule } : {}) }
    : { kind: 'due', due, estimated, ...(rule ? { rule } : {}) };
}

/**
 * Which rule applies to a report, from where it is published and its house: UK Parliament (Commons,
 * Lords, joint committees), Australia (Senate or House, by the committee's path), Canada, New
 * Zealand. Nothing for parliaments whose rule the domain notes do not give (Scotland, Wales…).
 */
export function deadlineRuleFor(pageUrl: string, house?: string): DeadlineRule | undefined {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return undefined;
  }
  const host = url.hostname;
  if (host === 'publications.parliament.uk' || host === 'committees.parliament.uk') return 'uk';
  if (host === 'www.aph.gov.au') {
    if (/\/Senate(?:\/|_)/i.test(url.pathname)) return 'au-senate';
    if (/\/House(?:\/|_)/i.test(url.pathname)) return 'au-house';
    return undefined;
  }
  if (host === 'www.ourcommons.ca') return 'ca';
  if (host === 'www.parliament.nz') return 'nz';
  return house === 'commons' || house === 'lords' ? 'uk' : undefined;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "14 March 2026". */
export function formatDay(iso: string): string {
  return LONG_DATE.format(new Date(utcDay(iso)));
}

const RULE_WORDS: Record<DeadlineRule, string> = {
  uk: 'two months after publication',
  'au-senate': 'three months after tabling (Senate)',
  'au-house': 'six months after tabling (House)',
  ca: '120 days, if the committee asked for a response',
  nz: '60 working days',
};

/** How an estimate was made, for a tooltip or a line under the state. */
export function ruleWords(rule: DeadlineRule): string {
  return RULE_WORDS[rule];
}

/** The state in words: "Response due 14 March 2026 (estimated)", "Response overdue by 41 days", "Not expected", "Answered on 3 February 2026 (CP 1240)". */
export function deadlineText(state: DeadlineState): string {
  switch (state.kind) {
    case 'answered': {
      const first = state.answers[0]!;
      const paper = first.paper ? ` (${first.paper})` : '';
      return first.date ? `Answered on ${formatDay(first.date)}${paper}` : `Answered${paper}`;
    }
    case 'not-expected':
      return 'Response not expected';
    case 'due':
      return `Response due ${formatDay(state.due)}${state.estimated ? ' (estimated)' : ''}`;
    case 'overdue':
      return `Response overdue by ${state.days} ${state.days === 1 ? 'day' : 'days'}${state.estimated ? ' (estimated)' : ''}`;
    case 'unknown':
      return 'Response date unknown';
  }
}

/** Short form for a table cell: "answered", "due 14 Mar 2026", "overdue 41 days", with "est." where estimated. */
export function deadlineCell(state: DeadlineState): string {
  const est = (estimated: boolean) => (estimated ? ' (est.)' : '');
  switch (state.kind) {
    case 'answered':
      return `answered${state.answers[0]?.paper ? ` (${state.answers[0].paper})` : ''}`;
    case 'not-expected':
      return 'not expected';
    case 'due':
      return `due ${formatDay(state.due)}${est(state.estimated)}`;
    case 'overdue':
      return `overdue ${state.days} ${state.days === 1 ? 'day' : 'days'}${est(state.estimated)}`;
    case 'unknown':
      return '';
  }
}

/** Today's ISO date from a clock reading. */
export function todayOf(now: number): string {
  return isoOf(now);
}
