/**
 * The library page with a large library: seeding the extension's IndexedDB, first render, search
 * per keystroke (Chrome trace of the typing + in-page probes) and export of everything in each
 * format (the real Export… menu, timed in the page, each file confirmed by its download).
 */
import { stat } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import type { SavedItem } from '../../../utils/model/model';
import { entryOfView, inputOfView, newRecord } from '../../../utils/records';
import { firstElementProbe, KEYSTROKE_PROBE, waitForExpression } from './page-probes';
import { max, median } from './stats';
import { busyTime, findThread, longestTask, readThread, startTrace, stopTrace } from './trace';

const ROW = '[role="rowgroup"] [role="row"]';

/** Defines `window.__clSeed({ entries, records })`: the reader's entries and their recommendations, in one transaction. */
const SEED_HELPER = `window.__clSeed = ({ entries, records }) => new Promise((resolve, reject) => {
  const open = indexedDB.open('committee-lens');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('savedItems')) {
      db.close();
      reject(new Error('No savedItems store: the library page has not created the database.'));
      return;
    }
    const tx = db.transaction(['savedItems', 'recommendations'], 'readwrite');
    for (const entry of entries) tx.objectStore('savedItems').put(entry);
    for (const record of records) tx.objectStore('recommendations').put(record);
    tx.oncomplete = () => { db.close(); resolve(entries.length); };
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  };
}); true`;

/**
 * Defines \`window.__clExport(label)\`: click that format's button, marking the click
 * (\`cl-bench-export-start\`) and the download link's click that hands over the file
 * (\`cl-bench-export-done\`, time in \`window.__clExportState.doneAt\`); answers the click handler's time.
 */
const EXPORT_HELPER = `(() => {
  document.addEventListener('click', (event) => {
    const state = window.__clExportState;
    if (!state || state.doneAt !== undefined || !(event.target instanceof HTMLAnchorElement) || !event.target.download) return;
    state.doneAt = performance.now();
    performance.mark('cl-bench-export-done');
  }, true);
  window.__clExport = (label) => {
    const button = [...document.querySelectorAll('.menu-formats button')].find((b) => b.querySelector('strong')?.textContent === label);
    if (!button) throw new Error('No export button ' + label);
    const state = window.__clExportState = { start: performance.now() };
    performance.mark('cl-bench-export-start');
    button.click();
    return performance.now() - state.start;
  };
  return true;
})()`;

/**
 * Init script for the library page: when the whole library is read and its search index built
 * (the page marks its root \`data-cl-search-index="ready"\`), from navigation start.
 */
const READY_PROBE = `(() => {
  const state = window.__clBenchReady = {};
  const check = () => {
    if (state.readyAt !== undefined) return true;
    if (!document.querySelector('.library[data-cl-search-index="ready"]')) return false;
    state.readyAt = performance.now();
    performance.mark('cl-bench-library-ready');
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-cl-search-index'] });
})();`;

type Helpers = { __clSeed(items: unknown): Promise<number>; __clExport(label: string): number };

function libraryUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/library.html`;
}

/** Seed the library (the page first creates the database); returns the number of items written. */
export async function seedLibrary(context: BrowserContext, extensionId: string, items: readonly SavedItem[]): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(libraryUrl(extensionId));
    await page.getByRole('heading', { name: 'Nothing saved yet' }).or(page.locator('.library-count')).first().waitFor({ timeout: 30_000 });
    await page.evaluate(SEED_HELPER);
    const rows = {
      entries: items.map((item) => entryOfView(item)),
      records: items.map((item) => newRecord(item.key, inputOfView(item), item.updatedAt)),
    };
    return await page.evaluate((seed) => (globalThis as unknown as Helpers).__clSeed(seed), rows);
  } finally {
    await page.close();
  }
}

export interface FirstRender {
  /** Navigation start → first row in the DOM. */
  insertedMs: number;
  /** Navigation start → the frame after it (the row on screen). */
  shownMs: number;
}

interface FirstElementState {
  insertedAt?: number;
  shownAt?: number;
}

/** Open `url` in a new page and time its first `selector` (probe installed before the page's scripts). */
export async function timeFirstElement(
  context: BrowserContext,
  url: string,
  selector: string,
  viewport?: { width: number; height: number },
  extraProbe?: string,
): Promise<{ page: Page; render: FirstRender }> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.addInitScript({ content: firstElementProbe(selector) });
  if (extraProbe) await page.addInitScript({ content: extraProbe });
  await page.goto(url);
  await waitForExpression(page, 'window.__clBench !== undefined && window.__clBench.shownAt !== undefined');
  const state = (await page.evaluate('window.__clBench')) as FirstElementState;
  return { page, render: { insertedMs: state.insertedAt!, shownMs: state.shownAt! } };
}

export interface LibraryRender extends FirstRender {
  /** Navigation start → the whole library read and its search index built (search at full speed). */
  readyMs: number;
}

/**
 * Open the library \`runs\` times: its first row, and when it is ready. The last page is kept open,
 * ready, for the search and exports.
 */
export async function libraryFirstRender(
  context: BrowserContext,
  extensionId: string,
  runs: number,
): Promise<{ runs: LibraryRender[]; page: Page }> {
  const results: LibraryRender[] = [];
  let last: Page | undefined;
  for (let i = 0; i < runs; i++) {
    await last?.close();
    const { page, render } = await timeFirstElement(context, libraryUrl(extensionId), ROW, undefined, READY_PROBE);
    // A build without the ready mark (before the search index) is ready with its first row.
    await waitForExpression(page, "window.__clBenchReady.readyAt !== undefined || !document.querySelector('[data-cl-search-index]')");
    const readyAt = (await page.evaluate('window.__clBenchReady.readyAt')) as number | undefined;
    results.push({ ...render, readyMs: readyAt ?? render.shownMs });
    last = page;
  }
  return { runs: results, page: last! };
}

export interface SearchResult {
  query: string;
  /** Main-thread busy time (all tasks) from each keydown to the next one (the last: until the list settled). */
  busyMsPerKey: number[];
  /** Longest task per key. */
  longestTaskMsPerKey: number[];
  /** keydown → the frame after it, per key. */
  nextFrameMsPerKey: number[];
  /** Event Timing: the longest event (≥ 16 ms only) per key, 0 when none reached 16 ms. */
  eventTimingMsPerKey: number[];
  /** Last keydown → the row count text's last change. */
  settleMs: number;
  shownAfter: string;
}

interface KeyState {
  keys: { index: number; at: number; nextFrameMs?: number }[];
  events: { name: string; start: number; duration: number; interactionId: number }[];
  countChanges: [number, string][];
}

/** Type `query` into the search box, a key every `delayMs`, and measure each keystroke. */
export async function measureSearch(page: Page, query: string, delayMs = 150): Promise<SearchResult> {
  const box = page.getByRole('searchbox');
  await box.click();
  await page.evaluate(KEYSTROKE_PROBE);
  const cdp = await page.context().newCDPSession(page);
  await startTrace(cdp);
  await page.keyboard.type(query, { delay: delayMs });
  await page.waitForTimeout(1500);
  const events = await stopTrace(cdp);
  await cdp.detach();
  const state = (await page.evaluate('window.__clBenchKeys')) as KeyState;

  const thread = findThread(events, (e) => e.name === 'cl-bench-key-0');
  if (!thread) throw new Error('No keystroke marks in the trace of the library page.');
  const { tasks, marks } = readThread(events, thread);
  const keyMarks = Array.from({ length: query.length }, (_, i) => marks.get(`cl-bench-key-${i}`));
  if (keyMarks.some((m) => m === undefined)) throw new Error('A keystroke was not seen by the library page.');
  const starts = keyMarks.map((m) => tasks.find((t) => t.start <= m! && t.end >= m!)?.start ?? m!);
  const traceEnd = Math.max(...tasks.map((t) => t.end));
  const busyMsPerKey = starts.map((from, i) => busyTime(tasks, from, starts[i + 1] ?? traceEnd));
  const longestTaskMsPerKey = starts.map((from, i) => longestTask(tasks, from, starts[i + 1] ?? traceEnd));

  const byKey = state.keys.map((key, i) => {
    const until = state.keys[i + 1]?.at ?? Number.POSITIVE_INFINITY;
    return Math.max(0, ...state.events.filter((e) => e.start >= key.at - 1 && e.start < until - 1).map((e) => e.duration));
  });
  const lastKey = state.keys.at(-1)?.at ?? 0;
  const lastChange = state.countChanges.at(-1);
  return {
    query,
    busyMsPerKey,
    longestTaskMsPerKey,
    nextFrameMsPerKey: state.keys.map((k) => k.nextFrameMs ?? Number.NaN),
    eventTimingMsPerKey: byKey,
    settleMs: lastChange ? Math.max(0, lastChange[0] - lastKey) : 0,
    shownAfter: lastChange?.[1] ?? (await page.locator('.library-count').textContent()) ?? '',
  };
}

export interface ExportTiming {
  label: string;
  /** Click → the file handed to the browser (the download link clicked). */
  ms: number;
  /** The click handler alone. */
  clickMs: number;
  /** The longest task on the library page's main thread from the click to the file. */
  longestTaskMs: number;
  filename: string;
  bytes: number;
}

/** Export everything in each format through the Export… menu; each file is confirmed by its download. */
export async function measureExports(page: Page, labels: readonly string[]): Promise<ExportTiming[]> {
  await page.getByRole('searchbox').fill('');
  await page.locator('.library-count').filter({ hasNotText: ' of ' }).waitFor();
  await page.evaluate(EXPORT_HELPER);
  const out: ExportTiming[] = [];
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const label of labels) {
      await page.locator('summary', { hasText: 'Export…' }).click();
      await page.getByRole('radio', { name: /^Everything/ }).check();
      const download = page.waitForEvent('download', { timeout: 120_000 });
      await startTrace(cdp);
      const clickMs = await page.evaluate((name) => (globalThis as unknown as Helpers).__clExport(name), label);
      const file = await download;
      await waitForExpression(page, 'window.__clExportState.doneAt !== undefined');
      const state = (await page.evaluate('window.__clExportState')) as { start: number; doneAt: number };
      // Let the task that clicked the link finish inside the trace.
      await page.waitForTimeout(100);
      const events = await stopTrace(cdp);
      const thread = findThread(events, (e) => e.name === 'cl-bench-export-start');
      if (!thread) throw new Error('No export mark in the trace of the library page.');
      const { tasks, marks } = readThread(events, thread);
      const from = marks.get('cl-bench-export-start')!;
      const to = marks.get('cl-bench-export-done') ?? from + (state.doneAt - state.start);
      const startTask = tasks.find((t) => t.start <= from && t.end >= from)?.start ?? from;
      const path = await file.path();
      out.push({
        label,
        ms: state.doneAt - state.start,
        clickMs,
        longestTaskMs: longestTask(tasks, startTask, to),
        filename: file.suggestedFilename(),
        bytes: (await stat(path)).size,
      });
      await file.delete();
    }
  } finally {
    await cdp.detach();
  }
  return out;
}

export function summarizeSearch(result: SearchResult) {
  return {
    medianBusyMs: median(result.busyMsPerKey),
    maxBusyMs: max(result.busyMsPerKey),
    maxLongestTaskMs: max(result.longestTaskMsPerKey),
    medianNextFrameMs: median(result.nextFrameMsPerKey),
    maxNextFrameMs: max(result.nextFrameMsPerKey),
    maxEventTimingMs: max(result.eventTimingMsPerKey),
    keysOver16Ms: result.busyMsPerKey.filter((ms) => ms > 16).length,
  };
}
