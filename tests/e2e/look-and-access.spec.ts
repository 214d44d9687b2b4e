import { launchWithExtension, extensionId as idOf } from '../../scripts/lib/browser';
import { openPopupFor, tabIdFor } from '../../scripts/lib/extension-pages';
import { serveCases } from '../../scripts/lib/fixture-cases';
import { seriousViolations } from './axe';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { shot } from './shot';

const REPORT = 'commons-report-justice-hc304';
const RESPONSE = 'response-justice-hc932';

test('no serious accessibility violations in the badges, popover, popup, library and settings', async ({
  context,
  cases,
  extensionId,
  worker,
}) => {
  const response = await context.newPage();
  await response.goto(cases.get(RESPONSE)!.url);
  await expect(response.locator('cl-badge[data-lens-number]').first()).toBeAttached();

  const page = await context.newPage();
  await page.goto(cases.get(REPORT)!.url);
  await page.getByRole('button', { name: 'Recommendation 7: Rejected' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Remove from library' })).toBeVisible();
  expect(await seriousViolations(page, ['cl-badge', 'cl-overlay'])).toEqual([]);

  const popup = await openPopupFor(context, extensionId, await tabIdFor(worker, cases.get(REPORT)!.url));
  await expect(popup.getByRole('navigation')).toBeVisible();
  expect(await seriousViolations(popup)).toEqual([]);

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.getByRole('rowgroup').getByRole('row').first().getByRole('button').click();
  await expect(library.getByRole('complementary')).toBeVisible();
  expect(await seriousViolations(library)).toEqual([]);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Committee Lens settings' })).toBeVisible();
  expect(await seriousViolations(options)).toEqual([]);
});

test('screenshots: report and popover light and dark, popup on a report and on an unsupported page, settings', async ({ cases }) => {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true, colorScheme: scheme });
    try {
      await serveCases(context, [...cases.values()]);
      const id = await idOf(context);
      const response = await context.newPage();
      await response.goto(cases.get(RESPONSE)!.url);
      await expect(response.locator('cl-badge[data-lens-number]').first()).toBeAttached();
      const page = await context.newPage();
      await page.goto(cases.get(REPORT)!.url);
      await page.locator('cl-badge[data-lens-number="5"]').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 120));
      await shot(page, `report-badges-${scheme}`);
      await page.getByRole('button', { name: 'Recommendation 7: Rejected' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shot(page, `report-popover-${scheme}`);

      if (scheme === 'light') {
        const worker = context.serviceWorkers()[0]!;
        const popup = await openPopupFor(context, id, await tabIdFor(worker, cases.get(REPORT)!.url));
        await expect(popup.getByRole('navigation')).toBeVisible();
        await shot(popup, 'popup-report');
        // An unsupported page: no content script answers, the popup says which sites are read.
        const other = await context.newPage();
        await other.goto('https://example.org/');
        const unsupported = await context.newPage();
        await unsupported.setViewportSize({ width: 380, height: 600 });
        await unsupported.goto(`chrome-extension://${id}/popup.html?tab=999999`);
        await expect(unsupported.getByRole('heading', { name: 'Nothing to read on this page' })).toBeVisible();
        await shot(unsupported, 'popup-unsupported');
        const options = await context.newPage();
        await options.goto(`chrome-extension://${id}/options.html`);
        await expect(options.getByRole('heading', { name: 'Committee Lens settings' })).toBeVisible();
        await shot(options, 'settings');
      }
    } finally {
      await context.close();
    }
  }
});
