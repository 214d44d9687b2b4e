import { describe, expect, it } from 'vitest';
import { htmlReferences, staticImports } from '../../scripts/lib/bench/built-extension';
import { median } from '../../scripts/lib/bench/stats';
import { busyTime, longestTask, readThread, type TraceEvent } from '../../scripts/lib/bench/trace';

const MAIN = { pid: 1, tid: 7 };
const at = (name: string, tsMs: number, durMs: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  ts: tsMs * 1000,
  dur: durMs * 1000,
  ...MAIN,
  ...extra,
});

const events: TraceEvent[] = [
  at('RunTask', 0, 10),
  at('EvaluateScript', 1, 8, { args: { data: { url: 'chrome-extension://x/content-scripts/lens.js' } } }),
  at('RunTask', 2, 3), // nested in the first task: not a task of its own
  at('RunTask', 20, 30),
  at('Layout', 21, 20),
  at('RunTask', 60, 5),
  at('FunctionCall', 61, 2),
  at('UpdateLayoutTree', 62, 1),
  { name: 'cl-bench-badges-mounted', cat: 'blink.user_timing', ph: 'I', ts: 64_000, ...MAIN },
  at('RunTask', 70, 100, { tid: 8 }), // another thread
];

describe('readThread', () => {
  const reading = readThread(events, MAIN, /lens\.js$/);

  it('keeps only top-level tasks of the thread and classifies them', () => {
    expect(reading.tasks.map((t) => [t.start, t.duration, t.script, t.render])).toEqual([
      [0, 10, true, false],
      [20, 30, false, true],
      [60, 5, true, true],
    ]);
  });

  it('finds the script start and the marks', () => {
    expect(reading.scriptStart).toBe(1);
    expect(reading.marks.get('cl-bench-badges-mounted')).toBe(64);
  });

  it.each([
    [44, 0, 64, undefined],
    [14, 0, 64, (t: { script: boolean }) => t.script],
    [10, 5, 25, undefined],
    [0, 11, 19, undefined],
  ])('busy %d ms in [%d, %d]', (expected, from, to, filter) => {
    expect(busyTime(reading.tasks, from, to, filter)).toBeCloseTo(expected);
  });

  it('gives the longest task starting in a window', () => {
    expect(longestTask(reading.tasks, 0, 64)).toBe(30);
    expect(longestTask(reading.tasks, 55, 64)).toBe(5);
    expect(longestTask(reading.tasks, 66, 99)).toBe(0);
  });
});

describe('bundle references', () => {
  it('reads the scripts, modulepreloads and stylesheets of a built page', () => {
    const html = `<script type="module" crossorigin src="/chunks/popup-1.js"></script>
<link rel="modulepreload" crossorigin href="/chunks/messages-2.js">
<link rel="stylesheet" crossorigin href="/assets/popup-3.css">
<link rel="icon" href="/icon/16.png">`;
    expect(htmlReferences(html)).toEqual(['chunks/popup-1.js', 'chunks/messages-2.js', 'assets/popup-3.css']);
  });

  it('follows static imports of a chunk', () => {
    expect(staticImports('import{a as b}from"./messages-2.js";import"./side.js";const x=import("./lazy.js")', 'chunks/popup-1.js')).toEqual(
      ['chunks/messages-2.js', 'chunks/side.js'],
    );
  });
});

describe('median', () => {
  it.each([
    [2, [3, 1, 2]],
    [2.5, [4, 1, 2, 3]],
    [Number.NaN, []],
  ])('%d of %j', (expected, values) => {
    expect(median(values)).toEqual(expected);
  });
});
