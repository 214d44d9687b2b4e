/**
 * `npm run eval -- DIR [--json]`: run what the content script runs on every case under DIR and
 * print per-case results and totals (DESIGN.md "Evaluation fixtures"). Scores are measurements:
 * exit 0 whatever they are; non-zero only when the evaluation cannot run.
 */
import { confusionPairs, rounded, summaryJson, totalsByAdapter, totalsOf, type Totals } from './lib/eval-totals';
import { EvalInputError, evaluateDir, type EvaluatedCase } from './lib/eval-run';

const USAGE = 'usage: npm run eval -- DIR [--json]   (DIR holds <case>/page.html + <case>/case.json folders)';

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

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const unknown = argv.filter((arg) => arg.startsWith('-') && arg !== '--json');
  const dirs = argv.filter((arg) => !arg.startsWith('-'));
  if (unknown.length || dirs.length !== 1) {
    console.error(unknown.length ? `unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
    return 2;
  }
  let results: EvaluatedCase[];
  try {
    results = await evaluateDir(dirs[0]!);
  } catch (error) {
    if (error instanceof EvalInputError) {
      console.error(`eval: ${error.message}`);
      return 1;
    }
    throw error;
  }

  for (const result of results) {
    console.log(caseLine(result));
    for (const line of details(result)) console.log(line);
  }
  console.log('');
  for (const [adapter, totals] of Object.entries(totalsByAdapter(results))) console.log(totalsLine(`  ${adapter}`, rounded(totals)));
  console.log(totalsLine('total', rounded(totalsOf(results))));
  const confusions = confusionPairs(results.flatMap((r) => r.score.statusPairs));
  if (confusions.length) console.log(`status confusions: ${confusions.map((c) => `${c.gold}→${c.predicted} ×${c.count}`).join(', ')}`);
  if (json) console.log(summaryJson(results));
  return 0;
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
