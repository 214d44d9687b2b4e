import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateCase, loadEvalCases } from '../../scripts/lib/eval-run';
import { evaluateVariants, shapesJson, variantsSummaryJson } from '../../scripts/lib/eval-variants';
import { FIXTURE_PAGES_DIR } from '../../scripts/lib/fixture-cases';

const CASE = 'commons-report-transport-hc251-2004-05';
const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('eval over variants', () => {
  it('evaluates each shape of a case, writes it as a case that eval can read back, and sums per shape', async () => {
    const [fixture] = await loadEvalCases(join(FIXTURE_PAGES_DIR, CASE));
    const original = await evaluateCase(fixture!);
    const out = await mkdtemp(join(tmpdir(), 'committee-lens-variants-'));
    made.push(out);
    const run = await evaluateVariants([fixture!], [original], ['inline-label', 'table'], out);
    expect(run.skipped).toEqual([]);
    expect(run.results.map((r) => [r.name, r.shape, r.caseAdapter])).toEqual([
      [`${CASE}__inline-label`, 'inline-label', original.adapter],
      [`${CASE}__table`, 'table', original.adapter],
    ]);
    expect((await readdir(out)).sort()).toEqual([`${CASE}__inline-label`, `${CASE}__table`]);
    const written = await loadEvalCases(out);
    expect(written.map((c) => ({ url: c.url, pageKind: c.pageKind, items: c.items }))).toEqual(
      written.map(() => ({ url: fixture!.url, pageKind: fixture!.pageKind, items: fixture!.items })),
    );
    const shapes = shapesJson(run.results, ['inline-label', 'table']);
    expect(Object.keys(shapes)).toEqual(['inline-label', 'table']);
    expect(shapes.table).toMatchObject({ cases: 1, items: fixture!.items.length });
    expect(Object.keys(shapes.table!)).toEqual(expect.arrayContaining(['items', 'found', 'falsePositives', 'recall', 'precision']));
  });

  it('keeps the --json last line: the DESIGN.md keys, perAdapter, and shapes', async () => {
    const [fixture] = await loadEvalCases(join(FIXTURE_PAGES_DIR, CASE));
    const original = await evaluateCase(fixture!);
    const run = await evaluateVariants([fixture!], [original], ['pdf-lines']);
    const last = JSON.parse(variantsSummaryJson([original], run.results, ['pdf-lines'])) as Record<string, unknown>;
    expect(Object.keys(last)).toEqual([
      'cases',
      'items',
      'found',
      'falsePositives',
      'recall',
      'precision',
      'statusItems',
      'statusAccuracy',
      'macroF1',
      'ms',
      'perAdapter',
      'shapes',
    ]);
    expect(last).toMatchObject({ cases: 1, items: fixture!.items.length, shapes: { 'pdf-lines': { cases: 1 } } });
  });
});
