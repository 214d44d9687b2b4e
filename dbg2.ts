import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { readDocument } from './utils/document/read-document';
import { answerCue } from './utils/detect/answer-cues';
import { isTitleBlock } from './utils/detect/sections';
const dir = process.argv[2]!;
const w = new Window({ url: 'https://x.org/' });
w.document.write(readFileSync(`${dir}/page.html`, 'utf8'));
const model = readDocument(w.document.body as unknown as Element);
for (const i of process.argv.slice(3).map(Number)) { const b = model.blocks[i]!; console.log(i, isTitleBlock(b), answerCue(b), b.label, b.text); }
