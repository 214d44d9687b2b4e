import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clearDatabase, LensDatabase } from '@/utils/db';
import { backgroundProtocol, createHandler, keyboardCommandSchema, listenForMessages, sendToTab } from '@/utils/messages';
import { LensFailure } from '@/utils/errors';
import {
  deleteSavedItems,
  restoreSavedItems,
  retagSavedItems,
  saveItem,
  saveItems,
  savedItemsFor,
  unsaveItem,
  updateSavedItem,
} from '@/utils/saved-items';
import { fetchResponsePage } from '@/utils/fetch-page';
import { recordPage, recordResponseFacts, storedResponseOf } from '@/utils/page-records';
import { fetchApiJson } from '@/utils/committees-api/client';
import { reportKeyOf } from '@/utils/model/items';
import { clearSelectionPages, ensureSelectionPages, selectionPagesOf, updateSelectionPages } from '@/utils/selection-pages';
import { readSettings, resetSettings } from '@/utils/settings';
import { CONTENT_MATCHES } from '@/utils/sites';
import { PDF_LINK_PATTERNS, viewerUrlFor } from '@/utils/pdf/pdf-links';
import { readPdfInReader } from '@/utils/pdf/reader-page';

const SAVE_SELECTION_MENU = 'save-selection';
const OPEN_PDF_MENU = 'open-pdf';

/**
 * Tell every tab that stored answers changed, so an open report shows them without a reload. Tabs
 * without our content script refuse the message; pages that never loaded our UI answer at once
 * (watch-page.ts). Needs no `tabs` permission: tab ids only, no URLs.
 */
async function announceAnswers(): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id)('answersChanged', {}).catch(() => undefined))));
}

export default defineBackground(() => {
  // Listeners are registered in the first turn: MV3 drops wake-up events otherwise.
  // Dexie opens the database lazily on the first query, so there is nothing to await here.
  const db = new LensDatabase();
  const handle = createHandler<typeof backgroundProtocol, Browser.runtime.MessageSender>(
    backgroundProtocol,
    {
      saveItem: async ({ item }) => {
        const saved = await saveItem(db, item, Date.now(), (await readSettings()).defaultTags);
        await updateSelectionPages(db, selectionPagesOf([item]));
        return saved;
      },
      saveItems: async ({ items }) => {
        const saved = await saveItems(db, items, Date.now(), (await readSettings()).defaultTags);
        await updateSelectionPages(db, selectionPagesOf(items));
        return { saved };
      },
      unsaveItem: async ({ key }) => {
        const removed = await unsaveItem(db, key);
        if (removed) await updateSelectionPages(db, [reportKeyOf(key)]);
        return { removed };
      },
      getSavedItems: ({ reportKey, pageKey }) => savedItemsFor(db, pageKey === undefined ? reportKey : [reportKey, pageKey]),
      updateItem: ({ key, patch }) => updateSavedItem(db, key, patch),
      retagItems: async ({ keys, add, remove }) => ({ updated: await retagSavedItems(db, keys, { add, remove }) }),
      deleteItems: async ({ keys }) => {
        const deleted = await deleteSavedItems(db, keys);
        await updateSelectionPages(db, selectionPagesOf(deleted));
        return { deleted };
      },
      restoreItems: async ({ items }) => {
        const restored = await restoreSavedItems(db, items);
        await updateSelectionPages(db, selectionPagesOf(items));
        return { restored };
      },
      selectionPagesChanged: async ({ pageKeys }) => {
        await updateSelectionPages(db, pageKeys);
        return { updated: true as const };
      },
      pageRead: async ({ page }) => {
        const recorded = await recordPage(db, page);
        if (page.kind === 'response' && recorded.stored > 0) void announceAnswers();
        if (page.kind !== 'report') return recorded;
        const response = await storedResponseOf(db, page.report.key);
        return response ? { ...recorded, response } : recorded;
      },
      fetchApi: async ({ path }) => {
        const { status, json } = await fetchApiJson(path);
        return { status, json: json ?? null };
      },
      recordResponse: ({ report, url, response }) => recordResponseFacts(db, report, url, response),
      loadUi: async (_request, sender) => {
        if (sender.tab?.id === undefined) throw new LensFailure('no-tab', 'Only a page can load the badges.');
        await browser.scripting.executeScript({
          target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] },
          files: ['/lens-ui.js'],
        });
        return { loaded: true as const };
      },
      fetchPage: async ({ url }) => {
        const fetched = await fetchResponsePage(url);
        if (fetched.kind === 'html') return fetched;
        return { kind: 'pdf' as const, url: fetched.url, ...(await readPdfInReader(fetched.url, fetched.bytes)) };
      },
      clearAllData: async () => {
        await clearDatabase(db);
        await resetSettings();
        await clearSelectionPages();
        return { cleared: true as const };
      },
    },
    'background',
  );
  listenForMessages(handle, (sender) => sender);
  // The list of pages with saved selections, built once after the update that introduced it.
  void ensureSelectionPages(db).catch((error: unknown) => console.warn('[committee-lens] could not list saved selections', error));

  const createMenu = () => {
    browser.contextMenus.create({
      id: SAVE_SELECTION_MENU,
      title: 'Save selection as a recommendation',
      contexts: ['selection'],
      documentUrlPatterns: CONTENT_MATCHES,
    });
    browser.contextMenus.create({
      id: OPEN_PDF_MENU,
      title: 'Open PDF in Committee Lens',
      contexts: ['link'],
      targetUrlPatterns: PDF_LINK_PATTERNS,
    });
  };
  // Chrome keeps menu items across restarts (create once, on install); Firefox's MV2 background
  // page does not, so it creates the item every time the background starts.
  if (import.meta.env.FIREFOX) createMenu();
  else browser.runtime.onInstalled.addListener(createMenu);
  browser.commands.onCommand.addListener((command) => {
    const parsed = keyboardCommandSchema.safeParse(command);
    if (!parsed.success) return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) void sendToTab(tab.id)('keyboardCommand', { command: parsed.data });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === OPEN_PDF_MENU && info.linkUrl) {
      void browser.tabs.create({
        url: viewerUrlFor(browser.runtime.getURL('/viewer.html'), info.linkUrl),
        index: tab ? tab.index + 1 : undefined,
      });
      return;
    }
    if (info.menuItemId !== SAVE_SELECTION_MENU || tab?.id === undefined) return;
    void sendToTab(tab.id)('saveSelection', {}).then((result) => {
      if (!result.ok) console.warn('[committee-lens] save selection failed:', result.error.message);
    });
  });
});
