import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { openPopupFor, tabIdFor } from '../../scripts/lib/extension-pages';
import { FIXTURE_PAGES_DIR } from '../../scripts/lib/fixture-cases';
import { encryptedPdf } from '../helpers/encrypted-pdf';
import { expect, test } from './fixtures';
import { shot } from './shot';

const RESPONSE = 'response-justice-hc932';
const REPORT = 'commons-report-justice-hc304';
/** Where the response PDF is served in these tests (the bytes are the fixture's page.pdf). */
const RESPONSE_PDF = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/932.pdf';

async function servePdf(context: BrowserContext, url: string, body: Buffer, contentType = 'application/pdf'): Promise<void> {
  // Registered after the fixture pages' route, so it is tried first.
  await context.route(url, (route) => route.fulfill({ status: 200, contentType, body }));
}

/** The worker's global, in `worker.evaluate`. */
declare const chrome: typeof Browser;

const viewerUrl = (extensionId: string, file: string) => `chrome-extension://${extensionId}/viewer.html?file=${encodeURIComponent(file)}`;

test('a government response PDF in the viewer: badges with statuses, the popup, save one with its page, and the report shows the answers', async ({
  context,
  extensionId,
  worker,
  cases,
}) => {
  const response = cases.get(RESPONSE)!;
  await servePdf(context, RESPONSE_PDF, await readFile(join(FIXTURE_PAGES_DIR, RESPONSE, 'page.pdf')));
  const errors: string[] = [];
  const viewer = await context.newPage();
  viewer.on('pageerror', (error) => errors.push(error.message));
  await viewer.goto(viewerUrl(extensionId, RESPONSE_PDF));

  // Every answered recommendation has its badge over the text layer, with the host contract of web pages.
  await expect(viewer.locator('cl-badge[data-lens-number]')).toHaveCount(response.items.length);
  for (const gold of response.items.filter((item) => item.status)) {
    await expect(viewer.locator(`cl-badge[data-lens-number="${gold.number}"]`)).toHaveAttribute('data-lens-status', gold.status!);
  }
  await expect(viewer.locator('.textLayer').first()).toContainText('Justice Committee');
  await expect(viewer.getByRole('toolbar', { name: 'PDF' })).toContainText('of ');

  // The popup describes the viewer's tab as it describes a page.
  const popup = await openPopupFor(context, extensionId, await tabIdFor(worker, RESPONSE_PDF));
  await expect(popup.getByText(`${response.items.length} recommendations found`)).toBeVisible();
  await popup.close();

  // The same popover and Save as on a page.
  const badge = viewer.getByRole('button', { name: 'Recommendation 7: Rejected' });
  await badge.scrollIntoViewIfNeeded();
  await badge.click();
  const dialog = viewer.getByRole('dialog', { name: 'Recommendation 7' });
  await expect(dialog).toContainText('Deciding sentence');
  await dialog.getByRole('button', { name: /^Save/ }).click();
  await expect(viewer.locator('cl-badge[data-lens-number="7"]')).toHaveAttribute('data-lens-saved', 'true');
  await shot(viewer, 'viewer-response-popover');

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByText('1 saved')).toBeVisible();
  await expect(library.getByRole('rowgroup').getByRole('row')).toHaveCount(1);
  // Saved with the PDF page it is on: the link opens the PDF there.
  const seen = library.getByRole('rowgroup').getByRole('link', { name: /^response \(p\. \d+\)$/ });
  await expect(seen).toHaveAttribute('href', new RegExp(`^${RESPONSE_PDF.replace(/[.]/g, '\\.')}#page=\\d+$`));

  // The report page shows what the PDF answered.
  const report = cases.get(REPORT)!;
  const reportPage = await context.newPage();
  await reportPage.goto(report.url);
  await expect(reportPage.locator('cl-badge[data-lens-number="7"]')).toHaveAttribute('data-lens-status', 'rejected');
  expect(errors).toEqual([]);
});

/** A PDF with pages but no text (as a scan): printed from a page holding only a drawing. */
async function scannedPdf(context: BrowserContext): Promise<Buffer> {
  const page = await context.newPage();
  await page.setContent('<div style="width:400px;height:300px;background:linear-gradient(45deg,#333,#ccc)"></div>');
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  return pdf;
}

test('a PDF with no text (a scan) says so, and still shows its pages', async ({ context, extensionId }) => {
  const url = 'https://publications.parliament.uk/pa/bad/scanned.pdf';
  await servePdf(context, url, await scannedPdf(context));
  const viewer = await context.newPage();
  await viewer.goto(viewerUrl(extensionId, url));
  await expect(viewer.getByRole('status').filter({ hasText: 'This PDF has no text to read' })).toBeVisible();
  await expect(viewer.locator('.pdf-page')).toHaveCount(1);
});

const BAD_FILES: [string, string, Buffer, string][] = [
  ['a file over 50 MB', 'https://publications.parliament.uk/pa/bad/huge.pdf', Buffer.alloc(51 * 1024 * 1024, 0x20), 'larger than 50 MB'],
  [
    'not a PDF',
    'https://publications.parliament.uk/pa/bad/not-a-pdf.pdf',
    Buffer.from('<html><body>Not found</body></html>'),
    'This file is not a PDF.',
  ],
  [
    'a damaged PDF',
    'https://publications.parliament.uk/pa/bad/damaged.pdf',
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF'),
    'damaged',
  ],
  [
    'an encrypted (password) PDF',
    'https://publications.parliament.uk/pa/bad/encrypted.pdf',
    Buffer.from(encryptedPdf()),
    'This PDF is protected with a password, so its text cannot be read.',
  ],
];

for (const [name, url, body, message] of BAD_FILES) {
  test(`the viewer says so for ${name}, and nothing is left unhandled`, async ({ context, extensionId }) => {
    await servePdf(context, url, body);
    const errors: string[] = [];
    const viewer = await context.newPage();
    viewer.on('pageerror', (error) => errors.push(error.message));
    await viewer.goto(viewerUrl(extensionId, url));
    await expect(viewer.getByRole('alert')).toContainText(message);
    await expect(viewer.getByRole('link', { name: 'Open the original in the browser' })).toHaveAttribute('href', url);
    expect(errors).toEqual([]);
  });
}

test('the viewer opens a PDF from the computer, read locally', async ({ context, extensionId, cases }) => {
  const viewer = await context.newPage();
  await viewer.goto(`chrome-extension://${extensionId}/viewer.html`);
  await expect(viewer.getByText('Open a PDF from your computer to read it')).toBeVisible();
  await viewer.getByLabel('Open a PDF from your computer').setInputFiles(join(FIXTURE_PAGES_DIR, REPORT, 'page.pdf'));
  await expect(viewer.locator('cl-badge[data-lens-number]')).toHaveCount(cases.get(REPORT)!.items.length);
});

test('the popup on a tab showing a PDF offers "Open in Committee Lens", which opens it in the viewer in that tab', async ({
  context,
  extensionId,
  worker,
}) => {
  await servePdf(context, RESPONSE_PDF, await readFile(join(FIXTURE_PAGES_DIR, RESPONSE, 'page.pdf')));
  const tab = await context.newPage();
  await tab.goto(RESPONSE_PDF).catch(() => undefined);
  // A PDF tab has no content script to ask; its address is visible under the host permission.
  const tabId = await worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((t) => t.url === wanted)?.id, RESPONSE_PDF);
  expect(tabId).toBeDefined();
  const popup = await openPopupFor(context, extensionId, tabId!);
  await popup.getByRole('button', { name: 'Open in Committee Lens' }).click();
  await expect(tab).toHaveURL(viewerUrl(extensionId, RESPONSE_PDF));
  await expect(tab.locator('cl-badge[data-lens-number]').first()).toBeVisible();
});
