/**
 * `npm run demo`: the built extension in Chromium on the bundled sample pages, served at their
 * real URLs with no network. With a display it opens a window to use by hand; without one it runs
 * headless and writes screenshots of each page, its popover and the popup to demo-output/.
 */
import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionId, extensionWorker, launchWithExtension } from './lib/browser';
import { openPopupFor, tabIdFor } from './lib/extension-pages';
import { loadCases, serveCases, type LoadedCase } from './lib/fixture-cases';

const EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../demo-output/', import.meta.url));
const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** The sample pages shown, in order: the response first, so its report then shows the linked answers. */
const SAMPLES = [
  'response-justice-hc932',
  'commons-report-justice-hc304',
  'accountability-index-recommendation-1593',
  'lords-report-statinq-hl9-2024-25',
  'au-response-jscndis-independent-assessments',
];
const all = await loadCases();
const cases = SAMPLES.map((name) => all.find((c) => c.name === name)!);
const context = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless });
await serveCases(context, all);
const id = await extensionId(context);

if (headless) {
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    const path = `${OUT_DIR}${name}.png`;
    await page.screenshot({ path });
    written.push(path);
  };
  for (const sample of cases) await photograph(context, sample, shot);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${id}/library.html`);
  await library.getByRole('rowgroup').getByRole('row').first().getByRole('button').click();
  await library.getByRole('complementary').waitFor();
  await shot(library, 'library');
  await context.close();
  console.log(`Committee Lens demo: ${written.length} screenshots of ${cases.length} sample pages in demo-output/:`);
  for (const path of written) console.log(`  ${path}`);
} else {
  for (const sample of cases) await (await context.newPage()).goto(sample.url);
  await (await context.newPage()).goto(`chrome-extension://${id}/library.html`);
  console.log('Committee Lens demo: Chromium is open on the sample pages:');
  for (const sample of cases) console.log(`  ${sample.url}`);
  console.log('Click a badge beside a recommendation; the toolbar button opens the popup. Close the window to finish.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

/** The page with its badges, the popover of its most telling item (saved), and the popup. */
async function photograph(context: BrowserContext, sample: LoadedCase, shot: (page: Page, name: string) => Promise<void>) {
  const page = await context.newPage();
  await page.goto(sample.url);
  const number = sample.items.find((item) => item.number === '7')?.number ?? sample.items[0]?.number;
  const host = page.locator(`cl-badge[data-lens-number="${number}"]`);
  await host.waitFor({ state: 'attached', timeout: 15_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await host.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 160));
  await shot(page, `${sample.name}-badges`);
  await host.locator('button').click();
  const dialog = page.getByRole('dialog');
  // One record per recommendation: saved on an earlier sample page, it is already in the library.
  const save = dialog.getByRole('button', { name: 'Save', exact: true });
  if (await save.isVisible()) await save.click();
  await dialog.getByRole('region', { name: 'In your library' }).waitFor();
  await shot(page, `${sample.name}-popover`);
  await page.keyboard.press('Escape');
  const worker = await extensionWorker(context);
  const popup = await openPopupFor(context, id, await tabIdFor(worker, sample.url));
  await popup.getByRole('navigation').waitFor();
  await shot(popup, `${sample.name}-popup`);
  await popup.close();
}
