import { expectBadgesBesideItems, test, openWithBadges } from './fixtures';
import { shot } from './shot';

/** One page per adapter, read in real Chromium by the built extension. */
const ONE_PER_ADAPTER = [
  'commons-report-envaud-heat-hc412-2023-24',
  'commons-body-transport-hc251-2004-05',
  'lords-report-holref-hl17-2002-03',
  'response-justice-hc932',
  'response-covid-inquiry-cp1240',
  'accountability-index-recommendation-1593',
  'au-response-jscndis-independent-assessments',
];

for (const name of ONE_PER_ADAPTER) {
  test(`${name}: a badge beside every item, in its own block, with the page's status`, async ({ context, cases }) => {
    const fixture = cases.get(name)!;
    const page = await openWithBadges(context, fixture);
    await expectBadgesBesideItems(page, fixture);
    await page.locator('cl-badge[data-lens-number]').first().scrollIntoViewIfNeeded();
    await shot(page, `adapter-${name}`);
  });
}
