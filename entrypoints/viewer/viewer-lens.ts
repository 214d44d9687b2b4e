import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection } from '@/utils/adapters/adapter';
import { browser, type Browser } from 'wxt/browser';
import { tabProtocol } from '@/utils/messages';
import { startLens, type LensUi } from '../lens.content/start-lens';

/**
 * The same badges, popover, Save, note, tags, Correct status and popup answers as on a web page:
 * the content script's UI started on the viewer's own document, with the PDF's reading (anchored
 * over the text layer) as the page's reading. Messages go to the background exactly as from a page.
 */
export async function startViewerLens(detection: Detection): Promise<{ ui: LensUi; stop: () => void }> {
  const ctx = new ContentScriptContext('viewer');
  const ui = await startLens(ctx, { first: { url: location.href, detection }, detectPage: () => detection });
  // The popup (and the background's news) ask the tab what it holds, as they ask a page's content
  // script. An extension page also hears every runtime message meant for the background (from the
  // popup, the library, content scripts in other tabs): those are left to the background.
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(tabProtocol, type)) return false;
    void ui.handle(message).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  const stopListening = () => browser.runtime.onMessage.removeListener(listener);
  return {
    ui,
    stop: () => {
      stopListening();
      ctx.abort();
    },
  };
}
