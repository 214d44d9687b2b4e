import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage, detectPageInSlices } from '@/utils/detect-page';
import { observeChanges } from '@/utils/detect/observe-changes';
import { listenForMessages } from '@/utils/message-listener';
import type { Result } from '@/utils/messages';
import { canonicalKey } from '@/utils/report-key';
import { hasSavedSelections } from '@/utils/selection-pages';
import { isLensNode } from './mount';
import type { LensUi, PageReading } from './start-lens';
import { requestUi } from './request-ui';
import { takeUi } from './ui-handoff';
import { yieldToMain } from './yield';

/** The background's `answersChanged` (checked without zod, which this stage does not load). */
function isAnswersNews(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'answersChanged';
}

/**
 * The content script's first stage, on every supported page: read the page, and load the UI
 * (React, the badges, the popover, zod, the store) only when there is something to show — items
 * on the page, or a selection the reader saved here — or when the popup, the context menu or a
 * shortcut asks this page something. Most pages on these sites have nothing to badge and never
 * evaluate the UI. Owns the one DOM-change watcher and the message listener for the page's life.
 */
export function watchPage(ctx: ContentScriptContext): void {
  let ui: Promise<LensUi | undefined> | undefined;
  const loadUi = (first?: PageReading) =>
    (ui ??= (async () => {
      await requestUi();
      const startLens = takeUi();
      if (!startLens) throw new Error('The UI script did not start.');
      return startLens(ctx, { first, detectPage });
    })().catch((error: unknown) => {
      console.warn('[committee-lens] could not start', error);
      return undefined;
    }));

  // The popup asks every supported page what it holds, even when it holds nothing: the listener is
  // registered here, on every page, and the UI answers (loaded for the question if need be).
  ctx.onInvalidated(
    listenForMessages(
      async (message): Promise<Result<unknown>> => {
        // News of stored answers concerns badges already shown: it never loads the UI by itself.
        if (!ui && isAnswersNews(message)) return { ok: true, data: { refreshed: false } };
        const lens = await loadUi();
        return lens
          ? lens.handle(message)
          : { ok: false, error: { code: 'unavailable', message: 'Committee Lens could not start on this page.' } };
      },
      () => undefined,
    ),
  );

  /** Read the page; with anything to show, hand the reading to the UI. */
  let looks = 0;
  const look = async () => {
    const mine = ++looks;
    const url = new URL(location.href);
    const selections = hasSavedSelections(canonicalKey(url));
    const detection = await detectPageInSlices(document, url, yieldToMain);
    // A newer look is under way (the page changed meanwhile), or a message started the UI, which
    // reads the page itself.
    if (mine !== looks || ui) return;
    if ((detection?.page.items.length ?? 0) > 0 || (await selections)) void loadUi({ url: url.href, detection });
  };
  /** The page changed (late content, in-page navigation): the UI reads it again, or we look again. */
  const changed = () => {
    if (ui) void ui.then((lens) => lens?.pageChanged());
    else void look();
  };

  observeChanges(document.body ?? document.documentElement, changed, { signal: ctx.signal, ignore: isLensNode });
  ctx.addEventListener(window, 'wxt:locationchange', changed);
  // Evaluating this script was one task; reading the page is the next.
  void yieldToMain().then(() => {
    if (!ui && !ctx.isInvalid) void look();
  });
}
