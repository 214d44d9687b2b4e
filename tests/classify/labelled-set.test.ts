import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classifyAnswer, collapseWhitespace, ELLIPSIS, splitSentences, SUMMARY_MAX_WORDS } from '../../utils/classify';

/**
 * The labelled set: real government answers, each labelled from the document's own explicit words or
 * a tracker's label (never from this classifier). See tests/fixtures/answers/README.md.
 */
const STATUSES = ['accepted', 'partially-accepted', 'rejected', 'noted'] as const;
type Status = (typeof STATUSES)[number];

const labelledAnswerSchema = z
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
const labelledSetSchema = z.array(labelledAnswerSchema).min(1);

const raw: unknown = JSON.parse(readFileSync(new URL('../fixtures/answers/labelled-answers.json', import.meta.url), 'utf8'));
const parsed = labelledSetSchema.safeParse(raw);

const MIN_MACRO_F1 = 0.9;

describe('labelled answers', () => {
  it('match the schema, with unique ids', () => {
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
    const ids = (parsed.data ?? []).map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const set = parsed.data ?? [];
  const readings = set.map((a) => ({ answer: a, reading: classifyAnswer(a.text, { recommendationNumber: a.recommendationNumber }) }));

  it(`score macro-F1 ≥ ${MIN_MACRO_F1} over the four statuses`, () => {
    const confusion = new Map<Status, Map<Status, number>>(STATUSES.map((g) => [g, new Map(STATUSES.map((p) => [p, 0]))]));
    for (const { answer, reading } of readings) {
      const row = confusion.get(answer.status);
      row?.set(reading.status, (row.get(reading.status) ?? 0) + 1);
    }
    const cell = (g: Status, p: Status) => confusion.get(g)?.get(p) ?? 0;
    const f1s = STATUSES.map((s) => {
      const tp = cell(s, s);
      const predicted = STATUSES.reduce((n, g) => n + cell(g, s), 0);
      const actual = STATUSES.reduce((n, p) => n + cell(s, p), 0);
      const precision = predicted === 0 ? 0 : tp / predicted;
      const recall = actual === 0 ? 0 : tp / actual;
      return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    });
    const macroF1 = f1s.reduce((a, b) => a + b, 0) / STATUSES.length;
    const accuracy = readings.filter(({ answer, reading }) => answer.status === reading.status).length / readings.length;

    const pad = (s: string, n: number) => s.padEnd(n);
    const lines = [
      `labelled answers: ${readings.length}   accuracy ${accuracy.toFixed(3)}   macro-F1 ${macroF1.toFixed(3)}`,
      `${pad('gold \\ read', 20)}${STATUSES.map((s) => pad(s, 20)).join('')}F1`,
      ...STATUSES.map((g, i) => `${pad(g, 20)}${STATUSES.map((p) => pad(String(cell(g, p)), 20)).join('')}${(f1s[i] ?? 0).toFixed(3)}`),
      ...readings
        .filter(({ answer, reading }) => answer.status !== reading.status)
        .map(
          ({ answer, reading }) =>
            `misread ${answer.id}: gold ${answer.status}, read ${reading.status} — "${collapseWhitespace(reading.evidence).slice(0, 120)}"`,
        ),
    ];
    console.log(lines.join('\n'));
    expect(macroF1).toBeGreaterThanOrEqual(MIN_MACRO_F1);
  });

  it('keep every evidence sentence verbatim and every deciding range inside it', () => {
    for (const { answer, reading } of readings) {
      expect(answer.text, answer.id).toContain(reading.evidence);
      for (const [a, b] of reading.deciding) {
        expect(a, answer.id).toBeGreaterThanOrEqual(0);
        expect(b, answer.id).toBeLessThanOrEqual(reading.evidence.length);
      }
    }
  });

  it(`summarise in at most ${SUMMARY_MAX_WORDS} words (plus an ellipsis), in the answer's own sentences`, () => {
    for (const { answer, reading } of readings) {
      const summary = reading.summary;
      expect(summary.length, answer.id).toBeGreaterThan(0);
      const body = summary.endsWith(ELLIPSIS) ? summary.slice(0, -ELLIPSIS.length) : summary;
      expect(body.split(' ').length, answer.id).toBeLessThanOrEqual(SUMMARY_MAX_WORDS);
      const flat = collapseWhitespace(answer.text);
      for (const part of body.split(ELLIPSIS)) {
        for (const sentence of splitSentences(part)) {
          expect(flat, `${answer.id}: "${sentence.text}"`).toContain(sentence.text);
        }
      }
    }
  });
});
