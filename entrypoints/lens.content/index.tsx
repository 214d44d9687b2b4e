import { createRoot } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectPage } from '@/utils/detect-page';
import { createHandler, listenForMessages, sendToBackground, tabProtocol } from '@/utils/messages';
import { CONTENT_MATCHES } from '@/utils/sites';
import themeCss from '@/components/theme.css?inline';
import badgeCss from '@/components/status-badge.css?inline';
import popoverCss from '@/components/recommendation-popover.css?inline';
import { LensApp } from './LensApp';
import { mountBadgeHosts, mountOverlayRoot, type BadgeHost } from './mount';
import { createLensStore, type LensStore } from './store';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const detection = detectPage(document, new URL(location.href));
    let store: LensStore | undefined;
    let hosts: ReadonlyMap<string, BadgeHost> = new Map();

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
            ctx.setTimeout(() => store?.flash(undefined), 1500);
            return { found: true };
          },
        },
        'content',
      ),
      () => undefined,
    );
    ctx.onInvalidated(stopListening);

    if (!detection || detection.page.items.length === 0) return;

    store = createLensStore(detection.page, document.title, sendToBackground);
    hosts = mountBadgeHosts(detection, `${themeCss}\n${badgeCss}`);
    const overlay = mountOverlayRoot(document, `${themeCss}\n${popoverCss}`);
    const root = createRoot(overlay.container);
    root.render(<LensApp store={store} hosts={hosts} />);
    void store.loadSaved();

    ctx.onInvalidated(() => {
      root.unmount();
      overlay.host.remove();
      for (const { host } of hosts.values()) host.remove();
    });
  },
});
