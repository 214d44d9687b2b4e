import { openPopupFor, tabIdFor } from '../../scripts/lib/extension-pages';
import { expect, test, openWithBadges } from './fixtures';

/** 65 items: more than the popup renders first (the rest follow once that frame is painted). */
const LONG_REPORT = 'commons-report-envaud-heat-hc412-2023-24';
const REPORT = 'commons-report-justice-hc304';
/** A response with answers of several statuses. */
const RESPONSE = 'response-justice-hc932';

const LIST = 'Recommendations on this page';
/** The page's badges (buttons in their shadow roots), as a reader sees them. */
const BADGE_NAME = /^(Recommendation|Paragraph) \S+: /;

test('popup on a long report: every row arrives, in tab order after the actions, and the last one jumps to its badge', async ({
  context,
  cases,
  extensionId,
  worker,
}) => {
  const fixture = cases.get(LONG_REPORT)!;
  const page = await openWithBadges(context, fixture);

  const popup = await openPopupFor(context, extensionId, await tabIdFor(worker, fixture.url));
  await expect(popup.getByText(`${fixture.items.length} recommendations found`)).toBeVisible();
  const rows = popup.getByRole('navigation', { name: LIST }).getByRole('button');
  await expect(rows).toHaveCount(fixture.items.length);

  await popup.getByRole('button', { name: 'Hide badges on this site' }).focus();
  await popup.keyboard.press('Tab');
  await expect(rows.first()).toBeFocused();

  const last = fixture.items.at(-1)!;
  const target = page.locator(`cl-badge[data-lens-number="${last.number}"]`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(target).not.toBeInViewport();
  await rows.last().focus();
  await expect(rows.last()).toContainText(last.startsWith.slice(0, 20));
  await popup.keyboard.press('Enter');
  await expect(target).toBeInViewport();
});

test('popup status chips narrow the list and the page, and widen them again', async ({ context, cases, extensionId, worker }) => {
  const fixture = cases.get(RESPONSE)!;
  const accepted = fixture.items.filter((item) => item.status === 'accepted').length;
  expect(accepted).toBeGreaterThan(0);
  expect(accepted).toBeLessThan(fixture.items.length);
  const page = await context.newPage();
  await page.goto(fixture.url);
  const badges = page.getByRole('button', { name: BADGE_NAME });
  await expect(badges).toHaveCount(fixture.items.length);

  const popup = await openPopupFor(context, extensionId, await tabIdFor(worker, fixture.url));
  const rows = popup.getByRole('navigation', { name: LIST }).getByRole('button');
  await expect(rows).toHaveCount(fixture.items.length);
  const chip = popup.getByRole('group', { name: 'Show only these statuses' }).getByRole('button', { name: /^\d+ ?Accepted$/ });
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(chip).toContainText(String(accepted));

  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(rows).toHaveCount(accepted);
  for (const row of await rows.all()) await expect(row).toContainText('Accepted');
  await expect(badges).toHaveCount(accepted);

  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(rows).toHaveCount(fixture.items.length);
  await expect(badges).toHaveCount(fixture.items.length);
});

test('popup: Save all saves every item; Hide badges on this site hides them until Show them', async ({
  context,
  cases,
  extensionId,
  worker,
}) => {
  const fixture = cases.get(REPORT)!;
  const n = fixture.items.length;
  const page = await context.newPage();
  await page.goto(fixture.url);
  const badges = page.getByRole('button', { name: BADGE_NAME });
  await expect(badges).toHaveCount(n);

  const popup = await openPopupFor(context, extensionId, await tabIdFor(worker, fixture.url));
  await popup.getByRole('button', { name: `Save all ${n}` }).click();
  await expect(popup.getByRole('status')).toHaveText(`Saved ${n} to your library.`);
  await expect(popup.getByRole('button', { name: 'All saved' })).toBeDisabled();
  await expect(popup.getByText(`${n} saved`)).toBeVisible();
  await expect(popup.getByRole('navigation', { name: LIST }).getByRole('button', { name: /, saved$/ })).toHaveCount(n);

  await popup.getByRole('button', { name: 'Hide badges on this site' }).click();
  const banner = popup.getByText(`Badges are hidden on ${new URL(fixture.url).hostname}.`);
  await expect(banner).toBeVisible();
  await expect(badges).toHaveCount(0);
  await popup.getByRole('button', { name: 'Show them' }).click();
  await expect(banner).toBeHidden();
  await expect(popup.getByRole('button', { name: 'Hide badges on this site' })).toBeVisible();
  await expect(badges).toHaveCount(n);
});
