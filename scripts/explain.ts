/*
 * Why the reader found what it found on one fixture case: its blocks (role, level, label,
 * emphasis, whether a recommendations title frames it), its runs of numbered blocks with their
 * scores, and the segments. For developers tuning the shared reader.
 *
 *   npx tsx scripts/explain.ts tests/fixtures/pages/<case> [--blocks]
 */
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../utils/document/read-document';
import { findRuns } from '../utils/detect/runs';
import { scoreRun } from '../utils/detect/score-runs';
import { outlineOf } from '../utils/detect/sections';
import { pickAdapter } from '../utils/adapters';

const [dir, ...flags] = process.argv.slice(2);
if (!dir) {
  console.error('usage: tsx scripts/explain.ts CASE_DIR [--blocks]');
  process.exit(2);
}
const fixture = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { url: string };
const window = new Window({ url: fixture.url, settings: { disableCSSFileLoading: true, disableJavaScriptEvaluation: true } });
window.document.write(readFileSync(join(dir, 'page.html'), 'utf8'));
const doc = window.document as unknown as Document;
const url = new URL(fixture.url);
console.log('adapter:', pickAdapter(url, doc)?.id ?? 'none');
const model = readDocument(doc.body);
const outline = outlineOf(model.blocks);
if (flags.includes('--blocks')) {
  model.blocks.forEach((block, index) => {
    const label = block.label ? `[${block.label.named ? 'R ' : ''}${block.label.number}${block.nativeNumber ? ' ol' : ''}]` : '';
    const marks = `${block.pseudoHeading ? 'T' : ''}${block.note ? 'n' : ''}${outline.inRecommendations[index] ? 'S' : ''}`;
    console.log(index, block.role, block.level ?? '', label, `b${block.bold.toFixed(1)}`, marks, block.text.slice(0, 100));
  });
}
for (const run of findRuns(model.blocks, outline.inRecommendations)) {
  const score = scoreRun(run, model.blocks, outline);
  const numbers = run.starts.map((start) => model.blocks[start]!.label!.number).join(',');
  console.log(
    `run ${run.family} ${run.shape} n=${run.starts.length} [${numbers.slice(0, 120)}] score=${score.score.toFixed(2)} strong=${score.strong} ${Object.entries(
      score.cues,
    )
      .map(([k, v]) => `${k}=${v.toFixed(2)}`)
      .join(' ')}`,
  );
}
