import { fileURLToPath } from 'node:url';
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { extensionWorker, launchWithExtension } from '../../scripts/lib/browser';
import { loadCases, serveCases, type LoadedCase } from '../../scripts/lib/fixture-cases';

/** The built extension; LENS_EXTENSION_DIR points the specs at another build (e.g. an older one, to see a new test fail there). */
export const EXTENSION_DIR = process.env.LENS_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

interface Fixtures {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  cases: Map<string, LoadedCase>;
}

/** Real Chromium with the built extension, fixture pages served at their real URLs, no network. */
export const test = base.extend<Fixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  cases: async ({}, use) => {
    const cases = await loadCases();
    await use(new Map(cases.map((c) => [c.name, c])));
  },
  context: async ({ cases }, use) => {
    const context = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true });
    await serveCases(context, [...cases.values()]);
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;

/**
 * The same, with the browser's back/forward cache on (as in a normal Chrome): Back and Forward
 * restore the page as it was left, frozen, without loading it again.
 */
export const testWithBackForwardCache = test.extend<Pick<Fixtures, 'context'>>({
  context: async ({ cases }, use) => {
    const context = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true, backForwardCache: true });
    await serveCases(context, [...cases.values()]);
    await use(context);
    await context.close();
  },
});

/** A new tab on a fixture page, once every one of its items has a badge host. */
export async function openWithBadges(context: BrowserContext, fixture: LoadedCase): Promise<Page> {
  const page = await context.newPage();
  await page.goto(fixture.url);
  await expect(page.locator('cl-badge[data-lens-number]')).toHaveCount(fixture.items.length);
  return page;
}

/** Every item of a fixture has one badge, in the block that holds its text, with the page's status. */
export async function expectBadgesBesideItems(page: Page, fixture: LoadedCase): Promise<void> {
  for (const item of fixture.items) {
    const host = page.locator(`cl-badge[data-lens-number="${item.number}"]`);
    await expect(host).toHaveCount(1);
    const block = await host.evaluate((el) => (el.closest('[data-cl-seen]')?.textContent ?? '').replace(/\s+/g, ' ').toLowerCase());
    expect(block).toContain(item.startsWith.replace(/\s+/g, ' ').toLowerCase().slice(0, 30));
    if (item.status) await expect(host).toHaveAttribute('data-lens-status', item.status);
  }
}
