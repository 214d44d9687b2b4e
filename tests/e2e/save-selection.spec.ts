import type { Browser } from 'wxt/browser';
import { tabIdFor } from '../../scripts/lib/extension-pages';
import { expect, test, openWithBadges } from './fixtures';

/** The extension API inside the service worker, where `worker.evaluate` runs below. */
declare const chrome: typeof Browser;

const REPORT = 'commons-report-justice-hc304';
const PASSAGE = 'We heard a good deal of evidence about children';

test('"Save selection as a recommendation" saves the selected text, badges it, and finds it again after a reload', async ({
  context,
  cases,
  extensionId,
  worker,
}) => {
  const fixture = cases.get(REPORT)!;
  const page = await openWithBadges(context, fixture);

  // Select a sentence of a body paragraph (no adapter reads it as a recommendation).
  const selected = await page.evaluate((start) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(start);
      if (at < 0) continue;
      const end = node.nodeValue!.indexOf('.', at);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, end + 1);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    }
    return '';
  }, PASSAGE);
  expect(selected.length).toBeGreaterThan(20);

  // What the context menu's click does: the background asks the tab to save its selection.
  const tabId = await tabIdFor(worker, fixture.url);
  const reply = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'saveSelection', data: {} }), tabId);
  expect(reply).toMatchObject({ ok: true, data: { saved: true } });
  await expect(page.getByRole('status')).toContainText('Saved to your library');
  const badge = page.getByRole('button', { name: 'Saved selection: Pending' });
  await expect(badge).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Saved selection: Pending' })).toBeVisible();
  await expect(page.locator('cl-badge[data-lens-number^="sel-"]')).toHaveAttribute('data-lens-saved', 'true');

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const row = library.getByRole('row').filter({ hasText: selected.replace(/\s+/g, ' ').trim() });
  await expect(row).toHaveCount(1);
  await row.getByRole('button').click();
  await expect(library.getByRole('complementary')).toContainText('Saved selection');

  // Unsaving from its popover removes the passage's badge.
  await page.getByRole('button', { name: 'Saved selection: Pending' }).click();
  await page.getByRole('dialog', { name: 'Saved selection' }).getByRole('button', { name: 'Remove from library' }).click();
  await expect(page.locator('cl-badge[data-lens-number^="sel-"]')).toHaveCount(0);
});

test('saving with nothing selected says so and saves nothing', async ({ context, cases, worker }) => {
  const fixture = cases.get(REPORT)!;
  const page = await openWithBadges(context, fixture);
  const tabId = await tabIdFor(worker, fixture.url);
  const reply = await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'saveSelection', data: {} }), tabId);
  expect(reply).toMatchObject({ ok: true, data: { saved: false } });
  await expect(page.getByRole('alert')).toContainText('Select the text');
  await expect(page.locator('cl-badge[data-lens-number^="sel-"]')).toHaveCount(0);
});
