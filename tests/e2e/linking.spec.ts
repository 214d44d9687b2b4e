import { expect, test } from './fixtures';
import { shot } from './shot';

const RESPONSE = 'response-justice-hc932';
const REPORT = 'commons-report-justice-hc304';

test('reading the government response, then opening its report: every answered badge shows the linked status and summary', async ({
  context,
  cases,
}) => {
  const response = cases.get(RESPONSE)!;
  const report = cases.get(REPORT)!;

  const responsePage = await context.newPage();
  await responsePage.goto(response.url);
  // On the response itself, each answered recommendation is badged with our reading of the answer.
  await expect(responsePage.getByRole('button', { name: 'Recommendation 7: Rejected' })).toBeVisible();
  await responsePage.getByRole('button', { name: 'Recommendation 7: Rejected' }).click();
  const dialog = responsePage.getByRole('dialog', { name: 'Recommendation 7' });
  await expect(dialog).toContainText('Deciding sentence');
  await expect(dialog.locator('mark').first()).toBeVisible();
  await shot(responsePage, 'response-evidence');

  const reportPage = await context.newPage();
  await reportPage.goto(report.url);
  for (const gold of response.items.filter((item) => item.status)) {
    await expect(reportPage.locator(`cl-badge[data-lens-number="${gold.number}"]`)).toHaveAttribute('data-lens-status', gold.status!);
  }
  await reportPage.getByRole('button', { name: 'Recommendation 7: Rejected' }).click();
  const linked = reportPage.getByRole('dialog', { name: 'Recommendation 7' });
  await expect(linked).toContainText('we do not consider that any changes are necessary');
  await expect(linked.getByRole('link', { name: /Government Response|government response/ })).toHaveAttribute('href', response.url);
  await expect(linked).not.toContainText('quotes different words');
  await shot(reportPage, 'report-linked');
});
