import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { readDocument } from './utils/document/read-document';
import { findRuns } from './utils/detect/runs';
import { scoreRun } from './utils/detect/score-runs';
import { outlineOf } from './utils/detect/sections';
const dir = process.argv[2]!;
const html = readFileSync(`${dir}/page.html`, 'utf8');
const w = new Window({ url: JSON.parse(readFileSync(`${dir}/case.json`, 'utf8')).url });
w.document.write(html);
const model = readDocument(w.document.body as unknown as Element);
const o = outlineOf(model.blocks);
if (process.argv[3] === 'blocks') model.blocks.forEach((b, i) => console.log(i, b.role, b.level ?? '', b.label ? `[${b.label.number}${b.label.named ? ' N' : ''}]` : '', b.bold.toFixed(1), o.inRecommendations[i], b.text.slice(0, 90)));
for (const run of findRuns(model.blocks, o.inRecommendations)) {
  const s = scoreRun(run, model.blocks, o);
  console.log(run.family, run.shape, run.starts.length, run.starts.slice(0, 200).map((i) => model.blocks[i]!.label!.number).join(','), JSON.stringify(s));
}
import { segment } from './utils/detect/segment';
if (process.argv[3] === 'seg') for (const s of segment(model, { kind: 'report' }).segments) console.log(s.number, s.at, s.refs, s.text.slice(0, 200));
