import { errorMessage } from '../../utils/errors';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { evaluateCase, type EvaluatedCase } from './eval-run';
import { rounded, summaryObject, totalsOf, type Totals } from './eval-totals';
import type { LoadedCase } from './fixture-cases';
import { variantsOf, type ShapeName } from './variants';

/** One re-rendered case, evaluated; `adapter` stays the reader's answer on the variant, `caseAdapter` is the original's. */
export interface VariantResult extends EvaluatedCase {
  caseName: string;
  caseAdapter: string;
  shape: ShapeName;
}

export interface VariantRun {
  results: VariantResult[];
  /** Cases that could not be re-rendered (an item not found in the page's blocks), with the reason. */
  skipped: { caseName: string; reason: string }[];
}

/**
 * Re-render each case into each shape (in memory) and run the reader on every variant, one after
 * another. `originals` gives each case's adapter on its own page, to group variants by the site
 * they came from. With `writeDir`, each variant is also written there as `<case>__<shape>/`.
 */
export async function evaluateVariants(
  cases: readonly LoadedCase[],
  originals: readonly EvaluatedCase[],
  shapes: readonly ShapeName[],
  writeDir?: string,
): Promise<VariantRun> {
  const run: VariantRun = { results: [], skipped: [] };
  for (const fixture of cases) {
    let variants: Awaited<ReturnType<typeof variantsOf>>;
    try {
      variants = await variantsOf(fixture, shapes);
    } catch (error) {
      run.skipped.push({ caseName: fixture.name, reason: errorMessage(error) });
      continue;
    }
    const caseAdapter = originals.find((o) => o.name === fixture.name)?.adapter ?? 'none';
    for (const { shape, variant } of variants) {
      if (writeDir) await writeVariant(writeDir, variant);
      run.results.push({ ...(await evaluateCase(variant)), caseName: fixture.name, caseAdapter, shape });
    }
  }
  return run;
}

/** A variant as a fixture case folder a developer can open or evaluate on its own. */
export async function writeVariant(dir: string, variant: LoadedCase): Promise<void> {
  const folder = join(dir, variant.name);
  await mkdir(folder, { recursive: true });
  const { url, pageKind, source, items, html } = variant;
  await writeFile(join(folder, 'page.html'), html);
  await writeFile(join(folder, 'case.json'), `${JSON.stringify({ url, pageKind, source, items }, null, 2)}\n`);
}

/** Totals over the variants of each shape, shapes in the order given. */
export function totalsByShape(results: readonly VariantResult[], shapes: readonly ShapeName[]): Record<string, Totals> {
  return Object.fromEntries(shapes.map((shape) => [shape, totalsOf(results.filter((r) => r.shape === shape))]));
}

/** Totals over the variants of each original case's adapter, adapters in first-seen order. */
export function totalsByCaseAdapter(results: readonly VariantResult[]): Record<string, Totals> {
  const adapters = [...new Set(results.map((r) => r.caseAdapter))];
  return Object.fromEntries(adapters.map((adapter) => [adapter, totalsOf(results.filter((r) => r.caseAdapter === adapter))]));
}

/** The `shapes` object of the `--json` line: `{shape: {items, found, falsePositives, recall, precision, statusItems, statusAccuracy}}`. */
export function shapesJson(results: readonly VariantResult[], shapes: readonly ShapeName[]) {
  return Object.fromEntries(
    Object.entries(totalsByShape(results, shapes)).map(([shape, totals]) => {
      const { items, found, falsePositives, recall, precision, statusItems, statusAccuracy } = rounded(totals);
      return [shape, { cases: totals.cases, items, found, falsePositives, recall, precision, statusItems, statusAccuracy }];
    }),
  );
}

/** The `--variants --json` last line: the plain run's object (DESIGN.md keys, perAdapter) plus `shapes`. */
export function variantsSummaryJson(
  originals: readonly EvaluatedCase[],
  results: readonly VariantResult[],
  shapes: readonly ShapeName[],
): string {
  return JSON.stringify({ ...summaryObject(originals), shapes: shapesJson(results, shapes) });
}
