import { readFile } from 'node:fs/promises';
import type { Browser } from 'wxt/browser';
import { expect, test, openWithBadges } from './fixtures';
import { shot } from './shot';
import { openPopupFor, tabIdFor } from '../../scripts/lib/extension-pages';

/** The extension API inside extension pages, where `page.evaluate` runs below. */
declare const chrome: typeof Browser;

const REPORT = 'commons-report-justice-hc304';
const TRACKER = 'accountability-index-recommendation-1593';

test('tracker page: recommendation 7 gets a Rejected badge beside its text', async ({ context, cases }) => {
  const fixture = cases.get(TRACKER)!;
  const page = await context.newPage();
  await page.goto(fixture.url);

  const host = page.locator('cl-badge[data-lens-number="7"]');
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-lens-status', 'rejected');
  const badge = page.getByRole('button', { name: 'Recommendation 7: Rejected' });
  await expect(badge).toBeVisible();
  // The host sits inside the recommendation's own block, before its text.
  const blockText = await host.evaluate((el) => el.parentElement?.textContent ?? '');
  expect(blockText).toContain('We call for an immediate end to the sharing');

  await badge.click();
  const dialog = page.getByRole('dialog', { name: 'Recommendation 7' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Status from Accountability Index');
  await expect(dialog).toContainText('Introduce a complete firewall');
  await expect(dialog).toContainText('The government rejects the recommendation');
  await expect(dialog).toContainText('summary by Accountability Index');
  await shot(page, 'tracker-popover');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(badge).toBeFocused();
});

test('report page: every recommendation gets a pending badge in its own paragraph', async ({ context, cases }) => {
  const fixture = cases.get(REPORT)!;
  const page = await context.newPage();
  await page.goto(fixture.url);

  const hosts = page.locator('cl-badge[data-lens-number]');
  await expect(hosts).toHaveCount(fixture.items.length);
  expect(fixture.items.length).toBeGreaterThanOrEqual(15);
  for (const item of fixture.items) {
    const host = page.locator(`cl-badge[data-lens-number="${item.number}"]`);
    await expect(host).toHaveAttribute('data-lens-status', 'pending');
    const blockText = await host.evaluate((el) => (el.parentElement?.textContent ?? '').replace(/\s+/g, ' '));
    expect(blockText).toContain(item.startsWith);
  }
  await expect(page.getByRole('button', { name: 'Recommendation 7: Pending' })).toBeVisible();
  await page.locator('cl-badge[data-lens-number="1"]').scrollIntoViewIfNeeded();
  await shot(page, 'report-badges');
});

test('saving from the popover stores the item; it stays saved after a reload and shows in the library', async ({
  context,
  cases,
  extensionId,
}) => {
  const fixture = cases.get(REPORT)!;
  const page = await context.newPage();
  await page.goto(fixture.url);

  await page.getByRole('button', { name: 'Recommendation 7: Pending' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recommendation 7' });
  await expect(dialog).toContainText('Pending');
  await expect(dialog).toContainText('No response seen yet');
  const save = dialog.getByRole('button', { name: 'Save' });
  await expect(save).toBeFocused();
  await shot(page, 'report-popover');
  await save.click();
  await expect(dialog.getByRole('button', { name: 'Remove from library' })).toBeVisible();
  await expect(page.locator('cl-badge[data-lens-number="7"]')).toHaveAttribute('data-lens-saved', 'true');

  await page.reload();
  await expect(page.locator('cl-badge[data-lens-number="7"]')).toHaveAttribute('data-lens-saved', 'true');
  await expect(page.locator('cl-badge[data-lens-number="8"]')).not.toHaveAttribute('data-lens-saved', 'true');

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const row = library.getByRole('row').filter({ hasText: 'We call for an immediate end to the sharing' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('Pre-legislative scrutiny of the draft Victims Bill');
  await row.getByRole('button', { name: /We call for an immediate end/ }).click();
  const link = library.getByRole('link', { name: 'Open in the report' });
  await expect(link).toHaveAttribute(
    'href',
    /^https:\/\/publications\.parliament\.uk\/pa\/cm5803\/cmselect\/cmjust\/304\/report\.html#:~:text=/,
  );
  await shot(library, 'library');

  // Unsaving from the page removes it from the open library without a reload.
  await page.getByRole('button', { name: 'Recommendation 7: Pending' }).click();
  await page.getByRole('dialog', { name: 'Recommendation 7' }).getByRole('button', { name: 'Remove from library' }).click();
  await expect(library.getByText('Nothing saved yet')).toBeVisible();
});

test('popup: counts by status, the list, and jumping to an item', async ({ context, cases, extensionId, worker }) => {
  const fixture = cases.get(REPORT)!;
  const page = await openWithBadges(context, fixture);

  const popup = await openPopupFor(context, extensionId, await tabIdFor(worker, fixture.url));
  await expect(popup.getByText(`${fixture.items.length} recommendations found`)).toBeVisible();
  await expect(popup.getByRole('group', { name: 'Show only these statuses' })).toContainText(`${fixture.items.length}Pending`);
  const rows = popup.getByRole('navigation', { name: 'Recommendations on this page' }).getByRole('button');
  await expect(rows).toHaveCount(fixture.items.length);
  await expect(rows.first()).toContainText('1');
  await shot(popup, 'popup-report-pending');

  const last = fixture.items.at(-1)!;
  const target = page.locator(`cl-badge[data-lens-number="${last.number}"]`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(target).not.toBeInViewport();
  await rows.filter({ hasText: last.startsWith.slice(0, 20) }).click();
  await expect(target).toBeInViewport();
});

test('popup: Export page downloads every item on the page, a saved one as saved (with its note)', async ({
  context,
  cases,
  extensionId,
  worker,
}) => {
  const fixture = cases.get(REPORT)!;
  const page = await context.newPage();
  await page.goto(fixture.url);
  await page.getByRole('button', { name: 'Recommendation 4: Pending' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recommendation 4' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByLabel('Your note').fill('Ask the Minister about this.');
  await dialog.getByLabel('Your note').blur();

  const popup = await openPopupFor(context, extensionId, await tabIdFor(worker, fixture.url));
  await expect(popup.getByText(`${fixture.items.length} recommendations found`)).toBeVisible();
  await popup.getByText('Export page…').click();
  await expect(async () => {
    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Committee Lens library (JSON)' }).click();
    const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
      items: { number: string; note: string; quote: { exact: string } }[];
    };
    expect(file.items.map((item) => item.number)).toEqual(fixture.items.map((item) => item.number));
    // Whole items, not the popup's rows: the quote that anchors each one is there.
    expect(file.items.map((item) => item.quote.exact.slice(0, 30))).toEqual(fixture.items.map((item) => item.startsWith.slice(0, 30)));
    expect(file.items.find((item) => item.number === '4')?.note).toBe('Ask the Minister about this.');
    expect(file.items.filter((item) => item.note !== '')).toHaveLength(1);
  }).toPass();
  await expect(popup.getByRole('alert')).toHaveCount(0);
});

test('popup on the tracker page lists its one item with the tracker status', async ({ context, cases, extensionId, worker }) => {
  const fixture = cases.get(TRACKER)!;
  const page = await context.newPage();
  await page.goto(fixture.url);
  await expect(page.locator('cl-badge[data-lens-number="7"]')).toHaveCount(1);
  const popup = await openPopupFor(context, extensionId, await tabIdFor(worker, fixture.url));
  await expect(popup.getByText('1 recommendation found')).toBeVisible();
  await expect(popup.getByRole('button', { name: /^Recommendation 7\b.*Rejected/ })).toBeVisible();
  await shot(popup, 'popup-tracker');
});

test('the background answers an invalid message with an error, not a crash', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  const replies = await page.evaluate(async () => {
    const send = (message: unknown) => chrome.runtime.sendMessage(message);
    return [
      await send({ type: 'saveItem', data: { item: { number: 7 } } }),
      await send({ type: 'dropDatabase', data: {} }),
      await send('not an envelope'),
    ];
  });
  expect(replies.map((reply: { ok: boolean; error?: { code: string } }) => reply.error?.code)).toEqual([
    'invalid-request',
    'unknown-type',
    'bad-message',
  ]);
  // The background still works afterwards.
  const ok = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'getSavedItems', data: { reportKey: 'x' } }));
  expect(ok).toEqual({ ok: true, data: [] });
});

test('popover of a saved item: note, tags and a status correction, which the badge then shows', async ({ context, cases, extensionId }) => {
  const fixture = cases.get(REPORT)!;
  const page = await context.newPage();
  await page.goto(fixture.url);
  await page.getByRole('button', { name: 'Recommendation 4: Pending' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recommendation 4' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByLabel('Your note').fill('Ask the Minister about this.');
  await expect(dialog.getByText('Saved', { exact: true }).first()).toBeVisible();
  await dialog.getByLabel('Add a tag').fill('anti-social behaviour');
  await dialog.getByLabel('Add a tag').press('Enter');
  await dialog.getByLabel('Correct status').selectOption('rejected');
  await dialog.getByLabel('Reason for the correction').fill('Letter of 3 March says no');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.locator('cl-badge[data-lens-number="4"]')).toHaveAttribute('data-lens-status', 'rejected');
  await expect(dialog).toContainText('Your correction');
  await shot(page, 'popover-correction');

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const row = library.getByRole('row').filter({ hasText: 'We are concerned that victims' });
  await expect(row).toContainText('Rejected');
  await expect(row).toContainText('anti-social behaviour');
  await row.getByRole('button').click();
  await expect(library.getByLabel('Your note')).toHaveValue('Ask the Minister about this.');
});
