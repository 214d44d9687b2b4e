import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection } from '@/utils/adapters/adapter';
import { listenForMessages } from '@/utils/message-listener';
import { startLens, type LensUi } from '../lens.content/start-lens';

/**
 * The same badges, popover, Save, note, tags, Correct status and popup answers as on a web page:
 * the content script's UI started on the viewer's own document, with the PDF's reading (anchored
 * over the text layer) as the page's reading. Messages go to the background exactly as from a page.
 */
export async function startViewerLens(detection: Detection): Promise<{ ui: LensUi; stop: () => void }> {
  const ctx = new ContentScriptContext('viewer');
  const ui = await startLens(ctx, { first: { url: location.href, detection }, detectPage: () => detection });
  // The popup asks the tab what it holds, as it asks a page's content script.
  const stopListening = listenForMessages((message) => ui.handle(message), () => undefined);
  return {
    ui,
    stop: () => {
      stopListening();
      ctx.abort();
    },
  };
}
