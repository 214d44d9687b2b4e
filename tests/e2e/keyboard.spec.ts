import type { Browser } from 'wxt/browser';
import { tabIdFor } from '../../scripts/lib/extension-pages';
import { expect, test, openWithBadges } from './fixtures';

/** The extension API inside the service worker, where `worker.evaluate` runs below. */
declare const chrome: typeof Browser;

const REPORT = 'commons-report-justice-hc304';

test('keyboard: shortcuts move between recommendations and save; Enter opens, Tab stays inside, Escape closes', async ({
  context,
  cases,
  worker,
}) => {
  const fixture = cases.get(REPORT)!;
  const page = await openWithBadges(context, fixture);

  const commands = await worker.evaluate(() => chrome.commands.getAll());
  expect(commands.map((c) => c.name)).toEqual(
    expect.arrayContaining(['next-recommendation', 'previous-recommendation', 'save-recommendation']),
  );

  // What pressing a shortcut does: the background passes the command to the active tab.
  const tabId = await tabIdFor(worker, fixture.url);
  const run = (command: string) =>
    worker.evaluate(([id, name]) => chrome.tabs.sendMessage(id, { type: 'keyboardCommand', data: { command: name } }), [
      tabId,
      command,
    ] as const);
  const focusedNumber = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.lensNumber);

  expect(await run('next-recommendation')).toMatchObject({ ok: true });
  expect(await focusedNumber()).toBe('1');
  await run('next-recommendation');
  await run('next-recommendation');
  expect(await focusedNumber()).toBe('3');
  await run('previous-recommendation');
  expect(await focusedNumber()).toBe('2');
  await expect(page.locator('cl-badge[data-lens-number="2"]')).toBeInViewport();
  await run('save-recommendation');
  await expect(page.locator('cl-badge[data-lens-number="2"]')).toHaveAttribute('data-lens-saved', 'true');

  // The badge itself, by keyboard.
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Recommendation 2' });
  await expect(dialog).toBeVisible();
  // Saved: focus lands on the note, never on a control that removes it.
  await expect(dialog.getByRole('textbox', { name: 'Your note' })).toBeFocused();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  const inside = await page.evaluate(() => document.activeElement?.localName);
  expect(inside).toBe('cl-overlay');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await focusedNumber()).toBe('2');
});
