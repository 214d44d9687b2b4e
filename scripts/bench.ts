/**
 * `npm run bench`: the built extension in real (headless) Chromium, measured on generated pages
 * served at their real URLs and on a library of 10 000 saved items. Prints a table, then as its
 * last line one JSON object with the figures (DESIGN.md "Benchmarks"; docs/benchmarks.md says
 * how each is measured). Timings are noisy: the content figures are medians of several loads and
 * are reported as ratios to a baseline measured in the same page.
 */
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { BrowserContext } from '@playwright/test';
import { EXPORT_FORMATS } from '../utils/export';
import { savedItemSchema } from '../utils/model/model';
import { parsePublicationsUrl } from '../utils/report-key';
import { extensionId, launchWithExtension } from './lib/browser';
import { loadCases } from './lib/fixture-cases';
import { BUILD_DIR, bundleSizes, copyBuiltExtension } from './lib/bench/built-extension';
import { measureContentRun, type ContentRun, type ServedPage } from './lib/bench/content-cost';
import { libraryFirstRender, measureExports, measureSearch, seedLibrary, summarizeSearch } from './lib/bench/library-bench';
import { generatePlainPage } from './lib/bench/plain-page';
import { popupFirstContent } from './lib/bench/popup-bench';
import { generateReportPage } from './lib/bench/report-page';
import { generateResponsePage } from './lib/bench/response-page';
import { generateSavedItems } from './lib/bench/saved-items';
import { max, median, round } from './lib/bench/stats';
import { formatTable, show } from './lib/bench/table';

/** `--quick`: one load per page, for trying the script out; the figures need the full run. */
const QUICK = process.argv.includes('--quick');
/** `--popup`: only the popup figures (the library is still seeded), for working on the popup. */
const POPUP_ONLY = process.argv.includes('--popup');
/** `--library`: only the library figures (first render, search, exports), for working on the library page. */
const LIBRARY_ONLY = process.argv.includes('--library');
/** `--runs=N`: opens per page figure (default 3; 1 with `--quick`). */
const RUNS_ARG = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length));
const CONTENT_RUNS = QUICK ? 1 : 5;
const PAGE_RUNS = Number.isInteger(RUNS_ARG) && RUNS_ARG > 0 ? RUNS_ARG : QUICK ? 1 : 3;
const LIBRARY_ITEMS = 10_000;
const SEARCH_QUERY = 'prison off';
const FIXTURE_REPORT = 'commons-report-justice-hc304';

const startedAt = performance.now();
const log = (message: string) => console.error(`bench: ${message} (${((performance.now() - startedAt) / 1000).toFixed(0)} s)`);

// The build may be replaced while we run: work on a private copy.
const extensionDir = await copyBuiltExtension(BUILD_DIR);
const sizes = await bundleSizes(extensionDir);
const sizeOf = (entry: string) => sizes.find((s) => s.entry === entry);

const report = generateReportPage();
const response = generateResponsePage({
  recommendations: report.recommendations,
  reportTitle: report.title,
  paperNumber: report.paperNumber,
});
const plain = generatePlainPage();
const fixture = (await loadCases()).find((c) => c.name === FIXTURE_REPORT);
if (!fixture) throw new Error(`Fixture ${FIXTURE_REPORT} not found.`);
const pages: ServedPage[] = [
  { name: 'report', url: report.url, html: report.html, expectedBadges: report.recommendations.length },
  { name: 'response', url: response.url, html: response.html, expectedBadges: response.answers.length },
  { name: 'empty', url: plain.url, html: plain.html, expectedBadges: 0 },
];
log(
  `pages: report ${(report.bytes / 1e6).toFixed(2)} MB / ${report.recommendations.length} recommendations, response ${(response.bytes / 1e6).toFixed(2)} MB / ${response.answers.length} answers, empty ${(plain.bytes / 1e6).toFixed(2)} MB / ${plain.paragraphs} paragraphs`,
);

const items = generateSavedItems({
  count: LIBRARY_ITEMS,
  reports: [
    {
      key: parsePublicationsUrl(new URL(report.url))!.key,
      url: report.url,
      title: report.title,
      committee: report.committee,
      paperNumber: report.paperNumber,
      count: report.recommendations.length,
      items: report.recommendations,
    },
  ],
});
const invalid = items.filter((item) => !savedItemSchema.safeParse(item).success).length;
if (invalid > 0) throw new Error(`${invalid} generated saved items fail savedItemSchema.`);

async function serve(context: BrowserContext, served: readonly { url: string; html: string }[]) {
  const byUrl = new Map(served.map((p) => [new URL(p.url).href, p.html]));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const html = byUrl.get(new URL(url).href);
    if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not a benchmark page.' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

const content = new Map<string, ContentRun[]>(pages.map((p) => [p.name, []]));

async function measurePopup(context: BrowserContext, id: string) {
  const popupLarge = await popupFirstContent(context, id, report.url, report.recommendations.length, PAGE_RUNS);
  const popupFixture = await popupFirstContent(context, id, fixture!.url, fixture!.items.length, PAGE_RUNS);
  log('popup measured');
  return { popupLarge, popupFixture };
}

async function measure(context: BrowserContext) {
  await serve(context, [...pages, fixture!]);
  const id = await extensionId(context);

  // Content script: the pages in turn, so a noisy moment spreads over all of them.
  for (let run = 1; run <= CONTENT_RUNS; run++) {
    for (const page of pages) content.get(page.name)!.push(await measureContentRun(context, page));
    log(`content run ${run}/${CONTENT_RUNS}`);
  }

  const seeded = await seedLibrary(context, id, items);
  log(`library seeded with ${seeded} items`);
  const library = await libraryFirstRender(context, id, PAGE_RUNS);
  const search = await measureSearch(library.page, SEARCH_QUERY);
  const exports = await measureExports(
    library.page,
    EXPORT_FORMATS.map((f) => f.label),
  );
  await library.page.close();
  log('library measured');

  return { library: library.runs, search, exports, ...(await measurePopup(context, id)) };
}

if (POPUP_ONLY) {
  const context = await launchWithExtension({ extensionDir, headless: true });
  const popup = await (async () => {
    await serve(context, [...pages, fixture!]);
    const id = await extensionId(context);
    log(`library seeded with ${await seedLibrary(context, id, items)} items`);
    return measurePopup(context, id);
  })().finally(async () => {
    await context.close();
    await rm(extensionDir, { recursive: true, force: true });
  });
  const runs = (list: { shownMs: number }[]) => list.map((r) => r.shownMs.toFixed(0)).join('/');
  console.log(
    `Popup first content, median of ${PAGE_RUNS}: 300-item report ${runs(popup.popupLarge)} ms; HC 304 fixture ${runs(popup.popupFixture)} ms.`,
  );
  const popupFigures = {
    popupFirstContentMs: median(popup.popupLarge.map((r) => r.shownMs)),
    popupFirstContentFixtureMs: median(popup.popupFixture.map((r) => r.shownMs)),
    popupBundleKB: sizeOf('popup')?.kB ?? Number.NaN,
  };
  console.log(JSON.stringify(Object.fromEntries(Object.entries(popupFigures).map(([key, value]) => [key, round(value, 1)]))));
  process.exit(0);
}

if (LIBRARY_ONLY) {
  const context = await launchWithExtension({ extensionDir, headless: true });
  const { library, search, exports } = await (async () => {
    const id = await extensionId(context);
    log(`library seeded with ${await seedLibrary(context, id, items)} items`);
    const library = await libraryFirstRender(context, id, PAGE_RUNS);
    const search = await measureSearch(library.page, SEARCH_QUERY);
    const exports = await measureExports(
      library.page,
      EXPORT_FORMATS.map((f) => f.label),
    );
    await library.page.close();
    return { library, search, exports };
  })().finally(async () => {
    await context.close();
    await rm(extensionDir, { recursive: true, force: true });
  });
  const summary = summarizeSearch(search);
  console.log(`Search "${SEARCH_QUERY}", busy ms per key: ${search.busyMsPerKey.map((ms) => ms.toFixed(1)).join(' ')}`);
  const libraryFigures = {
    libraryFirstRenderMs: median(library.runs.map((r) => r.shownMs)),
    libraryReadyMs: median(library.runs.map((r) => r.readyMs)),
    librarySearchMsPerKey: summary.medianBusyMs,
    librarySearchMaxMsPerKey: summary.maxBusyMs,
    librarySearchLongestTaskMs: summary.maxLongestTaskMs,
    librarySearchNextFrameMs: summary.medianNextFrameMs,
    librarySearchEventTimingMaxMs: summary.maxEventTimingMs,
    librarySearchSettleMs: search.settleMs,
    exportAllMs: max(exports.map((e) => e.ms)),
    exportLongestTaskMs: max(exports.map((e) => e.longestTaskMs)),
  };
  for (const e of exports)
    console.log(`Export ${e.label}: ${e.ms.toFixed(0)} ms to the file, longest task ${e.longestTaskMs.toFixed(0)} ms`);
  console.log(JSON.stringify(Object.fromEntries(Object.entries(libraryFigures).map(([key, value]) => [key, round(value, 1)]))));
  console.log(`Shown after the search: ${search.shownAfter}`);
  process.exit(0);
}

const context = await launchWithExtension({ extensionDir, headless: true });
const results = await measure(context).finally(async () => {
  await context.close();
  await rm(extensionDir, { recursive: true, force: true });
});

// ---- Figures ----
const of = (name: string, pick: (run: ContentRun) => number) => median(content.get(name)!.map(pick));
const ratio = (name: string) => of(name, (r) => r.contentMs) / of(name, (r) => r.baselineMs);
const searchSummary = summarizeSearch(results.search);
const exportOf = (kind: string) => results.exports.find((e) => e.label === EXPORT_FORMATS.find((f) => f.kind === kind)?.label);
const exportMs = (kind: string) => exportOf(kind)?.ms ?? Number.NaN;
const exportTaskMs = (kind: string) => exportOf(kind)?.longestTaskMs ?? Number.NaN;
const kB = (entry: string) => sizeOf(entry)?.kB ?? Number.NaN;
const contentEntry = sizes.find((s) => s.entry.startsWith('content:'))?.entry ?? 'content:lens';

const figures = {
  contentRatio: ratio('report'),
  contentLongestTaskMs: of('report', (r) => r.longestTaskMs),
  emptyPageRatio: ratio('empty'),
  popupFirstContentMs: median(results.popupLarge.map((r) => r.shownMs)),
  librarySearchMsPerKey: searchSummary.medianBusyMs,
  exportAllMs: max(results.exports.map((e) => e.ms)),
  contentBundleKB: kB(contentEntry),
  responsePageRatio: ratio('response'),
  contentMs: of('report', (r) => r.contentMs),
  contentBaselineMs: of('report', (r) => r.baselineMs),
  contentScriptMs: of('report', (r) => r.scriptMs),
  contentEvaluateMs: of('report', (r) => r.evaluateMs),
  contentRenderAfterMs: of('report', (r) => r.renderAfterMs),
  contentToPaintMs: of('report', (r) => r.contentMs + r.renderAfterMs),
  contentWallMs: of('report', (r) => r.wallMs),
  contentLongestTaskMaxMs: max(content.get('report')!.map((r) => r.longestTaskMs)),
  contentObservedLongestTaskMs: of('report', (r) => r.observedLongestTaskMs),
  contentStartAfterDclMs: of('report', (r) => r.startAfterDclMs),
  responseMs: of('response', (r) => r.contentMs),
  responseBaselineMs: of('response', (r) => r.baselineMs),
  responseLongestTaskMs: of('response', (r) => r.longestTaskMs),
  emptyPageMs: of('empty', (r) => r.contentMs),
  emptyPageBaselineMs: of('empty', (r) => r.baselineMs),
  emptyPageLongestTaskMs: of('empty', (r) => r.longestTaskMs),
  popupFirstContentFixtureMs: median(results.popupFixture.map((r) => r.shownMs)),
  libraryFirstRenderMs: median(results.library.map((r) => r.shownMs)),
  libraryReadyMs: median(results.library.map((r) => r.readyMs)),
  librarySearchMaxMsPerKey: searchSummary.maxBusyMs,
  librarySearchLongestTaskMs: searchSummary.maxLongestTaskMs,
  librarySearchNextFrameMs: searchSummary.medianNextFrameMs,
  librarySearchEventTimingMaxMs: searchSummary.maxEventTimingMs,
  librarySearchSettleMs: results.search.settleMs,
  exportCsvMs: exportMs('csv'),
  exportMarkdownMs: exportMs('markdown'),
  exportRisMs: exportMs('ris'),
  exportCslJsonMs: exportMs('csl-json'),
  exportJsonMs: exportMs('json'),
  exportLongestTaskMs: max(results.exports.map((e) => e.longestTaskMs)),
  exportCsvLongestTaskMs: exportTaskMs('csv'),
  exportMarkdownLongestTaskMs: exportTaskMs('markdown'),
  exportRisLongestTaskMs: exportTaskMs('ris'),
  exportCslJsonLongestTaskMs: exportTaskMs('csl-json'),
  exportJsonLongestTaskMs: exportTaskMs('json'),
  backgroundBundleKB: kB('background'),
  popupBundleKB: kB('popup'),
  libraryBundleKB: kB('library'),
  optionsBundleKB: kB('options'),
  contentBundleGzipKB: sizeOf(contentEntry)?.gzipKB ?? Number.NaN,
  // The content script's UI, injected only into pages with something to show (script:lens-ui).
  contentUiBundleKB: kB('script:lens-ui'),
  contentUiBundleGzipKB: sizeOf('script:lens-ui')?.gzipKB ?? Number.NaN,
  libraryItems: LIBRARY_ITEMS,
  reportMB: report.bytes / 1e6,
  reportRecommendations: report.recommendations.length,
  cores: availableParallelism(),
  seconds: (performance.now() - startedAt) / 1000,
};

// ---- Table ----
const runsOf = (name: string, pick: (run: ContentRun) => number) =>
  content
    .get(name)!
    .map((r) => pick(r).toFixed(0))
    .join('/');
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
const rows: string[][] = [
  [
    'Content script, 300-recommendation report',
    `${show(figures.contentMs, 0)} ms vs TreeWalker ${show(figures.contentBaselineMs, 1)} ms = ${show(figures.contentRatio, 1)}×`,
    '≤ 3×',
    met(figures.contentRatio <= 3),
  ],
  ['  runs (content ms / baseline ms)', `${runsOf('report', (r) => r.contentMs)} / ${runsOf('report', (r) => r.baselineMs)}`, '', ''],
  [
    '  of which script; first task (bundle evaluation); wall clock',
    `${show(figures.contentScriptMs, 0)} ms; ${show(figures.contentEvaluateMs, 0)} ms; ${show(figures.contentWallMs, 0)} ms`,
    '',
    '',
  ],
  [
    '  then the frame painting the badges; total to painted',
    `${show(figures.contentRenderAfterMs, 0)} ms; ${show(figures.contentToPaintMs, 0)} ms`,
    '',
    '',
  ],
  [
    '  longest task (median of runs; max; seen by the page)',
    `${show(figures.contentLongestTaskMs, 0)} ms; ${show(figures.contentLongestTaskMaxMs, 0)} ms; ${show(figures.contentObservedLongestTaskMs, 0)} ms`,
    '≤ 50 ms',
    met(figures.contentLongestTaskMs <= 50),
  ],
  [
    'Content script, 300-answer GOV.UK response',
    `${show(figures.responseMs, 0)} ms vs ${show(figures.responseBaselineMs, 1)} ms = ${show(figures.responsePageRatio, 1)}×; longest task ${show(figures.responseLongestTaskMs, 0)} ms`,
    '',
    '',
  ],
  [
    'Content script, 10 000-paragraph page, nothing found',
    `${show(figures.emptyPageMs, 0)} ms vs ${show(figures.emptyPageBaselineMs, 1)} ms = ${show(figures.emptyPageRatio, 2)}×; longest task ${show(figures.emptyPageLongestTaskMs, 0)} ms`,
    '≤ 1.5×',
    met(figures.emptyPageRatio <= 1.5),
  ],
  [
    'Popup first content (300-item report, 10 000 saved)',
    `${show(figures.popupFirstContentMs, 0)} ms`,
    '≤ 100 ms',
    met(figures.popupFirstContentMs <= 100),
  ],
  [
    'Popup first content (HC 304 fixture, 19 items)',
    `${show(figures.popupFirstContentFixtureMs, 0)} ms`,
    '≤ 100 ms',
    met(figures.popupFirstContentFixtureMs <= 100),
  ],
  [
    'Library first render (10 000 items)',
    `${show(figures.libraryFirstRenderMs, 0)} ms`,
    '≤ 300 ms',
    met(figures.libraryFirstRenderMs <= 300),
  ],
  ['  whole library read and search index built', `${show(figures.libraryReadyMs, 0)} ms`, '', ''],
  [
    `Library search, main thread per keystroke ("${SEARCH_QUERY}")`,
    `median ${show(figures.librarySearchMsPerKey, 1)} ms, max ${show(figures.librarySearchMaxMsPerKey, 1)} ms`,
    '≤ 16 ms',
    met(figures.librarySearchMsPerKey <= 16),
  ],
  ['  per key', results.search.busyMsPerKey.map((ms) => ms.toFixed(0)).join(' '), '', ''],
  [
    '  keydown → next frame (median); longest task; Event Timing max; settle',
    `${show(figures.librarySearchNextFrameMs, 0)} ms; ${show(figures.librarySearchLongestTaskMs, 0)} ms; ${show(figures.librarySearchEventTimingMaxMs, 0)} ms; ${show(figures.librarySearchSettleMs, 0)} ms (${results.search.shownAfter})`,
    '',
    '',
  ],
  ...results.exports.map((e) => [
    `Export everything: ${e.label}`,
    `${show(e.ms, 0)} ms to the file, longest task ${show(e.longestTaskMs, 0)} ms (${(e.bytes / 1e6).toFixed(1)} MB ${e.filename})`,
    '≤ 50 ms task',
    met(e.longestTaskMs <= 50),
  ]),
  ...sizes.map((s) => [`Bundle ${s.entry}`, `${show(s.kB, 1)} kB (gzip ${show(s.gzipKB, 1)} kB)`, '', '']),
];
console.log(
  `Committee Lens benchmarks: ${figures.cores} cores, Chromium headless, ${LIBRARY_ITEMS} saved items, ${(report.bytes / 1e6).toFixed(2)} MB report; content figures are medians of ${CONTENT_RUNS} loads, page figures of ${PAGE_RUNS}.`,
);
console.log(formatTable(['Figure', 'Value', 'Target', ''], rows));
console.log(`Total ${figures.seconds.toFixed(0)} s.`);
console.log(
  JSON.stringify(Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, round(value, key.endsWith('Ratio') ? 2 : 1)]))),
);
