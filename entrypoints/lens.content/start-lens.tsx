import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { detectPage } from '@/utils/detect-page';
import { findResponse, type FindResult } from '@/utils/find-response';
import { applyCorrections } from '@/utils/corrections';
import { applyAnswers } from '@/utils/link';
import { createHandler, sendToBackground, tabProtocol, toPopupSummary, type PageSummary, type Result } from '@/utils/messages';
import { LensFailure } from '@/utils/errors';
import type { Detection } from '@/utils/adapters/adapter';
import { anchorSelections, itemFromSelection } from '@/utils/anchor/selection-item';
import type { DetectedItem, DetectedPage } from '@/utils/model/model';
import { detectPageScheme, themeInPage, type ThemeSetting } from '@/utils/ui/page-scheme';
import { canonicalKey } from '@/utils/report-key';
import { isSiteDisabled, readSettings, watchSettings } from '@/utils/settings';
import themeCss from '@/components/theme.css?inline';
import badgeCss from '@/components/status-badge.css?inline';
import popoverCss from '@/components/recommendation-popover.css?inline';
import stripCss from '@/components/response-strip.css?inline';
import { focusBadge, focusedKey, neighbourKey } from './keyboard';
import { LensApp } from './LensApp';
import { applyTheme, inViewFirst, markSaved, mountBadgeHosts, mountOverlayRoot, removeStaleHosts, type BadgeHost } from './mount';
import { createLensStore } from './store';
import { showToast, type ToastAction } from './toast';
import { yieldToMain } from './yield';

const BADGE_CSS = `${themeCss}\n${badgeCss}`;
/** Badges mounted per task: the first slice, the smallest, the largest, and the time a slice aims at. */
const FIRST_SLICE = 25;
const MIN_SLICE = 5;
const MAX_SLICE = 50;
const SLICE_MS = 25;
const OVERLAY_CSS = `${themeCss}\n${popoverCss}\n${stripCss}`;

const reduceMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function emptyPage(url: URL): DetectedPage {
  return { adapter: 'none', kind: 'other', url: url.href, report: { key: canonicalKey(url) }, items: [], skipped: 0 };
}

/** What the adapter found plus the reader's saved selections found again on the page. */
function combine(detection: Detection | undefined, selections: { items: DetectedItem[]; blocks: Element[] }, url: URL): Detection {
  const page = detection?.page ?? emptyPage(url);
  return {
    page: { ...page, items: [...page.items, ...selections.items] },
    blocks: [...(detection?.blocks ?? []), ...selections.blocks],
  };
}

/** The adapter's reading of the page at `url`. */
export interface PageReading {
  url: string;
  detection: Detection | undefined;
}

/** What the first stage gives the UI: its reading of the page, and its page reader (so the UI bundle does not carry the adapters again). */
export interface FirstStage {
  first?: PageReading;
  detectPage: typeof detectPage;
  /** How the UI talks to the background (default `sendToBackground`); the PDF viewer adds each item's page to what it saves. */
  send?: typeof sendToBackground;
}

/** What the first stage (watch-page.ts) drives once the UI is loaded. */
export interface LensUi {
  /** Answer a message from the popup, the context menu or a shortcut (validated here). */
  handle(message: unknown): Promise<Result<unknown>>;
  /** The page changed (DOM or in-page navigation): read it again. */
  pageChanged(): void;
}

/**
 * Badge what the page holds (starting from the first stage's reading, `first`) and keep doing so
 * as the page, the saved items and the settings change, until the extension context goes away.
 */
export async function startLens(ctx: ContentScriptContext, { first, detectPage, send = sendToBackground }: FirstStage): Promise<LensUi> {
  const store = createLensStore(emptyPage(new URL(location.href)), document.title, send, await readSettings());
  let overlay: { root: Root; host: HTMLElement } | undefined;
  let loadedKey: string | undefined;
  // The adapter's reading of the page, kept until the page changes: saved items, answers and
  // settings arriving change what is shown, not what the page says.
  let read: PageReading | undefined = first;
  const readPage = (url: URL) => {
    if (read?.url !== url.href) read = { url: url.href, detection: detectPage(document, url) };
    return read.detection;
  };

  /**
   * Mount the badges in slices of about SLICE_MS each (hosts, React, placing), yielding to the
   * page between them, those in view first; a newer pass (`pass` changed) takes over.
   */
  let pass = 0;
  const mountInSlices = async (mine: number, shown: Detection, hidden: boolean, theme: ThemeSetting) => {
    const hosts = new Map<string, BadgeHost>();
    const order = hidden ? [] : inViewFirst(shown.blocks);
    if (order.length > 0) await yieldToMain();
    for (let at = 0, size = FIRST_SLICE; at < order.length;) {
      if (mine !== pass || ctx.signal.aborted) return;
      const started = performance.now();
      const slice = order.slice(at, at + size);
      at += slice.length;
      const mounted = mountBadgeHosts(shown, BADGE_CSS, slice);
      applyTheme(mounted, theme);
      markSaved(mounted, store.getState().savedKeys);
      for (const [key, slot] of mounted) hosts.set(key, slot);
      flushSync(() => store.setPage(shown.page, new Map(hosts)));
      if (at >= order.length) break;
      // Each slice has a fixed cost (a layout of the page to place its badges, a React commit), so
      // slices are as large as SLICE_MS allows; hosts already there cost next to nothing.
      size = Math.max(MIN_SLICE, Math.min(MAX_SLICE, size * 1.5, Math.round((size * SLICE_MS) / Math.max(1, performance.now() - started))));
      await yieldToMain();
    }
    removeStaleHosts(document, hosts);
    store.setPage(shown.page, hosts);
  };

  const refresh = () => {
    const mine = ++pass;
    const url = new URL(location.href);
    // The status filter belongs to the page it was set on: another page (in-page navigation) shows all.
    const before = store.getState().page.url;
    if (store.getState().badgeFilter.size > 0 && new URL(before).pathname !== url.pathname) store.filterBadges([]);
    const detection = combine(readPage(url), anchorSelections(document, store.getState().selections), url);
    const { settings, answers, savedRecords } = store.getState();
    // What the badges show: the page's own reading, the government's stored answers, your corrections.
    const shown = { ...detection, page: applyCorrections(applyAnswers(detection.page, answers), savedRecords) };
    const hidden = isSiteDisabled(settings, location.hostname);
    // One read of the page's background per pass (not per badge), for every badge and the popover.
    const hasItems = detection.page.items.length > 0;
    const theme = hasItems ? themeInPage(settings.theme, detectPageScheme(document)) : settings.theme;
    if (hasItems && !overlay) {
      const { host, container } = mountOverlayRoot(document, OVERLAY_CSS);
      const root = createRoot(container);
      flushSync(() => root.render(<LensApp store={store} onFindResponse={() => void searchForResponse()} notify={notify} />));
      overlay = { root, host };
    }
    if (overlay) applyTheme(new Map([['overlay', { host: overlay.host, root: overlay.host.shadowRoot! }]]), theme);
    // What the page holds is known now (the popup may ask, loadSaved reads it); its badges follow
    // from the next task.
    store.setPage(shown.page, store.getState().hosts);
    const loadKey = `${detection.page.report.key} ${canonicalKey(url)}`;
    if (loadKey !== loadedKey) {
      loadedKey = loadKey;
      void store.loadSaved();
      void store.readPage(detection.page).then(() => {
        // The opt-in "check for responses when I open a report": once per page, unless already answered or checked today.
        const { settings: now, response } = store.getState();
        const checkedToday = response?.source === 'api' && Date.now() - response.checkedAt < 86_400_000;
        if (now.checkResponsesOnOpen && detection.page.kind === 'report' && !response?.answers.length && !checkedToday) {
          void searchForResponse();
        }
      });
    }
    void mountInSlices(mine, shown, hidden, theme);
  };

  const notify = (message: string, kind: 'info' | 'error', action?: ToastAction) =>
    showToast(
      document,
      message,
      kind,
      (fn, ms) => ctx.setTimeout(fn, ms),
      action,
      themeInPage(store.getState().settings.theme, detectPageScheme(document)),
    );

  const saveSelection = async () => {
    const selection = window.getSelection();
    const url = new URL(location.href);
    const result =
      selection && selection.rangeCount > 0
        ? itemFromSelection(document, url, selection.getRangeAt(0))
        : ({ ok: false, message: 'Select the text of the recommendation first.' } as const);
    if (!result.ok) return { saved: false, message: result.message };
    const saved = await sendToBackground('saveItem', {
      item: {
        ...result.item,
        reportKey: canonicalKey(url),
        reportTitle: document.title || undefined,
        pageUrl: `${url.origin}${url.pathname}${url.search}`,
        pageTitle: document.title,
      },
    });
    if (!saved.ok) return { saved: false, message: saved.error.message };
    store.addSelection(result.item);
    return { saved: true, message: 'Saved to your library. It will be marked here when you come back.' };
  };

  const searchForResponse = async (): Promise<FindResult> => {
    const { page, responseSearch } = store.getState();
    if (responseSearch.kind === 'searching') return { kind: 'none', looked: 0 };
    store.setResponseSearch({ kind: 'searching' });
    let result: FindResult;
    try {
      result = await findResponse({
        doc: document,
        pageUrl: new URL(location.href),
        report: page.report,
        fetchDocument: async (url) => {
          const answer = await sendToBackground('fetchPage', { url });
          if (!answer.ok) return { ok: false, message: answer.error.message };
          const fetched = answer.data;
          return fetched.kind === 'html'
            ? { ok: true, url: fetched.url, html: fetched.html }
            : { ok: true, url: fetched.url, pdf: fetched.page ? { page: fetched.page } : {} };
        },
        // An inert document: nothing in it runs or loads.
        parse: (html) => new DOMParser().parseFromString(html, 'text/html'),
        detect: (doc, url) => detectPage(doc, url)?.page,
        record: async (response) => {
          const answer = await sendToBackground('pageRead', { page: response });
          return answer.ok ? answer.data.stored : 0;
        },
        // Parliament's Committees API first (asked by the background, which holds its host permission).
        getApiJson: async (path) => {
          const answer = await sendToBackground('fetchApi', { path });
          if (!answer.ok) return { ok: false, message: answer.error.message };
          return answer.data.status === 200
            ? { ok: true, json: answer.data.json }
            : { ok: false, status: answer.data.status, message: `HTTP ${answer.data.status}` };
        },
        recordFacts: async (facts) => {
          const answer = await sendToBackground('recordResponse', { report: page.report, url: page.url, response: facts });
          return answer.ok ? answer.data : facts;
        },
      });
    } catch (error) {
      console.warn('[committee-lens] finding the response failed', error);
      result = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    store.setResponseSearch(result);
    if (result.response) store.setResponse(result.response);
    if (result.kind === 'found') await store.readPage(store.getState().page);
    return result;
  };

  /**
   * Ask again for what is stored about this page (the government's answers, what is saved): a
   * response was read in another tab, or the page comes back from the back/forward cache, where
   * it was frozen while the reader read the response. Answers whether it asked.
   */
  const refreshStored = async (): Promise<boolean> => {
    const { page } = store.getState();
    if (page.kind !== 'report') return false;
    await Promise.all([store.readPage(page), store.loadSaved()]);
    return true;
  };
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (event.persisted) void refreshStored();
  });

  const pageSummary = (): PageSummary => {
    const { page, savedKeys, settings, badgeFilter } = store.getState();
    return {
      page,
      savedKeys: [...savedKeys],
      badgeFilter: [...badgeFilter],
      title: document.title,
      badgesHidden: isSiteDisabled(settings, location.hostname),
      hostname: location.hostname,
      ...(store.getState().response ? { response: store.getState().response } : {}),
    };
  };

  const handle = createHandler(
    tabProtocol,
    {
      getPageSummary: pageSummary,
      getPopupSummary: () => toPopupSummary(pageSummary()),
      scrollToItem: ({ key }) => {
        const slot = store.getState().hosts.get(key);
        if (!slot) return { found: false };
        focusBadge(slot, reduceMotion());
        store.flash(key);
        ctx.setTimeout(() => store.flash(undefined), 1500);
        return { found: true };
      },
      findResponse: () => searchForResponse(),
      answersChanged: async () => ({ refreshed: await refreshStored() }),
      keyboardCommand: async ({ command }) => {
        const { page, hosts, openKey, badgeFilter } = store.getState();
        const current = focusedKey(hosts, document) ?? openKey;
        if (command === 'save-recommendation') {
          // Saves; pressed again it leaves the item saved (removing is a deliberate act, in the popover).
          const item = page.items.find((i) => i.key === current);
          if (item) {
            const already = store.getState().savedKeys.has(item.key);
            if (await store.save(item)) notify(already ? 'Already in your library.' : 'Saved to your library.', 'info');
            else notify(store.getState().errors.get(item.key) ?? 'Could not save it.', 'error');
          }
          return { key: item?.key };
        }
        const keys = page.items
          .filter((item) => hosts.has(item.key) && (badgeFilter.size === 0 || badgeFilter.has(item.reading.status)))
          .map((item) => item.key);
        const next = neighbourKey(keys, hosts, command === 'next-recommendation' ? 1 : -1, current);
        const slot = next === undefined ? undefined : hosts.get(next);
        if (slot) focusBadge(slot, reduceMotion());
        return { key: next };
      },
      saveAll: async () => {
        const result = await store.saveAll();
        if (!result.ok) throw new LensFailure('write-failed', result.message);
        return { saved: result.saved };
      },
      filterBadges: ({ statuses }) => {
        store.filterBadges(statuses);
        const { page, badgeFilter } = store.getState();
        return { shown: page.items.filter((item) => badgeFilter.size === 0 || badgeFilter.has(item.reading.status)).length };
      },
      saveSelection: async () => {
        const answer = await saveSelection();
        notify(answer.message, answer.saved ? 'info' : 'error');
        return answer;
      },
    },
    'content',
  );

  refresh();
  let { selections, answers, settings, savedRecords } = store.getState();
  const stopMarking = store.subscribe(() => {
    const state = store.getState();
    markSaved(state.hosts, state.savedKeys);
    // New saved passages, answers, corrections or settings change what the page shows: read it again.
    if (
      state.selections !== selections ||
      state.answers !== answers ||
      state.settings !== settings ||
      state.savedRecords !== savedRecords
    ) {
      ({ selections, answers, settings, savedRecords } = state);
      refresh();
    }
  });
  ctx.onInvalidated(watchSettings((next) => store.setSettings(next)));

  ctx.onInvalidated(() => {
    stopMarking();
    overlay?.root.unmount();
    overlay?.host.remove();
    removeStaleHosts(document, new Map());
  });

  return {
    handle: (message) => handle(message, undefined),
    pageChanged: () => {
      read = undefined;
      refresh();
    },
  };
}
