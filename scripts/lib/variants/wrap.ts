import type { Run } from './model';

/**
 * Break runs into printed lines of at most `width` characters, at spaces only (never inside a
 * word), emphasis kept: what a PDF-to-HTML converter emits, one line per element.
 */
export function wrapRuns(runs: readonly Run[], width: number): Run[][] {
  const words: Run[] = [];
  let afterSpace = true;
  for (const run of runs) {
    const parts = run.text.split(' ');
    parts.forEach((part, index) => {
      // A run boundary inside a word ("re<b>port</b>") keeps the pieces together on one line.
      if (index === 0 && !afterSpace && part) words.push({ ...run, text: `\u0000${part}` });
      else if (part) words.push({ ...run, text: part });
    });
    if (run.text) afterSpace = run.text.endsWith(' ');
  }
  const lines: Run[][] = [];
  let line: Run[] = [];
  let length = 0;
  for (const word of words) {
    const glued = word.text.startsWith('\u0000');
    const text = glued ? word.text.slice(1) : word.text;
    const add = (line.length && !glued ? 1 : 0) + text.length;
    if (line.length && !glued && length + add > width) {
      lines.push(line);
      line = [];
      length = 0;
    }
    const space = line.length && !glued ? ' ' : '';
    const previous = line[line.length - 1];
    if (previous && previous.bold === word.bold && previous.italic === word.italic) previous.text += space + text;
    else if (previous && space) {
      previous.text += space;
      line.push({ ...word, text });
    } else line.push({ ...word, text });
    length += space.length + text.length;
  }
  if (line.length) lines.push(line);
  return lines;
}
