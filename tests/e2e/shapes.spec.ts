import { SHAPE_NAMES, variantsOf } from '../../scripts/lib/variants';
import { expect, expectBadgesBesideItems, test } from './fixtures';
import { shot } from './shot';

/*
 * The shared reader in real Chromium on markup nobody wrote by hand: one report and one response,
 * each re-rendered into every shape of the robustness suite (scripts/lib/variants), served at the
 * case's real URL. Every item gets one badge in the block that holds its text, with the page's status.
 */
const CASES = ['commons-report-justice-hc304', 'au-response-pjcis-higher-education-security'];

for (const name of CASES) {
  for (const shape of SHAPE_NAMES) {
    test(`${name} as ${shape}: a badge beside every item`, async ({ context, cases }) => {
      const fixture = cases.get(name)!;
      const { variant } = (await variantsOf(fixture, [shape]))[0]!;
      const page = await context.newPage();
      await page.route(variant.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: variant.html }));
      await page.goto(variant.url);
      await expect(page.locator('cl-badge[data-lens-number]')).toHaveCount(fixture.items.length);
      await expectBadgesBesideItems(page, fixture);
      if (shape === 'pdf-lines' || shape === 'table') await shot(page, `shape-${shape}-${name}`);
      await page.close();
    });
  }
}
