import { expect, test } from './fixtures';
import { BadgedPage } from './pages/report-page';
import { shot } from './shot';

const REPORT = 'commons-report-justice-hc304';

test('saving by keyboard keeps focus in the popover, on the note; by mouse too', async ({ context, cases }) => {
  const report = await BadgedPage.open(context, cases.get(REPORT)!);
  const { page } = report;

  // Keyboard: focus the badge, Enter opens, Enter on Save saves.
  await report.badge('2').focus();
  await page.keyboard.press('Enter');
  const dialog = report.dialog('2');
  await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(report.host('2')).toHaveAttribute('data-lens-saved', 'true');
  await expect(dialog).toBeVisible();
  await expect(report.note('2')).toBeFocused();
  // The note and the tags are reachable from there without leaving the popover.
  await page.keyboard.type('Firewall: check the Home Office reply');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Add a tag' })).toBeFocused();
  await page.keyboard.type('data sharing');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Tags' })).toContainText('data sharing');
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // Mouse: clicking Save also leaves focus on the note, and the popover open.
  await page.keyboard.press('Escape');
  const other = await report.openPopover('5');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(report.note('5')).toBeFocused();
  await expect(other).toBeVisible();
});

test('nothing lost to one key press: reopening focuses the note, the shortcut only saves, removing asks and can be undone', async ({
  context,
  cases,
  worker,
}) => {
  const report = await BadgedPage.open(context, cases.get(REPORT)!);
  const { page } = report;

  // Save recommendation 7 with a note and a tag.
  let dialog = await report.openPopover('7');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await report.note('7').fill('Ask the minister about the firewall.');
  await dialog.getByRole('combobox', { name: 'Add a tag' }).fill('immigration');
  await dialog.getByRole('combobox', { name: 'Add a tag' }).press('Enter');
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(report.badge('7')).toBeFocused();

  // Reopening by keyboard lands on the note, not on anything that removes; Enter there is a new line.
  await report.host('7').evaluate((host) => {
    host.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -48);
  });
  await page.keyboard.press('Enter');
  await expect(report.note('7')).toBeFocused();
  await expect(dialog.getByRole('list', { name: 'Tags' })).toBeInViewport();
  await shot(page, 'report-popover-saved');
  await page.keyboard.press('Enter');
  await expect(report.host('7')).toHaveAttribute('data-lens-saved', 'true');
  await page.keyboard.press('Escape');

  // The save shortcut, pressed twice on a saved item, leaves it saved.
  await report.badge('7').focus();
  await report.shortcut(worker, 'save-recommendation');
  await report.shortcut(worker, 'save-recommendation');
  await expect(report.host('7')).toHaveAttribute('data-lens-saved', 'true');
  await expect(report.toast()).toContainText('Already in your library');

  // Removing asks first (it has a note and a tag); Keep keeps it, with focus back on the button.
  dialog = await report.openPopover('7');
  await dialog.getByRole('button', { name: 'Remove from library' }).click();
  await expect(dialog.getByRole('group')).toContainText('Your note and 1 tag will go too');
  await expect(dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Remove from library' })).toBeFocused();
  await expect(report.host('7')).toHaveAttribute('data-lens-saved', 'true');

  // Remove, then Undo from the toast: the note and the tag are back.
  await dialog.getByRole('button', { name: 'Remove from library' }).click();
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(report.host('7')).not.toHaveAttribute('data-lens-saved', 'true');
  await expect(dialog.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(report.toast()).toContainText('Removed it from your library.');
  await report.toast().getByRole('button', { name: 'Undo' }).click();
  await expect(report.host('7')).toHaveAttribute('data-lens-saved', 'true');
  await expect(report.note('7')).toHaveValue(/^Ask the minister about the firewall\.\n?$/);
  await expect(dialog.getByRole('list', { name: 'Tags' })).toContainText('immigration');

  // After a reload too: the Undo put back the stored record, not just the page's view of it.
  await page.reload();
  await report.waitForBadges();
  await report.openPopover('7');
  await expect(report.note('7')).toHaveValue(/^Ask the minister about the firewall\.\n?$/);

  // An item with nothing of yours is removed at once, with Undo in the popover (focused).
  await page.keyboard.press('Escape');
  dialog = await report.openPopover('9');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(report.host('9')).toHaveAttribute('data-lens-saved', 'true');
  await dialog.getByRole('button', { name: 'Remove from library' }).click();
  await expect(report.host('9')).not.toHaveAttribute('data-lens-saved', 'true');
  await expect(dialog.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(report.host('9')).toHaveAttribute('data-lens-saved', 'true');
  await expect(report.note('9')).toBeFocused();
});
