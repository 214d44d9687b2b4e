import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';
import { tabIdFor } from '../../../scripts/lib/extension-pages';
import type { LoadedCase } from '../../../scripts/lib/fixture-cases';
import { expect } from '../fixtures';

/** The extension API inside the service worker, where `worker.evaluate` runs below. */
declare const chrome: typeof Browser;

/** A badged page as the reader sees it: badges, the popover, the toast, the filter chip. */
export class BadgedPage {
  constructor(
    readonly page: Page,
    readonly fixture: LoadedCase,
  ) {}

  /** A new tab on the fixture page, once every item has its badge. */
  static async open(context: BrowserContext, fixture: LoadedCase): Promise<BadgedPage> {
    const page = await context.newPage();
    await page.goto(fixture.url);
    const badged = new BadgedPage(page, fixture);
    await badged.waitForBadges();
    return badged;
  }

  async waitForBadges(): Promise<void> {
    await expect(this.page.locator('cl-badge[data-lens-number]')).toHaveCount(this.fixture.items.length);
  }

  /** The badge's host: the `data-lens-*` attributes other tools read. */
  host(number: string): Locator {
    return this.page.locator(`cl-badge[data-lens-number="${number}"]`);
  }

  /** The badge button (its name is "Recommendation N: Status"). */
  badge(number: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Recommendation ${number}: `) });
  }

  dialog(number: string): Locator {
    return this.page.getByRole('dialog', { name: `Recommendation ${number}` });
  }

  note(number: string): Locator {
    return this.dialog(number).getByRole('textbox', { name: 'Your note' });
  }

  async openPopover(number: string): Promise<Locator> {
    await this.badge(number).click();
    await expect(this.dialog(number)).toBeVisible();
    return this.dialog(number);
  }

  /** The toast in the page's corner. */
  toast(): Locator {
    return this.page.locator('cl-toast').getByRole('status');
  }

  /** A keyboard shortcut as the browser delivers it: the background passes the command to this tab. */
  async shortcut(worker: Worker, command: 'next-recommendation' | 'previous-recommendation' | 'save-recommendation'): Promise<unknown> {
    const tabId = await tabIdFor(worker, this.fixture.url);
    return worker.evaluate(([id, name]) => chrome.tabs.sendMessage(id, { type: 'keyboardCommand', data: { command: name } }), [
      tabId,
      command,
    ] as const);
  }

  /** The status of each badge on the page, by number, as its host says. */
  statuses(): Promise<Record<string, string>> {
    return this.page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('cl-badge[data-lens-number]')].map((host) => [
          host.dataset.lensNumber,
          host.dataset.lensStatus,
        ]),
      ),
    );
  }
}
