import { createRoot } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectPage } from '@/utils/detect-page';
import { createHandler, listenForMessages, sendToBackground, tabProtocol } from '@/utils/messages';
import { CONTENT_MATCHES } from '@/utils/sites';
import themeCss from '@/components/theme.css?inline';
import badgeCss from '@/components/status-badge.css?inline';
import popoverCss from '@/components/recommendation-popover.css?inline';
import { LensApp } from './LensApp';
import { markSaved, mountBadgeHosts, mountOverlayRoot, type BadgeHost } from './mount';
import { createLensStore } from './store';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const detection = detectPage(document, new URL(location.href));
    const found = detection && detection.page.items.length > 0 ? detection : undefined;
    const store = found && createLensStore(found.page, document.title, sendToBackground);
    const hosts = found ? mountBadgeHosts(found, `${themeCss}\n${badgeCss}`) : new Map<string, BadgeHost>();

    // The popup asks every supported page what it holds, even when it holds nothing.
    const stopListening = listenForMessages(
      createHandler(
        tabProtocol,
        {
          getPageSummary: () => ({
            page: detection?.page,
            savedKeys: store ? [...store.getState().savedKeys] : [],
            title: document.title,
          }),
          scrollToItem: ({ key }) => {
            const slot = hosts.get(key);
            if (!slot || !store) return { found: false };
            const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
            slot.host.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
            slot.root.querySelector('button')?.focus({ preventScroll: true });
            store.flash(key);
            ctx.setTimeout(() => store.flash(undefined), 1500);
            return { found: true };
          },
        },
        'content',
      ),
      () => undefined,
    );
    ctx.onInvalidated(stopListening);
    if (!store) return;

    const overlay = mountOverlayRoot(document, `${themeCss}\n${popoverCss}`);
    const root = createRoot(overlay.container);
    root.render(<LensApp store={store} hosts={hosts} />);
    const stopMarking = store.subscribe(() => markSaved(hosts, store.getState().savedKeys));
    void store.loadSaved();

    ctx.onInvalidated(() => {
      stopMarking();
      root.unmount();
      overlay.host.remove();
      for (const { host } of hosts.values()) host.remove();
    });
  },
});
