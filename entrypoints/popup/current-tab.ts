import { browser } from 'wxt/browser';

/**
 * The tab the popup describes: the active tab of this window, or `?tab=ID` when the popup page is
 * opened on its own (the end-to-end tests and the demo do this, as a real popup cannot be opened
 * from automation).
 */
export async function currentTabId(search = location.search): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
