import { openPopupFor, tabIdFor } from '../../scripts/lib/extension-pages';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { BadgedPage } from './pages/report-page';
import { shot } from './shot';

const RESPONSE = 'response-justice-hc932';

test('the popup’s status filter shows on the page as a chip, outlives the popup, and clears from the page by keyboard', async ({
  context,
  cases,
  extensionId,
  worker,
}) => {
  const fixture = cases.get(RESPONSE)!;
  const response = await BadgedPage.open(context, fixture);
  const { page } = response;
  const rejected = Object.values(await response.statuses()).filter((status) => status === 'rejected').length;
  expect(rejected).toBeGreaterThan(0);
  const chip = page.getByRole('region', { name: 'Committee Lens status filter' });
  await expect(chip).toHaveCount(0);
  const layout = () =>
    page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
  const before = await layout();

  const popup = await openPopupFor(context, extensionId, await tabIdFor(worker, fixture.url));
  await popup
    .getByRole('group', { name: 'Show only these statuses' })
    .getByRole('button', { name: /^\d+ ?Rejected$/ })
    .click();
  await popup.close();

  // With the popup gone the page says what it is showing, and how to see everything again.
  await page.bringToFront();
  await expect(chip).toBeVisible();
  await expect(chip).toContainText(/Showing only:\s*Rejected/);
  await expect(chip).toContainText(`${rejected} of ${fixture.items.length}`);
  await expect(page.locator('cl-badge[data-lens-number]')).toHaveCount(fixture.items.length);
  await expect(page.getByRole('button', { name: /^Recommendation \S+: / })).toHaveCount(rejected);
  expect(await seriousViolations(page, ['cl-overlay'])).toEqual([]);
  // It lies over the page (fixed to the window): the page's own layout does not change.
  expect(await layout()).toEqual(before);
  await page
    .getByRole('button', { name: /^Recommendation \S+: Rejected/ })
    .first()
    .scrollIntoViewIfNeeded();
  await shot(page, 'report-filter-chip');

  const clear = chip.getByRole('button', { name: /^Clear/ });
  await clear.focus();
  await expect(clear).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chip).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Recommendation \S+: / })).toHaveCount(fixture.items.length);

  // The popup, opened again, shows no filter either.
  const again = await openPopupFor(context, extensionId, await tabIdFor(worker, fixture.url));
  for (const button of await again.getByRole('group', { name: 'Show only these statuses' }).getByRole('button').all())
    await expect(button).toHaveAttribute('aria-pressed', 'false');
  await again.close();

  // A filter lasts as long as the page: a reload shows every badge again.
  const popup2 = await openPopupFor(context, extensionId, await tabIdFor(worker, fixture.url));
  await popup2
    .getByRole('group', { name: 'Show only these statuses' })
    .getByRole('button', { name: /^\d+ ?Rejected$/ })
    .click();
  await popup2.close();
  await expect(chip).toBeVisible();
  await page.reload();
  await response.waitForBadges();
  await expect(page.getByRole('button', { name: /^Recommendation \S+: / })).toHaveCount(fixture.items.length);
  await expect(chip).toHaveCount(0);
});
