import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { openPopupFor, tabIdFor } from '../../scripts/lib/extension-pages';
import { expect, test } from './fixtures';
import { shot } from './shot';

/* Issue 13: a record researchers can trust. Saved items follow the government's answer; one row per recommendation. */

const REPORT = 'commons-report-justice-hc304';
const RESPONSE = 'response-justice-hc932';
const TRACKER = 'accountability-index-recommendation-1593';
const SEVEN = 'We call for an immediate end to the sharing';

/** Open a badge's popover and save it (already saved: leave it). */
async function saveFrom(page: Page, badge: string, note?: string) {
  await page.getByRole('button', { name: badge }).click();
  const dialog = page.getByRole('dialog', { name: 'Recommendation 7' });
  // One record per recommendation: saved from another page, it may already be in the library.
  const save = dialog.getByRole('button', { name: 'Save', exact: true });
  if (await save.isVisible()) await save.click();
  await expect(page.locator('[data-lens-number="7"]')).toHaveAttribute('data-lens-saved', 'true');
  await expect(dialog.getByRole('region', { name: 'In your library' })).toBeVisible();
  if (note !== undefined) {
    await dialog.getByLabel('Your note').fill(note);
    await dialog.getByLabel('Your note').blur();
    await expect(dialog.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  }
  await page.keyboard.press('Escape');
}

async function openLibrary(context: BrowserContext, extensionId: string): Promise<Page> {
  const library = await context.newPage();
  await library.setViewportSize({ width: 1280, height: 800 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  return library;
}

test('saved while pending, then the response is read: badge, popover, popup, library, chips and Export page all say Rejected; the note survives', async ({
  context,
  cases,
  extensionId,
  worker,
}) => {
  const report = await context.newPage();
  await report.goto(cases.get(REPORT)!.url);
  await saveFrom(report, 'Recommendation 7: Pending', 'Check the firewall point against the 2021 review.');

  const response = await context.newPage();
  await response.goto(cases.get(RESPONSE)!.url);
  await expect(response.getByRole('button', { name: 'Recommendation 7: Rejected' })).toBeVisible();

  // Back to the report.
  await report.bringToFront();
  await report.goto(cases.get(REPORT)!.url);
  await expect(report.locator('cl-badge[data-lens-number="7"]')).toHaveAttribute('data-lens-status', 'rejected');
  await report.getByRole('button', { name: 'Recommendation 7: Rejected' }).click();
  const dialog = report.getByRole('dialog', { name: 'Recommendation 7' });
  // The popover's "Reading" line (the saved record's reading) follows the answer.
  // (The saved popover shows the status once, in its heading line.)
  const readingLine = dialog.locator('.cl-popover-status').first();
  await expect(readingLine).toContainText('Rejected');
  await expect(dialog.getByLabel('Your note')).toHaveValue('Check the firewall point against the 2021 review.');
  await report.keyboard.press('Escape');

  // The popup, and its Export page.
  const popup = await openPopupFor(context, extensionId, await tabIdFor(worker, cases.get(REPORT)!.url));
  await expect(popup.getByRole('button', { name: /^Recommendation 7\b.*Rejected/ })).toBeVisible();
  await popup.getByText('Export page…').click();
  await expect(async () => {
    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Committee Lens library (JSON)' }).click();
    const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
      items: { number: string; note: string; reading: { status: string } }[];
    };
    const seven = file.items.find((item) => item.number === '7');
    expect(seven?.reading.status).toBe('rejected');
    expect(seven?.note).toBe('Check the firewall point against the 2021 review.');
  }).toPass();

  // The library: row, detail, status chip.
  const library = await openLibrary(context, extensionId);
  const rows = library.getByRole('rowgroup').getByRole('row');
  const row = rows.filter({ hasText: 'Introduce a complete firewall' }).or(rows.filter({ hasText: SEVEN }));
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Rejected');
  await row.getByRole('button').first().click();
  const detail = library.getByRole('complementary');
  await expect(detail).not.toContainText('No response seen yet');
  await expect(detail.locator('.status-correction .detail-original').first()).toContainText('Rejected');
  await expect(detail.getByLabel('Your note')).toHaveValue('Check the firewall point against the 2021 review.');
  await library
    .getByRole('group', { name: 'Filter by status' })
    .getByRole('button', { name: /Rejected/ })
    .click();
  await expect(rows).toHaveCount(1);
  await expect(library.getByRole('group', { name: 'Filter by status' }).getByRole('button', { name: /Pending/ })).toHaveCount(0);
});

test('the same recommendation saved from the report, the response and the tracker is one library row, seen on three places', async ({
  context,
  cases,
  extensionId,
}) => {
  const report = await context.newPage();
  await report.goto(cases.get(REPORT)!.url);
  await saveFrom(report, 'Recommendation 7: Pending', 'From the report.');
  const response = await context.newPage();
  await response.goto(cases.get(RESPONSE)!.url);
  await saveFrom(response, 'Recommendation 7: Rejected');
  const tracker = await context.newPage();
  await tracker.goto(cases.get(TRACKER)!.url);
  await saveFrom(tracker, 'Recommendation 7: Rejected');
  // The tracker's popover shows the one record's note: it is the same recommendation.
  await tracker.getByRole('button', { name: 'Recommendation 7: Rejected' }).click();
  await expect(tracker.getByRole('dialog').getByLabel('Your note')).toHaveValue('From the report.');
  await tracker.keyboard.press('Escape');

  const library = await openLibrary(context, extensionId);
  const rows = library.getByRole('rowgroup').getByRole('row');
  await expect(rows).toHaveCount(1);
  await expect(library.getByText('1 saved')).toBeVisible();
  const row = rows.first();
  await expect(row).toContainText('Pre-legislative scrutiny of the draft Victims Bill (HC 304)');
  await expect(row).not.toContainText('Accountability Index');
  await expect(row).toContainText('Seen on: report · response · tracker');
  await expect(row.getByRole('link', { name: 'report' })).toHaveAttribute('href', cases.get(REPORT)!.url);
  await expect(row.getByRole('link', { name: 'response' })).toHaveAttribute('href', cases.get(RESPONSE)!.url);
  await expect(row.getByRole('link', { name: 'tracker' })).toHaveAttribute('href', cases.get(TRACKER)!.url);
  await shot(library, 'library-seen-on');
});

test('an import with a bad item says which, in plain words, counting from one', async ({ context, extensionId }) => {
  const library = await openLibrary(context, extensionId);
  await expect(library.getByRole('heading', { name: 'Nothing saved yet' })).toBeVisible();
  const item = (n: number) => ({
    key: `commons/5803/cmjust/HC304#${n}`,
    number: String(n),
    text: `We recommend action ${n}.`,
    paragraphRefs: [],
    quote: { exact: `We recommend action ${n}.`, prefix: '', suffix: '' },
    reading: { status: 'pending', source: 'default' },
    reportKey: 'commons/5803/cmjust/HC304',
    pageUrl: 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html',
    pageTitle: 'Report',
    savedAt: 1,
    updatedAt: 1,
    note: '',
    tags: [],
  });
  const items: Record<string, unknown>[] = Array.from({ length: 20 }, (_, i) => item(i + 1));
  items[19] = { ...item(7), key: 'commons/5803/cmjust/HC304#7' };
  delete items[19].number;
  items[3] = { ...item(4), reading: { status: 'maybe', source: 'default' } };
  const file = { format: 'committee-lens', version: 1, exportedAt: '2026-11-25T10:00:00.000Z', items };
  await library.getByLabel('Import a Committee Lens library file').setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  const alert = library.getByRole('alert');
  await expect(alert).toContainText('Item 20 (recommendation 7): its number is missing.');
  await expect(alert).toContainText('Item 4 (recommendation 4): its status “maybe” is not one of “accepted”');
  await expect(alert).not.toContainText('Nothing was imported. Nothing was imported');
  await expect(alert).not.toContainText('items[');
  await shot(library, 'import-error');
});
