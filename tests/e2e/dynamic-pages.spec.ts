import { expect, test, openWithBadges } from './fixtures';

const REPORT = 'commons-report-justice-hc304';

test('late content gets badges; a removed badge comes back once; no second badge', async ({ context, cases }) => {
  const fixture = cases.get(REPORT)!;
  const page = await context.newPage();
  await page.goto(fixture.url);
  const hosts = page.locator('cl-badge[data-lens-number]');
  await expect(hosts).toHaveCount(fixture.items.length);

  // The page adds a recommendation after load (as pages that load sections late do).
  const next = String(fixture.items.length + 1);
  await page.evaluate((number) => {
    const last = [...document.querySelectorAll('cl-badge[data-lens-number]')].at(-1)!.parentElement!;
    const added = document.createElement('p');
    added.innerHTML = `<span>${number}.</span> <strong>We recommend that the Government publishes an annual report on compliance with the Code.</strong> (Paragraph 47)`;
    last.after(added);
  }, next);
  await expect(page.locator(`cl-badge[data-lens-number="${next}"]`)).toHaveCount(1);
  await expect(page.getByRole('button', { name: `Recommendation ${next}: Pending` })).toBeVisible();

  // The page removes one of our badges: it is put back, once.
  await page.evaluate(() => document.querySelector('cl-badge[data-lens-number="3"]')!.remove());
  await expect(page.locator('cl-badge[data-lens-number="3"]')).toHaveCount(1);

  // Every number still has exactly one badge after all that re-reading.
  for (const number of [...fixture.items.map((item) => item.number), next]) {
    await expect(page.locator(`cl-badge[data-lens-number="${number}"]`)).toHaveCount(1);
  }
  // The page's own text is untouched apart from our hosts.
  const text = await page.locator('body').evaluate((body) => body.textContent ?? '');
  expect(text).toContain('We call for an immediate end to the sharing');
});

test('in-page navigation to a page without recommendations removes the badges', async ({ context, cases }) => {
  const fixture = cases.get(REPORT)!;
  const page = await openWithBadges(context, fixture);

  await page.evaluate(() => {
    history.pushState({}, '', '/pa/cm5803/cmselect/cmjust/304/contents.html');
    document.body.innerHTML = '<main><h1>Contents</h1><ul><li><a href="#">Conclusions and recommendations</a></li></ul></main>';
  });
  await expect(page.locator('cl-badge')).toHaveCount(0);
  await expect(page.locator('cl-overlay')).toHaveCount(1);
});
