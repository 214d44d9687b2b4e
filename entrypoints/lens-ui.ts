import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startLens } from './lens.content/start-lens';
import { offerUi } from './lens.content/ui-handoff';

/**
 * The content script's UI (badges, popover, store, message handling): injected into a supported
 * page by the background (`loadUi`) only when the first stage (`lens.content`) has something to
 * show there. It only hands its start function over; the first stage calls it.
 */
export default defineUnlistedScript(() => {
  offerUi(startLens);
});
