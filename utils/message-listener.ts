import { browser, type Browser } from 'wxt/browser';
import type { Result } from './messages';

/**
 * Answer `runtime.onMessage` with `handle`, for messages from this extension only. Uses
 * `sendResponse` + `return true`, which every browser supports for asynchronous answers.
 */
export function listenForMessages<Ctx>(
  handle: (message: unknown, ctx: Ctx) => Promise<Result<unknown>>,
  context: (sender: Browser.runtime.MessageSender) => Ctx,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    void handle(message, context(sender)).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
