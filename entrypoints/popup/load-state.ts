import { createSender, sendToTab, tabProtocol, type PopupSummary } from '@/utils/messages';
import { currentTabId } from './current-tab';
import type { FirstAnswer } from './first-answer';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tabId: number; summary: PopupSummary };

/**
 * Ask the tab's content script what the page holds; never rejects. With `asked`, the question
 * already sent by the popup's first script (its answer is checked here like any other).
 */
export async function loadState(asked?: Promise<FirstAnswer>): Promise<PopupState> {
  try {
    const first = await asked;
    const tabId = first ? first.tabId : await currentTabId();
    if (tabId === undefined) return { kind: 'unsupported' };
    const send = first ? createSender(tabProtocol, () => first.reply) : sendToTab(tabId);
    const result = await send('getPopupSummary', {});
    if (result.ok) return { kind: 'ready', tabId, summary: result.data };
    // No content script answered: the page is not on a supported site (or loaded before install).
    if (result.error.code === 'unreachable') return { kind: 'unsupported' };
    return { kind: 'error', message: result.error.message };
  } catch (error) {
    return { kind: 'error', message: String(error) };
  }
}
