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

/**
 * Answer, on an extension page, only the messages of `protocol` sent by the extension's own
 * pages and background (not by a content script, whose message has a tab). An extension page
 * hears every runtime message meant for the background too: those are left to the background.
 */
export function listenForProtocol(protocol: object, handle: (message: unknown) => Promise<Result<unknown>>): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) return false;
    void handle(message).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
