import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCases, type LoadedCase } from '../../scripts/lib/fixture-cases';
import { launchFirefoxWithExtension, servePages, type FirefoxWithExtension, type ServedLog } from '../../scripts/lib/firefox';

// Run by `npm run test:firefox` (vitest.firefox.config.ts sets COMMITTEE_LENS_FIREFOX), which
// builds .output/firefox-mv2 and finds a Firefox first; the plain unit run skips this file.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
const SCREENSHOT = join(ROOT, 'test-results/screenshots/firefox-report.png');
const REPORT = 'commons-report-justice-hc304';

describe.runIf(process.env.COMMITTEE_LENS_FIREFOX === '1')('Firefox (built extension, headless, offline)', () => {
  let firefox: FirefoxWithExtension | undefined;
  let page: Page;
  let served: ServedLog;
  let fixture: LoadedCase;
  const started = Date.now();

  beforeAll(async () => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`${EXTENSION_DIR} is missing: run \`npm run build:firefox\` (or \`npm run test:firefox\`).`);
    }
    const found = (await loadCases()).find((c) => c.name === REPORT);
    if (!found) throw new Error(`fixture case ${REPORT} is missing`);
    fixture = found;
    firefox = await launchFirefoxWithExtension({ extensionDir: EXTENSION_DIR, headless: true });
    page = await firefox.browser.newPage();
    served = await servePages(page, new Map([[fixture.url, fixture.html]]));
  });

  afterAll(async () => {
    await firefox?.browser.close();
    console.log(`Firefox smoke test: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  });

  test('the add-on installs under its gecko id', async () => {
    expect(firefox?.extensionId).toBe('committee-lens@committee-lens.org');
    expect(await firefox?.browser.version()).toMatch(/^firefox\/\d+/);
  });

  test('report page: every recommendation gets a pending badge, and badge 7 opens its popover', async () => {
    await page.goto(fixture.url);
    const expected = fixture.items.map((item) => item.number);
    expect(expected).toHaveLength(19);

    // The content script runs at document_idle and mounts one host per recommendation.
    await page.waitForFunction(
      (count: number) => document.querySelectorAll('cl-badge[data-lens-number]').length >= count,
      { timeout: 20_000 },
      expected.length,
    );
    const hosts = await page.$$eval('cl-badge[data-lens-number]', (elements) =>
      elements.map((el) => ({
        number: (el as HTMLElement).dataset.lensNumber,
        status: (el as HTMLElement).dataset.lensStatus,
        button: el.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? null,
      })),
    );
    expect(hosts.map((host) => host.number)).toEqual(expected);
    for (const host of hosts) {
      expect(host.status).toBe('pending');
      expect(host.button).toBe(`Recommendation ${host.number}: Pending`);
    }

    // Badge 7: its shadow root holds the button named "Recommendation 7: Pending"; a click opens the popover.
    const badge = await page.waitForSelector('cl-badge[data-lens-number="7"] >>> button[aria-label="Recommendation 7: Pending"]', {
      visible: true,
    });
    expect(badge).not.toBeNull();
    await badge!.scrollIntoView();
    await badge!.click();
    const dialog = await page.waitForSelector('cl-overlay >>> [role="dialog"]', { visible: true, timeout: 10_000 });
    expect(dialog).not.toBeNull();
    const opened = await dialog!.evaluate((el) => {
      const titleId = el.getAttribute('aria-labelledby');
      const root = el.getRootNode() as ShadowRoot;
      return {
        title: titleId ? (root.getElementById(titleId)?.textContent ?? '') : '',
        text: (el.textContent ?? '').replace(/\s+/g, ' '),
        visibility: getComputedStyle(el).visibility,
      };
    });
    expect(opened.title).toBe('Recommendation 7');
    expect(opened.visibility).toBe('visible');
    expect(opened.text).toContain('Pending');
    expect(opened.text).toContain('We call for an immediate end to the sharing');
    expect(await badge!.evaluate((el) => el.getAttribute('aria-expanded'))).toBe('true');

    await mkdir(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

    // Offline: the fixture was served by the interception, and nothing else got a real answer.
    expect(served.requested).toContain(fixture.url);
    expect(served.requested.filter((url) => url !== fixture.url)).toEqual(served.notFound);
  });
});
