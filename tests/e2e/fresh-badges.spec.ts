import type { Worker } from '@playwright/test';
import { DB_NAME } from '../../utils/db';
import { expect, test, testWithBackForwardCache } from './fixtures';
import { BadgedPage } from './pages/report-page';

const REPORT = 'commons-report-justice-hc304';
const RESPONSE = 'response-justice-hc932';

/** How many government answers the background has stored (read from its own IndexedDB). */
function storedAnswers(worker: Worker): Promise<number> {
  return worker.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('answers')) return resolve(0);
          const count = db.transaction('answers').objectStore('answers').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(count.error ?? new Error('count failed'));
        };
      }),
    DB_NAME,
  );
}

testWithBackForwardCache(
  'Back to the report after reading its response: the page restored from the back/forward cache shows the answers',
  async ({ context, cases, worker }) => {
    const report = await BadgedPage.open(context, cases.get(REPORT)!);
    const { page } = report;
    expect((await report.statuses())['7']).toBe('pending');
    // Mark this very document: only a restore from the cache (not a reload) keeps the mark.
    await page.evaluate(() =>
      window.addEventListener('pageshow', (event) => {
        if (event.persisted) document.documentElement.dataset.testRestored = 'true';
      }),
    );

    // In the same tab: follow through to the government response and read it.
    await page.goto(cases.get(RESPONSE)!.url);
    await expect(page.getByRole('button', { name: 'Recommendation 7: Rejected' })).toBeVisible();
    await expect.poll(() => storedAnswers(worker)).toBeGreaterThan(0);

    // Back: the report comes back from the cache, as it was left, and its badges catch up.
    await page.evaluate(() => history.back());
    await expect(page.locator('html[data-test-restored="true"]')).toBeAttached();
    await expect(report.host('7')).toHaveAttribute('data-lens-status', 'rejected');
    await expect(report.badge('7')).toHaveAccessibleName('Recommendation 7: Rejected');
    const dialog = await report.openPopover('7');
    await expect(dialog).toContainText('we do not consider that any changes are necessary');
  },
);

test('the response read in another tab: the open report’s badges change without a reload', async ({ context, cases }) => {
  const report = await BadgedPage.open(context, cases.get(REPORT)!);
  expect((await report.statuses())['7']).toBe('pending');
  await report.page.evaluate(() => {
    document.documentElement.dataset.testSameDocument = 'true';
  });

  const response = await context.newPage();
  await response.goto(cases.get(RESPONSE)!.url);
  await expect(response.getByRole('button', { name: 'Recommendation 7: Rejected' })).toBeVisible();

  await report.page.bringToFront();
  await expect(report.host('7')).toHaveAttribute('data-lens-status', 'rejected');
  for (const gold of cases.get(RESPONSE)!.items.filter((item) => item.status))
    await expect(report.host(gold.number)).toHaveAttribute('data-lens-status', gold.status!);
  // The same document all along: nothing reloaded it.
  await expect(report.page.locator('html[data-test-same-document="true"]')).toBeAttached();
});
