import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { Browser } from 'wxt/browser';

/** The extension API as seen inside the service worker. */
declare const chrome: typeof Browser;

/**
 * The popup, opened as a page for `tabId` (a real action popup cannot be opened by automation;
 * the popup reads `?tab=` for this).
 */
export async function openPopupFor(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * The browser's id for the tab showing `url`. Without the `tabs` permission the extension cannot
 * read tab URLs, so ask each tab's content script (our own `getPageSummary`) which page it holds.
 */
export async function tabIdFor(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (wanted) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply: unknown = await chrome.tabs.sendMessage(tab.id, { type: 'getPageSummary', data: {} }).catch(() => undefined);
      const page = (reply as { data?: { page?: { url?: string } } } | undefined)?.data?.page;
      if (page?.url === wanted) return tab.id;
    }
    return undefined;
  }, url);
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}
