import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FirstStage, LensUi } from './start-lens';

/**
 * How the UI script (`lens-ui.js`, injected on demand) hands its start function to the first
 * stage. Both run in the extension's isolated world of the same frame (Chrome's isolated world,
 * Firefox's content-script sandbox), which the page cannot see; the key is a registered symbol so
 * that the two separately built bundles agree on it.
 */
export type StartUi = (ctx: ContentScriptContext, stage: FirstStage) => Promise<LensUi>;

const KEY = Symbol.for('committee-lens.start-ui');

export function offerUi(start: StartUi): void {
  (globalThis as Record<symbol, unknown>)[KEY] = start;
}

/** The start function the UI script offered, once. */
export function takeUi(): StartUi | undefined {
  const start = (globalThis as Record<symbol, unknown>)[KEY];
  (globalThis as Record<symbol, unknown>)[KEY] = undefined;
  return typeof start === 'function' ? (start as StartUi) : undefined;
}
