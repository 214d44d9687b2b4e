import { expect, test } from './fixtures';

const REPORT = 'commons-report-justice-hc304';

test('"Find the government response" follows the committee pages to the response and links its answers', async ({ context, cases }) => {
  const report = cases.get(REPORT)!;
  const page = await context.newPage();
  await page.goto(report.url);
  await page.getByRole('button', { name: 'Recommendation 7: Pending' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recommendation 7' });
  await dialog.getByRole('button', { name: 'Find the government response' }).click();
  await expect(dialog.getByRole('status')).toContainText('answers linked to this report');
  await expect(page.locator('cl-badge[data-lens-number="7"]')).toHaveAttribute('data-lens-status', 'rejected');
  await expect(page.locator('cl-badge[data-lens-number="2"]')).toHaveAttribute('data-lens-status', 'accepted');
  // Linked for good: a reload shows the answers without searching again.
  await page.reload();
  await expect(page.locator('cl-badge[data-lens-number="7"]')).toHaveAttribute('data-lens-status', 'rejected');
});

test('the committee page cannot be fetched (here a 404): says why, offers a retry, statuses stay pending', async ({ context, cases }) => {
  const report = cases.get('commons-report-envaud-heat-hc412-2023-24')!;
  const page = await context.newPage();
  await page.goto(report.url);
  const first = report.items[0]!.number;
  await page.getByRole('button', { name: `Recommendation ${first}: Pending` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Find the government response' }).click();
  await expect(dialog.getByRole('alert')).toContainText('answered 404');
  await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.locator(`cl-badge[data-lens-number="${first}"]`)).toHaveAttribute('data-lens-status', 'pending');
});
