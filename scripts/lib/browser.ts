import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

/** Flags that keep headless Chromium quiet on a machine with no outside network. */
export const HEADLESS_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** $CHROME_PATH, else Debian's Chromium. `scripts/ensure-browser` installs it where it can. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (!found) throw new Error('No Chromium found: run `bash scripts/ensure-browser`, or set CHROME_PATH.');
  return found;
}

export interface LaunchOptions {
  extensionDir: string;
  headless: boolean;
  colorScheme?: 'light' | 'dark';
  /**
   * Keep Chromium's back/forward cache on, as in a normal Chrome (Playwright turns it off with
   * `--disable-back-forward-cache` so that Back always makes a request it can intercept).
   */
  backForwardCache?: boolean;
}

/** A fresh Chromium profile with the built extension loaded. */
// Route the extension service worker's own requests through context.route too ("Find the
// government response" fetches from the background), so tests and the demo stay offline.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export async function launchWithExtension({
  extensionDir,
  headless,
  colorScheme = 'light',
  backForwardCache = false,
}: LaunchOptions): Promise<BrowserContext> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'committee-lens-profile-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    colorScheme,
    viewport: { width: 1280, height: 900 },
    args: [...HEADLESS_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    ...(backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
}

/** The extension's service worker: often already running when the context opens. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker', { timeout: 15_000 });
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = await extensionWorker(context);
  return new URL(worker.url()).host;
}
