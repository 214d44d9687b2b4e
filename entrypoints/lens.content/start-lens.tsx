import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '@/utils/detect-page';
import { observeChanges } from '@/utils/detect/observe-changes';
import { createHandler, listenForMessages, sendToBackground, tabProtocol } from '@/utils/messages';
import type { DetectedPage } from '@/utils/model';
import { canonicalKey } from '@/utils/report-key';
import themeCss from '@/components/theme.css?inline';
import badgeCss from '@/components/status-badge.css?inline';
import popoverCss from '@/components/recommendation-popover.css?inline';
import { LensApp } from './LensApp';
import { isLensNode, markSaved, mountBadgeHosts, mountOverlayRoot, removeStaleHosts, type BadgeHost } from './mount';
import { createLensStore } from './store';

const BADGE_CSS = `${themeCss}\n${badgeCss}`;
const OVERLAY_CSS = `${themeCss}\n${popoverCss}`;

function emptyPage(url: URL): DetectedPage {
  return { adapter: 'none', kind: 'other', url: url.href, report: { key: canonicalKey(url) }, items: [], skipped: 0 };
}

/**
 * Read the page, badge what it holds, and keep doing so as the page changes (late content,
 * in-page navigation) until the extension context goes away.
 */
export function startLens(ctx: ContentScriptContext): void {
  const store = createLensStore(emptyPage(new URL(location.href)), document.title, sendToBackground);
  let overlay: { root: Root; host: HTMLElement } | undefined;
  let loadedReportKey: string | undefined;

  const refresh = () => {
    const url = new URL(location.href);
    const detection = detectPage(document, url);
    const hosts: ReadonlyMap<string, BadgeHost> = detection ? mountBadgeHosts(detection, BADGE_CSS) : new Map();
    removeStaleHosts(document, hosts);
    const page = detection?.page ?? emptyPage(url);
    store.setPage(page, hosts);
    markSaved(hosts, store.getState().savedKeys);
    if (page.items.length > 0 && !overlay) {
      const { host, container } = mountOverlayRoot(document, OVERLAY_CSS);
      const root = createRoot(container);
      root.render(<LensApp store={store} />);
      overlay = { root, host };
    }
    if (page.items.length > 0 && page.report.key !== loadedReportKey) {
      loadedReportKey = page.report.key;
      void store.loadSaved();
    }
  };

  // The popup asks every supported page what it holds, even when it holds nothing.
  ctx.onInvalidated(
    listenForMessages(
      createHandler(
        tabProtocol,
        {
          getPageSummary: () => {
            const { page, savedKeys } = store.getState();
            return { page, savedKeys: [...savedKeys], title: document.title };
          },
          scrollToItem: ({ key }) => {
            const slot = store.getState().hosts.get(key);
            if (!slot) return { found: false };
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
    ),
  );

  refresh();
  const stopMarking = store.subscribe(() => markSaved(store.getState().hosts, store.getState().savedKeys));
  observeChanges(document.body ?? document.documentElement, refresh, { signal: ctx.signal, ignore: isLensNode });
  ctx.addEventListener(window, 'wxt:locationchange', refresh);

  ctx.onInvalidated(() => {
    stopMarking();
    overlay?.root.unmount();
    overlay?.host.remove();
    removeStaleHosts(document, new Map());
  });
}
