/**
 * `npx tsx scripts/bench-pdf.ts` (after `npm run build`): the PDF viewer in real headless Chromium
 * on a long generated report printed to PDF (≥ 150 pages, 300 recommendations): time from opening
 * the viewer to the first badge and to all badges, and the viewer's bundle size beside the content
 * script's (pdf.js must not reach the content script). Last line: one JSON object.
 */
import { rm } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumPath, extensionId, HEADLESS_ARGS, launchWithExtension } from './lib/browser';
import { BUILD_DIR, bundleSizes, copyBuiltExtension } from './lib/bench/built-extension';
import { generateReportPage } from './lib/bench/report-page';
import { median, round } from './lib/bench/stats';

const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length)) || 3;
const PDF_URL = 'https://publications.parliament.uk/pa/cm5901/cmselect/cmjust/1304/1304.pdf';

async function printReport(): Promise<{ pdf: Buffer; pages: number; recommendations: number }> {
  const report = generateReportPage({ recommendations: 150, minBytes: 500_000 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: HEADLESS_ARGS });
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(report.html, { waitUntil: 'domcontentloaded' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    return { pdf, pages, recommendations: report.recommendations.length };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { pdf, pages, recommendations } = await printReport();
  console.log(`generated report PDF: ${pages} pages, ${recommendations} recommendations, ${Math.round(pdf.length / 1024)} kB`);
  const dir = await copyBuiltExtension(BUILD_DIR);
  const first: number[] = [];
  const all: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await launchWithExtension({ extensionDir: dir, headless: true });
      try {
        await context.route('**/*', (route) => {
          const url = route.request().url();
          if (!/^https?:/.test(url)) return route.continue();
          return url === PDF_URL ? route.fulfill({ status: 200, contentType: 'application/pdf', body: pdf }) : route.abort();
        });
        const id = await extensionId(context);
        const page = await context.newPage();
        const start = Date.now();
        await page.goto(`chrome-extension://${id}/viewer.html?file=${encodeURIComponent(PDF_URL)}`);
        await page
          .locator('cl-badge[data-lens-number]')
          .first()
          .waitFor({ state: 'attached', timeout: 180_000 })
          .catch(async (error: unknown) => {
            console.log(
              'viewer says:',
              await page
                .locator('body')
                .innerText()
                .catch(() => '?'),
            );
            throw error;
          });
        first.push(Date.now() - start);
        await page.waitForFunction((n) => document.querySelectorAll('cl-badge[data-lens-status]').length >= n, recommendations, {
          timeout: 120_000,
        });
        all.push(Date.now() - start);
        console.log(`run ${run + 1}: first badge ${first.at(-1)} ms, all ${recommendations} badges ${all.at(-1)} ms`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const sizes = await bundleSizes(BUILD_DIR);
  const kB = (entry: string) => round(sizes.find((size) => size.entry === entry)?.kB ?? 0, 1);
  console.log(
    `viewer bundle (page, pdf.js, UI): ${kB('viewer')} kB (the pdf.js worker, loaded by the viewer only, comes on top); content script: ${kB('content:lens')} kB`,
  );
  console.log(
    JSON.stringify({
      pdfPages: pages,
      pdfItems: recommendations,
      pdfFirstBadgeMs: median(first),
      pdfAllBadgesMs: median(all),
      viewerBundleKB: kB('viewer'),
      contentBundleKB: kB('content:lens'),
    }),
  );
}

await main();
