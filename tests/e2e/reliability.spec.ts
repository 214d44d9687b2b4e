import { expect, test, openWithBadges } from './fixtures';

const REPORT = 'commons-report-justice-hc304';
const HOSTILE_URL = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/999/report.html';
const BIDI = '\u202Egnirts desrever\u202C';
const HUGE_WORD = 'x'.repeat(100_000);

function hostilePage(): string {
  const items = [
    `We recommend &lt;img src=x onerror="window.__pwned=1"&gt; and &lt;script&gt;window.__pwned=2&lt;/script&gt; be read as text.`,
    `We recommend that <a href="javascript:window.__pwned=3">this link</a> stays a link in the page only.`,
    `We recommend ${BIDI} is shown as it is.`,
    `We recommend ${HUGE_WORD} be handled.`,
  ];
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hostile report</title></head><body>
    <h1>Hostile report</h1>
    <h2>Conclusions and recommendations</h2>
    ${items.map((text, i) => `<p><span>${i + 1}.</span> <strong>${text}</strong> (Paragraph ${i + 3})</p>`).join('\n')}
    <h2>Formal minutes</h2><p>Nothing else.</p>
  </body></html>`;
}

test('hostile recommendation text is shown as text: nothing runs, nothing parsed as markup', async ({ context }) => {
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route(HOSTILE_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostilePage() }));
  await page.goto(HOSTILE_URL);
  await expect(page.locator('cl-badge[data-lens-number]')).toHaveCount(4);
  await page.getByRole('button', { name: 'Recommendation 1: Pending' }).click();
  const dialog = page.getByRole('dialog', { name: 'Recommendation 1' });
  await expect(dialog).toContainText('<img src=x onerror="window.__pwned=1">');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Recommendation 4: Pending' }).click();
  await expect(page.getByRole('dialog', { name: 'Recommendation 4' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Remove from library' })).toBeVisible();
  // Nothing from the page's text became markup inside our UI, and nothing ran.
  const injected = await page.evaluate(
    () =>
      [...document.querySelectorAll('cl-badge, cl-overlay')].flatMap((host) => [
        ...(host.shadowRoot?.querySelectorAll('img, script, a[href^="javascript"]') ?? []),
      ]).length,
  );
  expect(injected).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('a page with a strict CSP and sabotaged built-ins keeps working, and so does the extension', async ({ context, cases }) => {
  const fixture = cases.get(REPORT)!;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const sabotage = `<script>
    Array.prototype.map = function () { throw new Error('sabotaged map'); };
    Node.prototype.appendChild = function () { throw new Error('sabotaged appendChild'); };
    window.React = 'not react'; window.chrome = undefined; window.browser = 'nope';
    window.__pageOk = true;
  </script>`;
  await page.route(fixture.url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'" },
      body: fixture.html.replace('<head>', `<head>${sabotage}`),
    }),
  );
  await page.goto(fixture.url);
  await expect(page.locator('cl-badge[data-lens-number]')).toHaveCount(fixture.items.length);
  // Our styles apply although the page's CSP allows no styles at all.
  const radius = await page
    .locator('cl-badge[data-lens-number="7"]')
    .evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('button')!).borderTopLeftRadius);
  expect(radius).not.toBe('0px');
  await page.getByRole('button', { name: 'Recommendation 7: Pending' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Remove from library' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pageOk?: boolean }).__pageOk)).toBe(true);
  expect(errors).toEqual([]);
});

test('messages forged by the page cannot write to the library', async ({ context, cases, extensionId }) => {
  const fixture = cases.get(REPORT)!;
  const page = await openWithBadges(context, fixture);
  await page.evaluate(() => {
    const forged = { type: 'saveItem', data: { item: { key: 'forged#1', number: '1', text: 'forged' } } };
    window.postMessage(forged, '*');
    document.dispatchEvent(new CustomEvent('saveItem', { detail: forged }));
    const host = document.querySelector('cl-badge[data-lens-number="1"]');
    host?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByText('Nothing saved yet')).toBeVisible();
});

test('the background can be stopped mid-session without losing a save', async ({ context, cases }) => {
  const fixture = cases.get(REPORT)!;
  const page = await openWithBadges(context, fixture);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.getByRole('button', { name: 'Recommendation 3: Pending' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Remove from library' })).toBeVisible();
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.reload();
  await expect(page.locator('cl-badge[data-lens-number="3"]')).toHaveAttribute('data-lens-saved', 'true');
});

test('a whole session makes no network request beyond the sample pages and the response search', async ({
  context,
  cases,
  extensionId,
  worker,
}) => {
  const allowed = new Set([...cases.values()].map((c) => new URL(c.url).href));
  const seen: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    seen.push(url);
  });
  const report = await context.newPage();
  await report.goto(cases.get(REPORT)!.url);
  await report.getByRole('button', { name: 'Recommendation 7: Pending' }).click();
  await report.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await report.getByRole('dialog').getByRole('button', { name: 'Find the government response' }).click();
  await expect(report.getByRole('dialog').getByText(/answers linked to this report/)).toBeVisible();
  const tracker = await context.newPage();
  await tracker.goto(cases.get('accountability-index-recommendation-1593')!.url);
  await expect(tracker.locator('cl-badge')).toHaveCount(1);
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByRole('rowgroup').getByRole('row')).toHaveCount(1);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await worker.evaluate(() => 1);
  // The response search asks Parliament's Committees API first: its publications endpoints only, a bounded number of times.
  const isApiSearch = (url: URL) =>
    url.origin === 'https://committees-api.parliament.uk' && /^\/api\/Publications(?:\/\d+)?$/.test(url.pathname);
  const unexpected = seen.filter((url) => !allowed.has(new URL(url).href) && !isApiSearch(new URL(url)));
  expect(unexpected).toEqual([]);
  expect(seen.filter((url) => isApiSearch(new URL(url))).length).toBeLessThanOrEqual(8);
});

test('a report shown inside a frame: the page and the frame keep working; badges only in top-level pages', async ({ context, cases }) => {
  const report = cases.get(REPORT)!;
  const outerUrl = 'https://committees.parliament.uk/work/6616/draft-victims-bill/';
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(outerUrl, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html><body><h1>Draft Victims Bill</h1><iframe title="report" src="${report.url}" width="900" height="600"></iframe></body></html>`,
    }),
  );
  await page.goto(outerUrl);
  const frame = page.frameLocator('iframe[title="report"]');
  await expect(frame.getByRole('heading', { name: 'Conclusions and recommendations' }).first()).toBeVisible();
  await expect(frame.locator('cl-badge')).toHaveCount(0);
  await expect(page.locator('cl-badge')).toHaveCount(0);
  expect(errors).toEqual([]);
});
