/**
 * The popup's first content: popup.html?tab=ID (as the e2e tests and the demo open it) for a tab
 * whose content script has read the page, timed from navigation start to the first row of the
 * recommendation list (in the DOM, and the frame after).
 */
import type { BrowserContext } from '@playwright/test';
import { extensionWorker } from '../browser';
import { tabIdFor } from '../extension-pages';
import { timeFirstElement, type FirstRender } from './library-bench';
import { waitForExpression } from './page-probes';

const FIRST_ROW = '.rec-list li';

export async function popupFirstContent(
  context: BrowserContext,
  extensionId: string,
  pageUrl: string,
  expectedBadges: number,
  runs: number,
): Promise<FirstRender[]> {
  const tab = await context.newPage();
  try {
    await tab.goto(pageUrl);
    await waitForExpression(tab, `document.querySelectorAll('cl-badge[data-lens-number]').length >= ${expectedBadges}`, { everyMs: 250 });
    const tabId = await tabIdFor(await extensionWorker(context), pageUrl);
    const results: FirstRender[] = [];
    for (let i = 0; i < runs; i++) {
      const { page, render } = await timeFirstElement(context, `chrome-extension://${extensionId}/popup.html?tab=${tabId}`, FIRST_ROW, {
        width: 380,
        height: 600,
      });
      results.push(render);
      await page.close();
    }
    return results;
  } finally {
    await tab.close();
  }
}
