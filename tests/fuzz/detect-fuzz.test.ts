// @vitest-environment happy-dom
/**
 * Detection on hostile pages: 500 generated and mutated pages (seeded, so reproducible) through
 * `detectPage` at URLs of every supported site. No page may make an adapter throw, hang, or
 * return items that do not fit the schema. The time bound is a hang guard, not a benchmark.
 *
 * A failure names the page index and its seed; FUZZ_SEED=<base seed> reruns another sequence.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pickAdapter } from '@/utils/adapters';
import { detectPage } from '@/utils/detect-page';
import { detectedPageSchema } from '@/utils/model/model';
import { SUPPORTED_SITES } from '@/utils/sites';
import { loadCases } from '../../scripts/lib/fixture-cases';
import { HEAVY_SHAPES, fuzzPage, urlsOfEverySite } from './generate-pages';

const PAGES = 500;
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20_240_601);
/** Per page, per URL. Generous: machines are shared; a real hang takes far longer. */
const PAGE_BOUND_MS = 2_000;

const fixtures = await loadCases();
const fixtureHtml = fixtures.map((c) => c.html);
const parser = new DOMParser();
const parse = (html: string) => parser.parseFromString(html, 'text/html');

/** Every URL shape we know of: each supported site's patterns with adapter-shaped paths, and the fixtures' URLs. */
const urls = urlsOfEverySite(fixtures.map((c) => c.url));
/** The adapter that reads each fixture: every one of them must have run during the fuzz. */
const fixtureAdapters = new Set(fixtures.flatMap((c) => pickAdapter(new URL(c.url), parse(c.html))?.id ?? []));
/** Heavy pages go through one fixture URL per adapter and one URL per site. */
const heavyUrls = [
  ...new Map(fixtures.map((c) => [pickAdapter(new URL(c.url), parse(c.html))?.id ?? c.url, c.url])).values(),
  ...SUPPORTED_SITES.flatMap((site) =>
    site.matches.map((pattern) => urls.find((url) => url.startsWith(pattern.replace('*', ''))) ?? []),
  ).flat(),
];

describe('detection on hostile pages', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('has URLs on every supported site', () => {
    for (const site of SUPPORTED_SITES) expect(urls.some((url) => new URL(url).hostname === site.host)).toBe(true);
  });

  it(`never throws, hangs or returns invalid items on ${PAGES} pages`, { timeout: 300_000 }, () => {
    const problems: string[] = [];
    const adaptersRun = new Set<string>();
    let slowest = { ms: 0, at: '' };
    let detections = 0;
    const started = performance.now();

    for (let index = 0; index < PAGES; index++) {
      const page = fuzzPage(index, BASE_SEED, fixtureHtml);
      const doc = parse(page.html);
      // Light pages rotate through the URLs (cut and mutated fixtures also run at their own URL).
      const own = page.fixture === undefined ? [] : [fixtures[page.fixture]!.url];
      const pageUrls = HEAVY_SHAPES.includes(page.shape) ? heavyUrls : [...own, urls[index % urls.length]!];
      for (const href of pageUrls) {
        const at = `page ${index} (seed ${page.seed}, ${page.shape}) at ${href}`;
        warn.mockClear();
        const start = performance.now();
        const detection = detectPage(doc, new URL(href));
        const ms = performance.now() - start;
        detections++;
        if (ms > slowest.ms) slowest = { ms, at: `${at} [${detection?.page.adapter ?? 'none'}]` };
        if (ms > PAGE_BOUND_MS) problems.push(`${at} [${detection?.page.adapter ?? 'none'}]: took ${ms.toFixed(0)} ms`);
        if (warn.mock.calls.length)
          problems.push(`${at}: detection threw: ${warn.mock.calls.map((call: unknown[]) => String(call[1] ?? call[0])).join('; ')}`);
        if (!detection) continue;
        adaptersRun.add(detection.page.adapter);
        const parsed = detectedPageSchema.safeParse(detection.page);
        if (!parsed.success) problems.push(`${at}: invalid page: ${parsed.error.message.slice(0, 300)}`);
        if (detection.blocks.length !== detection.page.items.length)
          problems.push(`${at}: ${detection.blocks.length} blocks for ${detection.page.items.length} items`);
        if (detection.blocks.some((block) => block.ownerDocument !== doc)) problems.push(`${at}: a block outside the document`);
      }
    }

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `fuzz: ${PAGES} pages, ${detections} detections in ${seconds} s; adapters run: ${[...adaptersRun].sort().join(', ')}; slowest ${slowest.ms.toFixed(0)} ms: ${slowest.at}`,
    );
    expect(problems).toEqual([]);
    expect([...fixtureAdapters].filter((id) => !adaptersRun.has(id))).toEqual([]);
  });

  it('makes the same pages from the same seed', () => {
    for (const index of [0, 1, 7, 25, 499])
      expect(fuzzPage(index, BASE_SEED, fixtureHtml)).toEqual(fuzzPage(index, BASE_SEED, fixtureHtml));
    expect(fuzzPage(3, BASE_SEED, fixtureHtml).html).not.toBe(fuzzPage(3, BASE_SEED + 1, fixtureHtml).html);
  });
});
