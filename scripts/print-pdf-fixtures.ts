/**
 * `npx tsx scripts/print-pdf-fixtures.ts [CASE…]`: print fixture pages of each shape to PDF with
 * headless Chromium, as `page.pdf` beside their `case.json`, so `npm run eval` reads the same
 * case through the PDF path (pdf.js text → blocks → the shared reader) and scores it like its
 * HTML twin. Scripts are off and nothing loads from the network while printing.
 */
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, HEADLESS_ARGS } from './lib/browser';
import { FIXTURE_PAGES_DIR, loadCases } from './lib/fixture-cases';

/** One or more cases of every shape: report lists, bold body paragraphs, responses (prose and tables), pages with none. */
export const PDF_CASES = [
  'commons-report-justice-hc304',
  'commons-report-envaud-heat-hc412-2023-24',
  'lords-report-statinq-hl9-2024-25',
  'scot-report-cj-pretrial-support-bill',
  'commons-body-transport-hc251-2004-05',
  'response-justice-hc932',
  'response-efra-hc1283',
  'au-response-house-spla-family-violence-orders',
  'au-response-pjcis-higher-education-security',
  'response-defence-hc516-table',
  'other-publications-justice-committee-list',
  'other-hansard-lords-liaison-review-2019-10-03',
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).length ? process.argv.slice(2) : PDF_CASES;
  const cases = (await loadCases()).filter((c) => wanted.includes(c.name));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: HEADLESS_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => route.abort());
    for (const fixture of cases) {
      const page = await context.newPage();
      await page.setContent(fixture.html, { waitUntil: 'domcontentloaded' });
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
      });
      const out = join(FIXTURE_PAGES_DIR, fixture.name, 'page.pdf');
      await writeFile(out, pdf);
      console.log(`${fixture.name}: ${Math.round((await stat(out)).size / 1024)} kB`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
