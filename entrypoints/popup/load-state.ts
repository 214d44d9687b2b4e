import { sendToTab, type PopupSummary } from '@/utils/messages';
import { currentTabId } from './current-tab';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tabId: number; summary: PopupSummary };

/** Ask the tab's content script what the page holds; never rejects. */
export async function loadState(): Promise<PopupState> {
  try {
    const tabId = await currentTabId();
    if (tabId === undefined) return { kind: 'unsupported' };
    const result = await sendToTab(tabId)('getPopupSummary', {});
    if (result.ok) return { kind: 'ready', tabId, summary: result.data };
    // No content script answered: the page is not on a supported site (or loaded before install).
    if (result.error.code === 'unreachable') return { kind: 'unsupported' };
    return { kind: 'error', message: result.error.message };
  } catch (error) {
    return { kind: 'error', message: String(error) };
  }
}
