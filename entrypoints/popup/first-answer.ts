import { browser } from 'wxt/browser';
import { currentTabId } from './current-tab';

/**
 * The popup's first question to the page, asked the moment the popup's first (small) script
 * runs, before React and zod are loaded. The answer is raw: the first paint shows it as text
 * only, and `loadState` validates it before the full popup uses it.
 */
export interface FirstAnswer {
  tabId: number | undefined;
  /** The content script's reply, unchecked; rejected when no content script answered. */
  reply: Promise<unknown>;
}

function ask(): Promise<FirstAnswer> {
  return currentTabId().then((tabId) => ({
    tabId,
    reply:
      tabId === undefined ? Promise.reject(new Error('No tab.')) : browser.tabs.sendMessage(tabId, { type: 'getPopupSummary', data: {} }),
  }));
}

export const firstAnswer: Promise<FirstAnswer> = ask();
// Read by whoever needs it; a failure here is reported by loadState, not as an unhandled rejection.
void firstAnswer.then((answer) => answer.reply.catch(() => undefined)).catch(() => undefined);

/** The reader's theme, read raw (the settings' schema is in the full popup), so the first paint has the right colours. */
export const storedTheme: Promise<unknown> = browser.storage.local.get('settings').then(
  (stored: Record<string, unknown>) => (stored.settings as { theme?: unknown } | undefined)?.theme,
  () => undefined,
);
