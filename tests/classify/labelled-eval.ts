import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { classifyAnswer, collapseWhitespace, type AnswerReading } from '../../utils/classify';

/**
 * The labelled set and its scoring, shared by `labelled-set.test.ts` and the CLI
 * `npx tsx tests/classify/labelled-eval.ts` (prints accuracy and F1 per status on each part).
 * See tests/fixtures/answers/README.md for the parts: `existing` (the first set), `tune` (new
 * documents used while changing the rules) and `check` (new documents held back, measured only).
 */
export const STATUSES = ['accepted', 'partially-accepted', 'rejected', 'noted'] as const;
export type Status = (typeof STATUSES)[number];
export const SPLITS = ['existing', 'tune', 'check'] as const;
export type Split = (typeof SPLITS)[number];

export const labelledAnswerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    text: z.string().min(1),
    status: z.enum(STATUSES),
    source: z.string().min(20),
    gold: z.string().min(3),
    trap: z.string().optional(),
    recommendationNumber: z.string().optional(),
    /** The recommendation's own text, where the source prints it. */
    recommendation: z.string().optional(),
    /** True when the document's label ("Response: Supported", "Recommendation 2 – Noted") is part of `text`. */
    labelInText: z.boolean().optional(),
    /** Which part of the set: absent = `existing`; `tune` / `check` for the documents added later (README). */
    split: z.enum(['tune', 'check']).optional(),
    /** Where the text was read: repository, path and commit of the cached copy, the document and its date. */
    provenance: z
      .object({
        repository: z.string().optional(),
        path: z.string().optional(),
        commit: z
          .string()
          .regex(/^[0-9a-f]{40}$/)
          .optional(),
        document: z.string().min(5),
        date: z.string().min(4),
        url: z.string().url().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type LabelledAnswer = z.infer<typeof labelledAnswerSchema>;
export const labelledSetSchema = z.array(labelledAnswerSchema).min(1);

export function loadLabelledSet(): { raw: unknown; parsed: ReturnType<typeof labelledSetSchema.safeParse> } {
  const raw: unknown = JSON.parse(readFileSync(new URL('../fixtures/answers/labelled-answers.json', import.meta.url), 'utf8'));
  return { raw, parsed: labelledSetSchema.safeParse(raw) };
}

export const splitOf = (a: LabelledAnswer): Split => a.split ?? 'existing';

export interface Scored {
  answer: LabelledAnswer;
  reading: AnswerReading;
}

export function readAll(set: LabelledAnswer[]): Scored[] {
  return set.map((answer) => ({ answer, reading: classifyAnswer(answer.text, { recommendationNumber: answer.recommendationNumber }) }));
}

export interface Scores {
  n: number;
  accuracy: number;
  /** Mean F1 over the statuses that occur in the part (as gold or as a reading). */
  macroF1: number;
  /** F1 per status; undefined where the status occurs neither as gold nor as a reading. */
  f1: Partial<Record<Status, number>>;
  confusion: Record<Status, Record<Status, number>>;
}

export function score(readings: Scored[]): Scores {
  const confusion = Object.fromEntries(STATUSES.map((g) => [g, Object.fromEntries(STATUSES.map((p) => [p, 0]))])) as Record<
    Status,
    Record<Status, number>
  >;
  for (const { answer, reading } of readings) confusion[answer.status][reading.status] += 1;
  const f1: Partial<Record<Status, number>> = {};
  for (const s of STATUSES) {
    const tp = confusion[s][s];
    const predicted = STATUSES.reduce((n, g) => n + confusion[g][s], 0);
    const actual = STATUSES.reduce((n, p) => n + confusion[s][p], 0);
    if (predicted === 0 && actual === 0) continue;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = actual === 0 ? 0 : tp / actual;
    f1[s] = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  const present = Object.values(f1);
  const correct = readings.filter(({ answer, reading }) => answer.status === reading.status).length;
  return {
    n: readings.length,
    accuracy: readings.length === 0 ? 0 : correct / readings.length,
    macroF1: present.length === 0 ? 0 : present.reduce((a, b) => a + b, 0) / present.length,
    f1,
    confusion,
  };
}

const fmt = (x: number | undefined) => (x === undefined ? '  –  ' : x.toFixed(3));

/** One line per part: n, accuracy, macro-F1 and F1 per status; then the misreadings if asked. */
export function report(readings: Scored[], { misreads = false }: { misreads?: boolean } = {}): string {
  const lines = [`${'part'.padEnd(9)} ${'n'.padStart(4)}  acc    macroF1  ${STATUSES.map((s) => s.padEnd(20)).join('')}`];
  for (const split of [...SPLITS, 'all'] as const) {
    const part = split === 'all' ? readings : readings.filter((r) => splitOf(r.answer) === split);
    const s = score(part);
    lines.push(
      `${split.padEnd(9)} ${String(s.n).padStart(4)}  ${fmt(s.accuracy)}  ${fmt(s.macroF1)}    ${STATUSES.map((st) => fmt(s.f1[st]).padEnd(20)).join('')}`,
    );
  }
  if (misreads) {
    for (const { answer, reading } of readings) {
      if (answer.status === reading.status) continue;
      lines.push(
        `misread [${splitOf(answer)}] ${answer.id}: gold ${answer.status}, read ${reading.status} — "${collapseWhitespace(reading.evidence).slice(0, 120)}"`,
      );
    }
  }
  return lines.map((l) => l.trimEnd()).join('\n');
}

// CLI: npx tsx tests/classify/labelled-eval.ts [--misreads]
if (process.argv[1] && /labelled-eval\.ts$/.test(process.argv[1])) {
  const { parsed } = loadLabelledSet();
  if (!parsed.success) {
    console.error(z.prettifyError(parsed.error));
    process.exit(1);
  }
  console.log(report(readAll(parsed.data), { misreads: process.argv.includes('--misreads') }));
}
