import type { Status } from '../../utils/model/statuses';
import type { CaseScore } from './score';

/** One evaluated case: its score, which adapter read it ('none' when none claimed the URL) and how long detection took. */
export interface CaseOutcome {
  name: string;
  adapter: string;
  score: CaseScore;
  /** Milliseconds spent in detection (what the content script spends), not in parsing. */
  ms: number;
}

/** The figures `npm run eval -- --json` prints; a ratio over nothing is `null`, not a made-up 0 or 1. */
export interface Totals {
  cases: number;
  items: number;
  found: number;
  falsePositives: number;
  recall: number | null;
  precision: number | null;
  statusItems: number;
  statusAccuracy: number | null;
  macroF1: number | null;
  ms: number;
}

export interface Confusion {
  gold: Status;
  predicted: Status;
  count: number;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * Macro-averaged F1 over the statuses present in the gold labels: for each such status, F1 of
 * "predicted this status" against "gold is this status"; then the plain mean. `null` with no pairs.
 */
export function macroF1(pairs: readonly (readonly [Status, Status])[]): number | null {
  const golds = [...new Set(pairs.map(([gold]) => gold))];
  if (!golds.length) return null;
  const scores = golds.map((status) => {
    const truePositives = pairs.filter(([gold, got]) => gold === status && got === status).length;
    const predicted = pairs.filter(([, got]) => got === status).length;
    const actual = pairs.filter(([gold]) => gold === status).length;
    const precision = predicted ? truePositives / predicted : 0;
    const recall = actual ? truePositives / actual : 0;
    return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  });
  return scores.reduce((sum, f1) => sum + f1, 0) / scores.length;
}

/** Wrong status readings grouped as gold → predicted, most frequent first. */
export function confusionPairs(pairs: readonly (readonly [Status, Status])[]): Confusion[] {
  const counts = new Map<string, Confusion>();
  for (const [gold, predicted] of pairs) {
    if (gold === predicted) continue;
    const key = `${gold}>${predicted}`;
    const entry = counts.get(key) ?? { gold, predicted, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted));
}

/** Sum the cases into the DESIGN.md figures. */
export function totalsOf(outcomes: readonly CaseOutcome[]): Totals {
  let items = 0;
  let found = 0;
  let falsePositives = 0;
  let statusItems = 0;
  let statusCorrect = 0;
  let ms = 0;
  const pairs: [Status, Status][] = [];
  for (const { score, ms: caseMs } of outcomes) {
    items += score.expected;
    found += score.found;
    falsePositives += score.falsePositives.length;
    statusItems += score.statusItems;
    statusCorrect += score.statusCorrect;
    pairs.push(...score.statusPairs);
    ms += caseMs;
  }
  return {
    cases: outcomes.length,
    items,
    found,
    falsePositives,
    recall: ratio(found, items),
    precision: ratio(found, found + falsePositives),
    statusItems,
    statusAccuracy: ratio(statusCorrect, statusItems),
    macroF1: macroF1(pairs),
    ms,
  };
}

/** The same totals for each adapter id, adapters in first-seen order. */
export function totalsByAdapter(outcomes: readonly CaseOutcome[]): Record<string, Totals> {
  const groups = new Map<string, CaseOutcome[]>();
  for (const outcome of outcomes) groups.set(outcome.adapter, [...(groups.get(outcome.adapter) ?? []), outcome]);
  return Object.fromEntries([...groups].map(([adapter, group]) => [adapter, totalsOf(group)]));
}

const round = (value: number | null, digits: number): number | null => (value === null ? null : Number(value.toFixed(digits)));

/** Totals with ratios to 4 decimals and time to 0.1 ms, for printing. */
export function rounded(totals: Totals): Totals {
  return {
    ...totals,
    recall: round(totals.recall, 4),
    precision: round(totals.precision, 4),
    statusAccuracy: round(totals.statusAccuracy, 4),
    macroF1: round(totals.macroF1, 4),
    ms: round(totals.ms, 1) ?? 0,
  };
}

/** The `--json` line: the totals, plus `perAdapter` with the same figures per adapter id. */
export function summaryJson(outcomes: readonly CaseOutcome[]): string {
  return JSON.stringify(summaryObject(outcomes));
}

/** What `summaryJson` prints, as an object (the `--variants` run adds `shapes` to it). */
export function summaryObject(outcomes: readonly CaseOutcome[]): Totals & { perAdapter: Record<string, Totals> } {
  const perAdapter = Object.fromEntries(Object.entries(totalsByAdapter(outcomes)).map(([id, totals]) => [id, rounded(totals)]));
  return { ...rounded(totalsOf(outcomes)), perAdapter };
}
