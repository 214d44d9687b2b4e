import { browser, type Browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection } from '@/utils/adapters/adapter';
import { sendToBackground, tabProtocol } from '@/utils/messages';
import type { SaveItemInput } from '@/utils/model/model';
import { startLens, type LensUi } from '../lens.content/start-lens';
import type { ItemPages } from './badge-anchors';

/** The page the item is on, in the address it is saved with (`…/932.pdf#page=5`): Chrome's and Firefox's viewers open there. */
function withPage(input: SaveItemInput, pages: ItemPages): SaveItemInput {
  const page = pages.get(input.key);
  return page ? { ...input, pageUrl: `${input.pageUrl.split('#')[0]}#page=${page}` } : input;
}

/** `sendToBackground`, with each saved item's PDF page added to where it was seen. */
function sendWithPages(pages: ItemPages): typeof sendToBackground {
  return ((type, data) => {
    if (type === 'saveItem') {
      const request = data as { item: SaveItemInput };
      return sendToBackground('saveItem', { ...request, item: withPage(request.item, pages) });
    }
    if (type === 'saveItems') {
      const request = data as { items: SaveItemInput[] };
      return sendToBackground('saveItems', { ...request, items: request.items.map((item) => withPage(item, pages)) });
    }
    return sendToBackground(type, data);
  }) as typeof sendToBackground;
}

/**
 * The same badges, popover, Save, note, tags, Correct status and popup answers as on a web page:
 * the content script's UI started on the viewer's own document, with the PDF's reading (anchored
 * over the text layer) as the page's reading. Messages go to the background exactly as from a page.
 */
export async function startViewerLens(detection: Detection, pages: ItemPages): Promise<{ ui: LensUi; stop: () => void }> {
  const ctx = new ContentScriptContext('viewer');
  const ui = await startLens(ctx, { first: { url: location.href, detection }, detectPage: () => detection, send: sendWithPages(pages) });
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
  return {
    ui,
    stop: () => {
      browser.runtime.onMessage.removeListener(listener);
      ctx.abort();
    },
  };
}
