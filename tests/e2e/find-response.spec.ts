import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURE_PAGES_DIR } from '../../scripts/lib/fixture-cases';
import { expect, test } from './fixtures';

const REPORT = 'commons-report-justice-hc304';
const RESPONSE_HTML = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html';
/** The response as a PDF (the bytes are the fixture's page.pdf), where the committee pages link to it in this test. */
const RESPONSE_PDF = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/932.pdf';

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

test('"Find the government response" reaches a response published as PDF, reads it in the background, and the badges show its answers', async ({
  context,
  cases,
}) => {
  // The committee's publication pages link to the response's PDF instead of its web page.
  for (const name of ['other-committees-victims-bill-inquiry-publications', 'other-publications-justice-committee-list']) {
    const listing = cases.get(name)!;
    const body = listing.html.replaceAll(RESPONSE_HTML, RESPONSE_PDF);
    // Registered after the fixture pages' route, so they are tried first.
    await context.route(listing.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  }
  const pdf = await readFile(join(FIXTURE_PAGES_DIR, 'response-justice-hc932', 'page.pdf'));
  const pdfRequests: string[] = [];
  await context.route(RESPONSE_PDF, (route) => {
    pdfRequests.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'application/pdf', body: pdf });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(cases.get(REPORT)!.url);
  await page.getByRole('button', { name: 'Recommendation 7: Pending' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recommendation 7' });
  await dialog.getByRole('button', { name: 'Find the government response' }).click();
  await expect(dialog.getByRole('status')).toContainText('answers linked to this report');
  await expect(page.locator('cl-badge[data-lens-number="7"]')).toHaveAttribute('data-lens-status', 'rejected');
  await expect(page.locator('cl-badge[data-lens-number="2"]')).toHaveAttribute('data-lens-status', 'accepted');
  expect(pdfRequests.length).toBeGreaterThan(0);
  // The reader page is closed once it has read the PDF; pdf.js never ran in the report's page.
  expect(await page.evaluate(() => 'pdfjsLib' in globalThis)).toBe(false);
  expect(errors).toEqual([]);
  await page.reload();
  await expect(page.locator('cl-badge[data-lens-number="7"]')).toHaveAttribute('data-lens-status', 'rejected');
});
