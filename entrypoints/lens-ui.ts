import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerUi } from './lens.content/ui-handoff';
import { yieldToMain } from './lens.content/yield';

/**
 * The content script's UI (badges, popover, store, message handling): injected into a supported
 * page by the background (`loadUi`) only when the first stage (`lens.content`) has something to
 * show there. Evaluating it only hands over a start function; the modules behind it (zod and the
 * message contracts, then React and the UI) are initialised when the first stage calls it, each
 * in its own task (the bundler inlines these imports and runs each module's top level on first
 * use), so no single task has to start all of it.
 */
export default defineUnlistedScript(() => {
  offerUi(async (ctx, stage) => {
    await import('@/utils/messages');
    await yieldToMain();
    const { startLens } = await import('./lens.content/start-lens');
    return startLens(ctx, stage);
  });
});
