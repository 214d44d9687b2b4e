import { listenForProtocol } from '@/utils/message-listener';
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
  // script; messages meant for the background are left to it.
  const unlisten = listenForProtocol(tabProtocol, (message) => ui.handle(message));
  return {
    ui,
    stop: () => {
      unlisten();
      ctx.abort();
    },
  };
}
