import { launchWithExtension } from '../../scripts/lib/browser';
import { serveCases } from '../../scripts/lib/fixture-cases';
import { contrastRatio, parseColor } from '../../utils/ui/contrast';
import { runAxeRule } from './axe';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { shot } from './shot';

const REPORT = 'commons-report-justice-hc304';
const RESPONSE = 'response-justice-hc932';

/** A report page in a dark site theme, as a reader with a dark-theme extension or site setting sees it. */
const DARK_HOST_STYLE = '<style>body { background: #121212; color: #e8e8e8; }</style>';
const withDarkStyle = (html: string) => html.replace(/<\/head>/i, `${DARK_HOST_STYLE}</head>`);

function colourOf(css: string) {
  const colour = parseColor(css);
  if (!colour) throw new Error(`cannot read the computed colour "${css}"`);
  return colour;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`badges on a dark host page pass WCAG AA contrast with a ${scheme} system scheme`, async ({ cases }) => {
    const report = cases.get(REPORT)!;
    const context = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true, colorScheme: scheme });
    try {
      await serveCases(context, [...cases.values()]);
      // Read the response first so the report's badges show several statuses, not only "Pending".
      const response = await context.newPage();
      await response.goto(cases.get(RESPONSE)!.url);
      await expect(response.locator('cl-badge[data-lens-number]').first()).toBeAttached();

      const page = await context.newPage();
      await page.route(report.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: withDarkStyle(report.html) }));
      await page.goto(report.url);
      await expect(page.locator('cl-badge[data-lens-number]')).toHaveCount(report.items.length);
      await expect(page.locator('cl-badge[data-lens-status="rejected"]').first()).toBeAttached();
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
      // With the default "system" theme the badges and popover match the page, whatever the system says.
      expect(await page.locator('cl-badge[data-lens-number]:not([data-cl-theme="dark"])').count()).toBe(0);
      await expect(page.locator('cl-overlay')).toHaveAttribute('data-cl-theme', 'dark');

      // Text contrast (WCAG 1.4.3) as axe measures it, inside the badges' open shadow roots.
      const axe = await runAxeRule(page, 'color-contrast', ['cl-badge']);
      expect(axe.violations).toEqual([]);
      expect(axe.incomplete).toEqual([]);
      expect(axe.passedNodes).toBeGreaterThanOrEqual(report.items.length);

      // Non-text contrast (WCAG 1.4.11): the badge's edge against the page, from computed colours.
      const badges = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('cl-badge[data-lens-number]')].map((host) => {
          const style = getComputedStyle(host.shadowRoot!.querySelector('.cl-badge')!);
          return {
            number: host.dataset.lensNumber,
            status: host.dataset.lensStatus,
            border: style.borderTopColor,
            fill: style.backgroundColor,
          };
        }),
      );
      const pageBackground = colourOf('rgb(18, 18, 18)');
      const weak = badges.filter(
        ({ border, fill }) => Math.max(contrastRatio(colourOf(border), pageBackground), contrastRatio(colourOf(fill), pageBackground)) < 3,
      );
      expect(weak).toEqual([]);

      await page.locator('cl-badge[data-lens-number="5"]').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 120));
      await shot(page, scheme === 'light' ? 'report-badges-dark-host' : 'report-badges-dark-host-dark');
      if (scheme === 'light') {
        await page.getByRole('button', { name: 'Recommendation 7: Rejected' }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await shot(page, 'report-popover-dark-host');
      }
    } finally {
      await context.close();
    }
  });
}

test('badges match a light page under a dark system scheme, and still pass contrast', async ({ cases }) => {
  const report = cases.get(REPORT)!;
  const context = await launchWithExtension({ extensionDir: EXTENSION_DIR, headless: true, colorScheme: 'dark' });
  try {
    await serveCases(context, [...cases.values()]);
    const page = await context.newPage();
    await page.goto(report.url);
    await expect(page.locator('cl-badge[data-lens-number]')).toHaveCount(report.items.length);
    expect(await page.locator('cl-badge[data-lens-number]:not([data-cl-theme="light"])').count()).toBe(0);
    await expect(page.locator('cl-overlay')).toHaveAttribute('data-cl-theme', 'light');
    const axe = await runAxeRule(page, 'color-contrast', ['cl-badge']);
    expect(axe.violations).toEqual([]);
    expect(axe.incomplete).toEqual([]);
    expect(axe.passedNodes).toBeGreaterThanOrEqual(report.items.length);
  } finally {
    await context.close();
  }
});
