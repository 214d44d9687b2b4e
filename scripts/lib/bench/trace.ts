/**
 * Chrome trace recording (CDP `Tracing`) and the small amount of trace reading the benchmark
 * needs: the top-level tasks of one renderer main thread, each marked as running script or only
 * rendering, and the `performance.mark()`s our page probes leave. Reading is pure.
 */
import type { CDPSession } from '@playwright/test';

/** One Chrome trace event (the fields we read). Times are microseconds. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; [key: string]: unknown }; name?: string; [key: string]: unknown };
}

export interface MainThreadTask {
  /** Milliseconds on the trace clock. */
  start: number;
  end: number;
  duration: number;
  /** The task ran JavaScript (a script, a callback, microtasks). */
  script: boolean;
  /** The task did style, layout or paint work. */
  render: boolean;
}

export interface ThreadReading {
  pid: number;
  tid: number;
  tasks: MainThreadTask[];
  /** `performance.mark()` names → trace-clock ms (first occurrence). */
  marks: Map<string, number>;
  /** Start (ms) of the first evaluation of a script whose URL matched, if asked for. */
  scriptStart?: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing', 'v8.execute'].join(',');

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireAnimationFrame',
  'v8.run',
  'v8.callFunction',
  'V8.Execute',
  'v8.evaluateModule',
]);
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'RecalculateStyles', 'HitTest']);
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string | undefined>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream)));
  await cdp.send('Tracing.end');
  const stream = await complete;
  if (!stream) throw new Error('The trace came back without a stream.');
  const chunks: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 4 << 20 });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed: unknown = JSON.parse(chunks.join(''));
  const events = Array.isArray(parsed) ? parsed : (parsed as { traceEvents?: unknown }).traceEvents;
  if (!Array.isArray(events)) throw new Error('The trace has no events.');
  return events as TraceEvent[];
}

/** The thread holding the first event `pick` accepts (e.g. our content script's evaluation, or a mark). */
export function findThread(events: readonly TraceEvent[], pick: (event: TraceEvent) => boolean): { pid: number; tid: number } | undefined {
  const hit = events.find(pick);
  return hit && { pid: hit.pid, tid: hit.tid };
}

/**
 * The thread's top-level tasks (tasks nested inside another task are part of it) in time order,
 * each classified by the events inside it, and its marks.
 */
export function readThread(events: readonly TraceEvent[], thread: { pid: number; tid: number }, scriptUrl?: RegExp): ThreadReading {
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const candidates = mine
    .filter((e) => e.ph === 'X' && TASK_EVENTS.has(e.name) && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const top: TraceEvent[] = [];
  for (const task of candidates) {
    const last = top[top.length - 1];
    if (last && task.ts < last.ts + (last.dur ?? 0)) continue;
    top.push(task);
  }
  const tasks: MainThreadTask[] = top.map((t) => ({
    start: t.ts / 1000,
    end: (t.ts + (t.dur ?? 0)) / 1000,
    duration: (t.dur ?? 0) / 1000,
    script: false,
    render: false,
  }));

  // Classify by the events that start inside each task (binary search over the sorted tasks).
  const inner = mine.filter((e) => SCRIPT_EVENTS.has(e.name) || RENDER_EVENTS.has(e.name));
  for (const event of inner) {
    const at = event.ts / 1000;
    let lo = 0;
    let hi = tasks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const task = tasks[mid]!;
      if (at < task.start) hi = mid - 1;
      else if (at > task.end) lo = mid + 1;
      else {
        if (SCRIPT_EVENTS.has(event.name)) task.script = true;
        else task.render = true;
        break;
      }
    }
  }

  const marks = new Map<string, number>();
  for (const e of mine) {
    if (e.cat?.includes('blink.user_timing') && (e.ph === 'I' || e.ph === 'R' || e.ph === 'b' || e.ph === 'n') && !marks.has(e.name)) {
      marks.set(e.name, e.ts / 1000);
    }
  }
  const evaluation = scriptUrl ? mine.find((e) => e.name === 'EvaluateScript' && scriptUrl.test(e.args?.data?.url ?? '')) : undefined;
  return { ...thread, tasks, marks, scriptStart: evaluation ? evaluation.ts / 1000 : undefined };
}

/** Time (ms) that tasks passing `filter` spent inside [from, to], each task clipped to the window. */
export function busyTime(
  tasks: readonly MainThreadTask[],
  from: number,
  to: number,
  filter: (task: MainThreadTask) => boolean = () => true,
): number {
  let sum = 0;
  for (const task of tasks) {
    if (task.end <= from || task.start >= to || !filter(task)) continue;
    sum += Math.min(task.end, to) - Math.max(task.start, from);
  }
  return sum;
}

/** The longest task (whole duration) that starts inside [from, to]. */
export function longestTask(
  tasks: readonly MainThreadTask[],
  from: number,
  to: number,
  filter: (task: MainThreadTask) => boolean = () => true,
): number {
  let longest = 0;
  for (const task of tasks) {
    if (task.start < from || task.start > to || !filter(task)) continue;
    longest = Math.max(longest, task.duration);
  }
  return longest;
}
