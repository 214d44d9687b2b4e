import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clearDatabase, LensDatabase } from '@/utils/db';
import { backgroundProtocol, createHandler, keyboardCommandSchema, listenForMessages, sendToTab } from '@/utils/messages';
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
import { recordPage } from '@/utils/page-records';
import { readSettings, resetSettings } from '@/utils/settings';
import { CONTENT_MATCHES } from '@/utils/sites';

const SAVE_SELECTION_MENU = 'save-selection';

export default defineBackground(() => {
  // Listeners are registered in the first turn: MV3 drops wake-up events otherwise.
  // Dexie opens the database lazily on the first query, so there is nothing to await here.
  const db = new LensDatabase();
  const handle = createHandler(
    backgroundProtocol,
    {
      saveItem: async ({ item }) => saveItem(db, item, Date.now(), (await readSettings()).defaultTags),
      saveItems: async ({ items }) => ({ saved: await saveItems(db, items, Date.now(), (await readSettings()).defaultTags) }),
      unsaveItem: async ({ key }) => ({ removed: await unsaveItem(db, key) }),
      getSavedItems: ({ reportKey }) => savedItemsFor(db, reportKey),
      updateItem: ({ key, patch }) => updateSavedItem(db, key, patch),
      retagItems: async ({ keys, add, remove }) => ({ updated: await retagSavedItems(db, keys, { add, remove }) }),
      deleteItems: async ({ keys }) => ({ deleted: await deleteSavedItems(db, keys) }),
      restoreItems: async ({ items }) => ({ restored: await restoreSavedItems(db, items) }),
      pageRead: ({ page }) => recordPage(db, page),
      fetchPage: ({ url }) => fetchResponsePage(url),
      clearAllData: async () => {
        await clearDatabase(db);
        await resetSettings();
        return { cleared: true as const };
      },
    },
    'background',
  );
  listenForMessages(handle, (sender) => sender);

  const createMenu = () =>
    browser.contextMenus.create({
      id: SAVE_SELECTION_MENU,
      title: 'Save selection as a recommendation',
      contexts: ['selection'],
      documentUrlPatterns: CONTENT_MATCHES,
    });
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
    if (info.menuItemId !== SAVE_SELECTION_MENU || tab?.id === undefined) return;
    void sendToTab(tab.id)('saveSelection', {}).then((result) => {
      if (!result.ok) console.warn('[committee-lens] save selection failed:', result.error.message);
    });
  });
});
