import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { shot } from './shot';

const REPORT = 'commons-report-justice-hc304';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Every text rectangle in the badged blocks with our hosts in place, then with them taken out
 * (in the same task, so nothing repaints in between), then put back where they were.
 */
function textWithAndWithoutHosts(page: Page): Promise<{ withHosts: Rect[]; withoutHosts: Rect[] }> {
  return page.evaluate(() => {
    const hosts = [...document.querySelectorAll('cl-badge[data-lens-number]')];
    const blocks = [...new Set(hosts.map((host) => host.parentElement!))];
    const textRects = () =>
      blocks.flatMap((block) => {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        const rects: Rect[] = [];
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          range.selectNodeContents(node);
          for (const { left, top, right, bottom } of range.getClientRects()) rects.push({ left, top, right, bottom });
        }
        return rects;
      });
    const withHosts = textRects();
    const places = hosts.map((host) => ({ host, parent: host.parentNode!, next: host.nextSibling }));
    for (const { host } of places) host.remove();
    const withoutHosts = textRects();
    for (const { host, parent, next } of places) parent.insertBefore(host, next);
    return { withHosts, withoutHosts };
  });
}

/** Each drawn badge against the page's number label before it and the viewport. */
function badgeBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('cl-badge[data-lens-number]')].map((host) => {
      const badge = host.shadowRoot!.querySelector('.cl-badge')!.getBoundingClientRect();
      // The page's number label, where the host follows one; else the host's own place in the line.
      let before = host.previousSibling;
      while (before?.nodeType === 3 && !before.nodeValue?.trim()) before = before.previousSibling;
      const label = (before?.nodeType === 1 ? (before as Element) : host).getBoundingClientRect();
      return {
        place: host.dataset.clPlace,
        labelShown: getComputedStyle(host.shadowRoot!.querySelector('.cl-badge-label')!).display !== 'none',
        badge: { left: badge.left, right: badge.right, top: badge.top, bottom: badge.bottom },
        label: { left: label.left, right: label.right, top: label.top, bottom: label.bottom },
        viewport: document.documentElement.clientWidth,
      };
    }),
  );
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test.describe('badge placement', () => {
  for (const { name, width, place, labelShown } of [
    { name: REPORT, width: 1280, place: 'margin', labelShown: true },
    { name: REPORT, width: 960, place: 'compact', labelShown: false },
    { name: 'accountability-index-recommendation-1593', width: 1280, place: 'margin', labelShown: true },
    { name: 'response-justice-hc932', width: 1280, place: 'margin', labelShown: true },
    { name: 'response-covid-inquiry-cp1240', width: 1280, place: 'margin', labelShown: true },
    // Quotations are indented: the symbols still find room in the margin at 760 px.
    { name: 'response-justice-hc932', width: 760, place: 'compact', labelShown: false },
  ])
    test(`${name}, ${width} px wide: badges hang in the margin (${place}) and the text does not move`, async ({ context, cases }) => {
      const fixture = cases.get(name)!;
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(fixture.url);
      await expect(page.locator('cl-badge[data-cl-place]')).toHaveCount(fixture.items.length);

      if (name === REPORT) {
        await page.locator('cl-badge[data-lens-number="5"]').scrollIntoViewIfNeeded();
        await shot(page, `report-badges-${width}px`);
      }
      const { withHosts, withoutHosts } = await textWithAndWithoutHosts(page);
      expect(withHosts.length).toBeGreaterThanOrEqual(fixture.items.length);
      expect(withHosts).toEqual(withoutHosts);

      for (const box of await badgeBoxes(page)) {
        expect(box).toMatchObject({ place, labelShown });
        // Room for the focus ring an open badge shows (2px outline, 2px offset): never cut at the page's edge.
        expect(box.badge.left).toBeGreaterThanOrEqual(4);
        expect(box.badge.right).toBeLessThanOrEqual(box.label.left);
      }
    });

  test('narrow window: with no margin even for the symbol, badges go inline after the number as the symbol, and follow a resize', async ({
    context,
    cases,
  }) => {
    const fixture = cases.get(REPORT)!;
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(fixture.url);
    await expect(page.locator('cl-badge[data-cl-place="margin"]')).toHaveCount(fixture.items.length);

    for (const width of [760, 600]) {
      await page.setViewportSize({ width, height: 900 });
      await expect(page.locator('cl-badge[data-cl-place="inline"]')).toHaveCount(fixture.items.length);
    }
    for (const box of await badgeBoxes(page)) {
      expect(box.labelShown).toBe(false);
      expect(box.badge.left).toBeGreaterThanOrEqual(box.label.right);
      expect(box.badge.right).toBeLessThanOrEqual(box.viewport);
      expect(overlaps(box.badge, box.label)).toBe(false);
    }
    await expect(page.getByRole('button', { name: /^Recommendation 7: / })).toBeVisible();
    await page.getByRole('button', { name: /^Recommendation 7: / }).scrollIntoViewIfNeeded();
    await shot(page, 'report-badges-600px');

    // An open popover follows its badge when the badges are placed again.
    const badge = page.getByRole('button', { name: /^Recommendation 7: / });
    await badge.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.locator('cl-badge[data-cl-place="margin"]')).toHaveCount(fixture.items.length);
    await expect
      .poll(async () => {
        const [b, d] = [(await badge.boundingBox())!, (await dialog.boundingBox())!];
        // Beside its badge: just below or just above it, starting within the badge's span.
        const vertical = Math.min(Math.abs(d.y - (b.y + b.height)), Math.abs(b.y - (d.y + d.height)));
        return vertical <= 12 && d.x <= b.x + b.width;
      })
      .toBe(true);
  });
});
