/**
 * Main-thread cost of the content script on one page load, measured from outside: a Chrome trace
 * of the load (CDP `Tracing`) gives the renderer main thread's top-level tasks; the content
 * script's own evaluation (`EvaluateScript` of content-scripts/lens.js) marks its start; the page
 * probe marks when every expected badge is mounted. The generated pages have no scripts of their
 * own, so every task running script in that window is the content script's (plus the probe's tiny
 * observer callbacks, inside the same tasks); tasks without script (style, layout, paint, GC) are
 * counted from its first DOM change on, so the page's own first rendering is left out.
 * Baseline: one plain TreeWalker pass over the same page.
 */
import type { BrowserContext } from '@playwright/test';
import { contentProbe, TREE_WALKER_PASS, waitForExpression } from './page-probes';
import { busyTime, findThread, longestTask, readThread, startTrace, stopTrace } from './trace';

const LENS_SCRIPT = /^chrome-extension:\/\/[a-p]{32}\/content-scripts\/lens\.js$/;
/** After the badges are mounted: time for the frame that paints them and the first replies. */
const AFTER_MOUNT_MS = 600;
/** On a page without badges: time after `load` for the content script to finish. */
const QUIET_MS = 1500;

export interface ServedPage {
  name: string;
  url: string;
  html: string;
  /** Badges the content script should mount (0: a page with nothing to find). */
  expectedBadges: number;
}

export interface ContentRun {
  /**
   * Main-thread time from the content script's start to all badges mounted (no badges: to the end
   * of its last task): the tasks running its script, plus every other task (style, layout, paint,
   * GC) from its first DOM change (the first badge host) on.
   */
  contentMs: number;
  /** The part of `contentMs` in tasks that ran script. */
  scriptMs: number;
  /** The style/layout/paint task of the first frame after the badges were mounted. */
  renderAfterMs: number;
  /** The longest task from the content script's start to the end of that frame (counted as for `contentMs`). */
  longestTaskMs: number;
  /** The first task alone: loading, compiling and starting the bundle (React, zod, adapters). */
  evaluateMs: number;
  /** Wall clock, content script start → badges mounted. */
  wallMs: number;
  /** How long after DOMContentLoaded the browser started the content script (document_idle). */
  startAfterDclMs: number;
  /** The longest 'longtask' entry the page's own PerformanceObserver saw after DOMContentLoaded. */
  observedLongestTaskMs: number;
  badges: number;
  baselineMs: number;
  baselineTextNodes: number;
  baselineChars: number;
}

interface ProbeState {
  filled: number;
  domContentLoadedAt?: number;
  longTasks: [number, number][];
}

export async function measureContentRun(context: BrowserContext, page: ServedPage): Promise<ContentRun> {
  const tab = await context.newPage();
  try {
    await tab.addInitScript({ content: contentProbe(page.expectedBadges) });
    const cdp = await context.newCDPSession(tab);
    await startTrace(cdp);
    await tab.goto(page.url, { waitUntil: 'load', timeout: 60_000 });
    if (page.expectedBadges > 0) {
      await waitForExpression(tab, 'window.__clBench !== undefined && window.__clBench.mountedAt !== undefined', { everyMs: 250 });
      await tab.waitForTimeout(AFTER_MOUNT_MS);
    } else {
      await tab.waitForTimeout(QUIET_MS);
    }
    const events = await stopTrace(cdp);
    await cdp.detach();
    const probe = (await tab.evaluate('window.__clBench')) as ProbeState;

    const thread = findThread(events, (e) => e.name === 'EvaluateScript' && LENS_SCRIPT.test(e.args?.data?.url ?? ''));
    if (!thread)
      throw new Error(`The content script did not run on ${page.url} (no EvaluateScript of content-scripts/lens.js in the trace).`);
    const { tasks, marks, scriptStart } = readThread(events, thread, LENS_SCRIPT);
    const start = scriptStart!;
    // The task that evaluates the script starts a little before the evaluation itself.
    const first = tasks.find((t) => t.start <= start && t.end >= start);
    const from = first?.start ?? start;
    const mounted = marks.get('cl-bench-badges-mounted');
    if (page.expectedBadges > 0 && mounted === undefined) throw new Error(`No badges-mounted mark in the trace of ${page.url}.`);
    const lastScript = tasks.filter((t) => t.script && t.start >= from).at(-1);
    const to = mounted ?? lastScript?.end ?? start;
    // Tasks that run no script count once the content script has changed the page (its first
    // badge host): before that they are the page's own rendering, not caused by us.
    const firstHost = marks.get('cl-bench-first-host');
    const scriptMs = busyTime(tasks, from, to, (t) => t.script);
    const frame = page.expectedBadges > 0 ? tasks.find((t) => t.start >= to && t.render) : undefined;
    const end = frame?.start ?? to;
    const dcl = marks.get('cl-bench-dcl');
    const dclAt = probe.domContentLoadedAt ?? 0;

    const baseline = (await tab.evaluate(TREE_WALKER_PASS)) as { ms: number; chars: number; nodes: number };
    return {
      contentMs: scriptMs + busyTime(tasks, firstHost ?? to, to, (t) => !t.script),
      scriptMs,
      renderAfterMs: frame?.duration ?? 0,
      longestTaskMs: Math.max(
        longestTask(tasks, from, end, (t) => t.script),
        firstHost === undefined ? 0 : longestTask(tasks, firstHost, end, (t) => !t.script),
      ),
      evaluateMs: first?.duration ?? Number.NaN,
      wallMs: to - from,
      startAfterDclMs: dcl === undefined ? Number.NaN : start - dcl,
      observedLongestTaskMs: Math.max(0, ...probe.longTasks.filter(([at]) => at >= dclAt).map(([, duration]) => duration)),
      badges: probe.filled,
      baselineMs: baseline.ms,
      baselineTextNodes: baseline.nodes,
      baselineChars: baseline.chars,
    };
  } finally {
    await tab.close();
  }
}
