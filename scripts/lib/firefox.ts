import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

/** $FIREFOX_PATH, else `firefox-esr` or `firefox` on the PATH. `scripts/ensure-firefox` installs one where it can. */
export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['firefox-esr', 'firefox']) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  throw new Error('No Firefox found: run `bash scripts/ensure-firefox`, or set FIREFOX_PATH.');
}

/**
 * Preferences for a profile that cannot reach the outside: every request that is not answered
 * by the test's interception goes to a proxy on a closed local port and is refused
 * (NS_ERROR_PROXY_CONNECTION_REFUSED), which also covers the browser's and the extension's own
 * requests. Puppeteer's default profile already points updates, telemetry and the like at dummy hosts.
 */
export const OFFLINE_PREFS: Record<string, unknown> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'extensions.update.enabled': false,
};

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports (browser_specific_settings.gecko.id). */
  extensionId: string;
}

/** A fresh Firefox profile (deleted on close) with the built extension installed as a temporary add-on. */
export async function launchFirefoxWithExtension({
  extensionDir,
  headless,
}: {
  extensionDir: string;
  headless: boolean;
}): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless,
    defaultViewport: { width: 1280, height: 900 },
    env: { ...process.env, ...(headless ? { MOZ_HEADLESS: '1' } : {}) },
    extraPrefsFirefox: OFFLINE_PREFS,
  });
  try {
    // WebDriver BiDi webExtension.install: like about:debugging's "Load Temporary Add-on".
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** What `servePages` saw: every http(s) URL the page asked for, and which got a 404. */
export interface ServedLog {
  requested: string[];
  notFound: string[];
}

/**
 * Serve `pages` (URL → HTML) at their real URLs in `page`, with no network: any other http(s)
 * request gets a 404. Other schemes (data:, blob:, moz-extension:) never leave the browser and go on.
 */
export async function servePages(page: Page, pages: ReadonlyMap<string, string>): Promise<ServedLog> {
  const log: ServedLog = { requested: [], notFound: [] };
  const byHref = new Map([...pages].map(([url, html]) => [new URL(url).href, html]));
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (!/^https?:/.test(url)) {
      void request.continue();
      return;
    }
    log.requested.push(url);
    const html = byHref.get(new URL(url).href);
    if (html === undefined) {
      log.notFound.push(url);
      void request.respond({ status: 404, contentType: 'text/plain', body: 'Not a bundled sample page.' });
      return;
    }
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return log;
}
