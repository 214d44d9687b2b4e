import type { BrowserContext, Page } from '@playwright/test';
import { tabIdFor } from '../../scripts/lib/extension-pages';
import { daysBetween, todayOf } from '../../utils/committees-api/deadline';
import { apiFixtureReply } from '../helpers/committees-api';
import { expect, openWithBadges, SCREENSHOT_DIR, test } from './fixtures';

const API = 'https://committees-api.parliament.uk';

/**
 * Parliament's Committees API answered from one fixture case (tests/fixtures/committees-api/<case>/),
 * every request logged. Registered after the fixture pages' catch-all route, so it is asked first.
 */
async function routeApi(context: BrowserContext, caseName: string): Promise<string[]> {
  const asked: string[] = [];
  await context.route(`${API}/**`, async (route) => {
    const url = new URL(route.request().url());
    asked.push(`${url.pathname}${url.search}`);
    const { status, body } = apiFixtureReply(caseName, `${url.pathname}${url.search}`);
    await route.fulfill({ status, contentType: 'application/json; charset=utf-8', body });
  });
  return asked;
}

test('report → Find: Parliament’s data names the response, its answers are linked, and the page says when it was answered', async ({
  context,
  cases,
  extensionId,
  worker,
}) => {
  const asked = await routeApi(context, 'report-with-response');
  const report = cases.get('commons-report-justice-hc304')!;
  const page = await openWithBadges(context, report);
  await page.getByRole('button', { name: 'Recommendation 7: Pending' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recommendation 7' });
  await dialog.getByRole('button', { name: 'Find the government response' }).click();
  await expect(dialog.getByRole('status')).toContainText("answers linked to this report (through Parliament's data)");
  await expect(page.locator('cl-badge[data-lens-number="7"]')).toHaveAttribute('data-lens-status', 'rejected');
  await expect(page.locator('cl-badge[data-lens-number="2"]')).toHaveAttribute('data-lens-status', 'accepted');
  // The quiet strip above the first badge: when it was answered, linked to the response.
  const strip = page.getByRole('region', { name: 'Response deadline' });
  await expect(strip.getByRole('link', { name: 'Answered on 10 January 2023 (HC 932)' })).toHaveAttribute(
    'href',
    cases.get('response-justice-hc932')!.url,
  );
  await page.keyboard.press('Escape');
  await strip.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await page.screenshot({ path: `${SCREENSHOT_DIR}report-response-strip.png` });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdFor(worker, report.url)}`);
  await expect(popup.getByRole('link', { name: 'Answered on 10 January 2023 (HC 932)' })).toBeVisible();
  await popup.screenshot({ path: `${SCREENSHOT_DIR}popup-response-answered.png` });
  await popup.close();
  expect(asked[0]).toBe('/api/Publications?PaperNumbers=304&StartDate=2022-10-04&EndDate=2022-10-24&Skip=0&Take=30');
  expect(asked).toContain('/api/Publications/31001');
  // Stored on the report's record: after a reload the strip is there without asking again.
  const before = asked.length;
  await page.reload();
  await expect(page.getByRole('region', { name: 'Response deadline' })).toContainText('Answered on 10 January 2023 (HC 932)');
  expect(asked).toHaveLength(before);
});

test('a report with no response and its deadline past: "overdue by N days" on the page and, with the clock fixed, in the popup', async ({
  context,
  cases,
  extensionId,
  worker,
}) => {
  await routeApi(context, 'no-response-deadline-past');
  const report = cases.get('commons-report-envaud-heat-hc412-2023-24')!;
  const page = await openWithBadges(context, report);
  const first = report.items[0]!.number;
  // Before any click: an estimate from the page's own date (two months), labelled as such.
  const strip = page.getByRole('region', { name: 'Response deadline' });
  const late = daysBetween('2024-05-12', todayOf(Date.now()));
  await expect(strip).toContainText(`Response overdue by ${late} days (estimated)`);
  await page.getByRole('button', { name: `Recommendation ${first}: Pending` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Find the government response' }).click();
  // Parliament's deadline (no longer an estimate); the committee pages still 404 here.
  await expect(dialog.getByRole('alert')).toContainText(`Response overdue by ${late} days`);
  await expect(strip).toHaveText(new RegExp(`^Response overdue by ${late} days\\.`));

  const popup = await context.newPage();
  await popup.clock.install({ time: new Date('2024-06-22T09:00:00Z') });
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdFor(worker, report.url)}`);
  await expect(popup.locator('[data-cl-deadline="overdue"]')).toHaveText(/^Response overdue by 41 days\./);
  await popup.screenshot({ path: `${SCREENSHOT_DIR}popup-response-overdue.png` });
});

test('network audit: reading reports without clicking Find sends nothing to Parliament’s API', async ({
  context,
  cases,
  extensionId,
  worker,
}) => {
  const asked = await routeApi(context, 'report-with-response');
  for (const name of ['commons-report-justice-hc304', 'lords-report-statinq-hl9-2024-25', 'commons-report-envaud-heat-hc412-2023-24']) {
    const report = cases.get(name)!;
    const page = await openWithBadges(context, report);
    await page.getByRole('button', { name: new RegExp(`^Recommendation ${report.items[0]!.number}: `) }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdFor(worker, report.url)}`);
    await expect(popup.getByText(/recommendations? found/)).toBeVisible();
    await popup.close();
  }
  expect(asked).toEqual([]);
});

test('library: a Response column (answered with its paper, overdue N days, estimated) and an "overdue" filter', async ({
  context,
  cases,
  extensionId,
}) => {
  await routeApi(context, 'report-with-response');
  const save = async (page: Page, number: string) => {
    await page.getByRole('button', { name: new RegExp(`^Recommendation ${number}: `) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('button', { name: 'Remove from library' })).toBeVisible();
    await page.keyboard.press('Escape');
  };
  // HC 304: answered, found through the API. HC 412: never asked, its deadline estimated and past.
  const justice = await openWithBadges(context, cases.get('commons-report-justice-hc304')!);
  await justice.getByRole('button', { name: 'Recommendation 7: Pending' }).click();
  await justice.getByRole('dialog').getByRole('button', { name: 'Find the government response' }).click();
  await expect(justice.getByRole('dialog').getByRole('status')).toContainText('answers linked');
  await justice.keyboard.press('Escape');
  await save(justice, '3');
  const heat = await openWithBadges(context, cases.get('commons-report-envaud-heat-hc412-2023-24')!);
  await save(heat, '1');
  await save(heat, '2');

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  const rows = library.getByRole('rowgroup').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(library.getByRole('columnheader', { name: 'Response' })).toBeVisible();
  const late = daysBetween('2024-05-12', todayOf(Date.now()));
  await expect(rows.filter({ hasText: 'Pre-legislative scrutiny' }).getByRole('link', { name: 'answered (HC 932)' })).toBeVisible();
  await expect(rows.filter({ hasText: 'Heat in homes' }).first()).toContainText(`overdue ${late} days (est.)`);
  await library.screenshot({ path: `${SCREENSHOT_DIR}library-response-column.png` });

  const overdue = library.getByRole('checkbox', { name: /Overdue responses only/ });
  await expect(overdue).toHaveAccessibleName('Overdue responses only (2)');
  await overdue.check();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Pre-legislative scrutiny' })).toHaveCount(0);
  await overdue.uncheck();
  await expect(rows).toHaveCount(3);
});

test('with "Check for responses when I open a report" turned on in Settings, opening a report asks the API by itself', async ({
  context,
  cases,
  extensionId,
}) => {
  const asked = await routeApi(context, 'report-with-response');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const setting = options.getByRole('checkbox', { name: 'Check for responses when I open a report' });
  await expect(setting).not.toBeChecked();
  // The box is controlled by the stored setting: it shows checked once the setting is saved.
  await setting.click();
  await expect(setting).toBeChecked();
  await expect(options.getByText('Saved.')).toBeVisible();
  const page = await openWithBadges(context, cases.get('commons-report-justice-hc304')!);
  await expect(page.getByRole('region', { name: 'Response deadline' })).toContainText('Answered on 10 January 2023 (HC 932)');
  await expect(page.locator('cl-badge[data-lens-number="7"]')).toHaveAttribute('data-lens-status', 'rejected');
  expect(asked.length).toBeGreaterThan(0);
});
