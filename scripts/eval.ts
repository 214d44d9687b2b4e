/**
 * `npm run eval -- DIR [--json]`: run what the content script runs on every case under DIR and
 * print per-case results and totals (DESIGN.md "Evaluation fixtures"). Scores are measurements:
 * exit 0 whatever they are; non-zero only when the evaluation cannot run.
 *
 * `--variants` also re-renders every case into the robustness shapes (docs/robustness.md) and
 * prints the same figures per case, per adapter and per shape; `--shape NAME` runs one shape,
 * `--write OUTDIR` writes the variant pages there as fixture cases.
 */
import { errorMessage } from '../utils/errors';
import { basename, join } from 'node:path';
import { confusionPairs, rounded, summaryJson, summaryObject, totalsByAdapter, totalsOf, type Totals } from './lib/eval-totals';
import { EvalInputError, evaluateCase, loadEvalCases, type EvaluatedCase } from './lib/eval-run';
import { evaluatePdfCase, pdfOf } from './lib/eval-pdf';
import { evaluateVariants, totalsByCaseAdapter, variantsSummaryJson, totalsByShape, type VariantRun } from './lib/eval-variants';
import { isShapeName, SHAPE_NAMES, type ShapeName } from './lib/variants';

const USAGE = [
  'usage: npm run eval -- DIR [--json] [--variants] [--shape NAME] [--write OUTDIR]',
  '  DIR holds <case>/page.html + <case>/case.json folders',
  '  --variants       also run every case re-rendered into each robustness shape',
  `  --shape NAME     only this shape (implies --variants): ${SHAPE_NAMES.join(', ')}`,
  '  --write OUTDIR   write the variant pages to OUTDIR/<case>__<shape>/ (implies --variants)',
].join('\n');

const pct = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);
const num = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3));

function caseLine(result: EvaluatedCase): string {
  const { score } = result;
  const ok = score.missing.length === 0 && score.falsePositives.length === 0 && score.statusCorrect === score.statusItems;
  const status = score.statusItems ? `status ${score.statusCorrect}/${score.statusItems}` : 'status -';
  return [
    `${ok ? '✓' : '✗'} ${result.name}`,
    `[${result.adapter}]`,
    `found ${score.found}/${score.expected}`,
    `fp ${score.falsePositives.length}`,
    status,
    `${result.ms.toFixed(1)} ms (parse ${result.parseMs.toFixed(0)} ms)`,
  ].join('  ');
}

function details(result: EvaluatedCase): string[] {
  const lines = [
    ...result.score.missing.map((m) => `    missing        ${m}`),
    ...result.score.falsePositives.map((f) => `    false positive ${f}`),
    ...result.score.statusPairs
      .filter(([gold, got]) => gold !== got)
      .map(([gold, got]) => `    status         expected ${gold}, got ${got}`),
  ];
  if (result.pageKind !== 'other' && result.page && result.page.kind !== result.pageKind) {
    lines.push(`    page kind      expected ${result.pageKind}, got ${result.page.kind}`);
  }
  return lines;
}

function totalsLine(label: string, totals: Totals): string {
  return [
    label.padEnd(26),
    `cases ${totals.cases}`,
    `found ${totals.found}/${totals.items}`,
    `fp ${totals.falsePositives}`,
    `recall ${pct(totals.recall)}`,
    `precision ${pct(totals.precision)}`,
    `status ${pct(totals.statusAccuracy)} of ${totals.statusItems}`,
    `macro-F1 ${num(totals.macroF1)}`,
    `${totals.ms.toFixed(1)} ms`,
  ].join('  ');
}

interface Options {
  json: boolean;
  variants: boolean;
  shapes: ShapeName[];
  writeDir?: string;
  dirs: string[];
}

/** The command line, or a message for people. */
function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { json: false, variants: false, shapes: SHAPE_NAMES, dirs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--variants') options.variants = true;
    else if (arg === '--shape' || arg === '--write') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('-')) return `${arg} needs a value`;
      options.variants = true;
      if (arg === '--write') options.writeDir = value;
      else if (isShapeName(value)) options.shapes = [value];
      else return `unknown shape ${value}`;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else options.dirs.push(arg);
  }
  return options.dirs.length === 1 ? options : '';
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    console.error(options ? `${options}\n${USAGE}` : USAGE);
    return 2;
  }
  const { json } = options;
  let results: EvaluatedCase[];
  let cases: Awaited<ReturnType<typeof loadEvalCases>>;
  try {
    cases = await loadEvalCases(options.dirs[0]!);
    results = [];
    for (const fixture of cases) results.push(await evaluateCase(fixture));
  } catch (error) {
    if (error instanceof EvalInputError) {
      console.error(`eval: ${error.message}`);
      return 1;
    }
    throw error;
  }

  htmlTwins = results;
  for (const result of results) {
    console.log(caseLine(result));
    for (const line of details(result)) console.log(line);
  }
  console.log('');
  for (const [adapter, totals] of Object.entries(totalsByAdapter(results))) console.log(totalsLine(`  ${adapter}`, rounded(totals)));
  console.log(totalsLine('total', rounded(totalsOf(results))));
  const confusions = confusionPairs(results.flatMap((r) => r.score.statusPairs));
  if (confusions.length) console.log(`status confusions: ${confusions.map((c) => `${c.gold}→${c.predicted} ×${c.count}`).join(', ')}`);
  const pdfResults = await evaluatePdfCases(options.dirs[0]!, cases);
  if (!options.variants) {
    if (json)
      console.log(pdfResults.length ? JSON.stringify({ ...summaryObject(results), pdf: summaryObject(pdfResults) }) : summaryJson(results));
    return 0;
  }
  const run = await evaluateVariants(cases, results, options.shapes, options.writeDir);
  printVariants(run, results, options.shapes);
  if (options.writeDir) console.log(`variant pages written to ${options.writeDir}/<case>__<shape>/`);
  if (json) console.log(variantsSummaryJson(results, run.results, options.shapes));
  return 0;
}

/**
 * The cases that have a `page.pdf` beside their page.html, read through the PDF path and scored
 * the same way: per case, per page kind (the shapes: report, response, other) and in total.
 */
async function evaluatePdfCases(dir: string, cases: Awaited<ReturnType<typeof loadEvalCases>>): Promise<EvaluatedCase[]> {
  const results: EvaluatedCase[] = [];
  for (const fixture of cases) {
    const bytes = await pdfOf(cases.length === 1 && basename(dir) === fixture.name ? dir : join(dir, fixture.name));
    if (!bytes) continue;
    try {
      results.push(await evaluatePdfCase(fixture, bytes));
    } catch (error) {
      console.log(`✗ ${fixture.name} [pdf]  cannot read the PDF: ${errorMessage(error)}`);
    }
  }
  if (!results.length) return results;
  console.log('');
  console.log('PDF cases (page.pdf beside case.json, read with pdf.js):');
  for (const result of results) {
    console.log(caseLine(result));
    for (const line of details(result)) console.log(line);
  }
  console.log('');
  const kinds = [...new Set(results.map((r) => r.pageKind))].sort();
  for (const kind of kinds) console.log(totalsLine(`  pdf ${kind}`, rounded(totalsOf(results.filter((r) => r.pageKind === kind)))));
  const twins = results.map((r) => r.name.replace(/ \[pdf\]$/, ''));
  console.log(totalsLine('pdf total', rounded(totalsOf(results))));
  console.log(totalsLine('html twins', rounded(totalsOf(htmlTwins.filter((r) => twins.includes(r.name))))));
  return results;
}

let htmlTwins: EvaluatedCase[] = [];

/** found/items, with "+N" false positives, for one case in one shape. */
function cell(result: EvaluatedCase | undefined): string {
  if (!result) return '-';
  const { score } = result;
  return `${score.found}/${score.expected}${score.falsePositives.length ? `+${score.falsePositives.length}` : ''}`;
}

function printVariants(run: VariantRun, originals: readonly EvaluatedCase[], shapes: readonly ShapeName[]): void {
  console.log('');
  console.log('variants: found/items per case and shape (+N = false positives)');
  const width = Math.max(...originals.map((r) => r.name.length), 4) + 2;
  const columns = ['original', ...shapes];
  console.log(['case'.padEnd(width), ...columns.map((c) => c.padEnd(Math.max(c.length, 7) + 1))].join(' ').trimEnd());
  for (const original of originals) {
    const row = [
      cell(original),
      ...shapes.map((shape) => cell(run.results.find((r) => r.caseName === original.name && r.shape === shape))),
    ];
    console.log(
      [original.name.padEnd(width), ...row.map((text, i) => text.padEnd(Math.max(columns[i]!.length, 7) + 1))].join(' ').trimEnd(),
    );
  }
  for (const { caseName, reason } of run.skipped) console.log(`  not re-rendered: ${caseName}: ${reason}`);
  console.log('');
  console.log('variants per adapter (the adapter that read the original case):');
  for (const [adapter, totals] of Object.entries(totalsByCaseAdapter(run.results)))
    console.log(totalsLine(`  ${adapter}`, rounded(totals)));
  console.log('');
  console.log('variants per shape:');
  console.log(totalsLine('  original', rounded(totalsOf(originals))));
  for (const [shape, totals] of Object.entries(totalsByShape(run.results, shapes))) console.log(totalsLine(`  ${shape}`, rounded(totals)));
  console.log(totalsLine('all variants', rounded(totalsOf(run.results))));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('eval: could not run:', error);
    process.exitCode = 1;
  },
);
