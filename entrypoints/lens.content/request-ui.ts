import { browser } from 'wxt/browser';

/**
 * Ask the background to inject the UI script into this frame (`loadUi`), and wait until it ran.
 * Sent without the zod contracts of utils/messages.ts, which this stage does not load: the
 * background validates the request as for any message, and the only thing read from the reply is
 * whether it says ok (anything else is a failure).
 */
export async function requestUi(): Promise<void> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'loadUi', data: {} });
  if (typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true) return;
  const error = typeof reply === 'object' && reply !== null ? (reply as { error?: { message?: unknown } }).error : undefined;
  throw new Error(typeof error?.message === 'string' ? error.message : 'No answer to loadUi.');
}
