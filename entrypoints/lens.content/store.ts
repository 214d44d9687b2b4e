import {
  detectedItemSchema,
  type DetectedItem,
  type DetectedPage,
  type SavedItem,
  type SavedItemPatch,
  type StoredAnswer,
} from '@/utils/model/model';
import { toSaveInput } from '@/utils/model/items';
import { type Status } from '@/utils/model/statuses';
import type { FindResult } from '@/utils/find-response';
import type { StoredResponse } from '@/utils/committees-api/facts';
import { canonicalKey } from '@/utils/report-key';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { sendToBackground } from '@/utils/messages';
import type { BadgeHost } from './mount';

export interface LensState {
  page: DetectedPage;
  /** Where each item's badge is mounted, by item key. */
  hosts: ReadonlyMap<string, BadgeHost>;
  savedKeys: ReadonlySet<string>;
  /** The item whose popover is open. */
  openKey?: string;
  /** The saved records of this page's items: note, tags, the reader's correction. */
  savedRecords: ReadonlyMap<string, SavedItem>;
  /** Items with a save or unsave in flight. */
  busyKeys: ReadonlySet<string>;
  /** The last failure per item, shown in its popover. */
  errors: ReadonlyMap<string, string>;
  /** The item just jumped to from the popup, highlighted briefly. */
  flashKey?: string;
  /** Passages the reader saved from this page with the context menu, to find and badge again. */
  selections: readonly DetectedItem[];
  /** The government's answers to this report, stored when its response was read. */
  answers: readonly StoredAnswer[];
  settings: Settings;
  /** Show only badges of these statuses (from the popup); empty shows all. */
  badgeFilter: ReadonlySet<Status>;
  /** "Find the government response": where the search is. */
  responseSearch: { kind: 'idle' } | { kind: 'searching' } | FindResult;
  /** On a report: what is known about its government response (deadline, answers). */
  response?: StoredResponse;
}

type Send = typeof sendToBackground;

function sameItems(a: DetectedPage, b: DetectedPage): boolean {
  if (a.url !== b.url || a.report.key !== b.report.key || a.items.length !== b.items.length) return false;
  return a.items.every((item, i) => item.key === b.items[i]?.key && item.reading.status === b.items[i]?.reading.status);
}

function sameHosts(a: ReadonlyMap<string, BadgeHost>, b: ReadonlyMap<string, BadgeHost>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, slot] of a) if (b.get(key)?.host !== slot.host) return false;
  return true;
}

/** The content script's state: a tiny external store for `useSyncExternalStore`. */
export function createLensStore(page: DetectedPage, pageTitle: string, send: Send, settings: Settings = DEFAULT_SETTINGS) {
  let state: LensState = {
    page,
    hosts: new Map(),
    savedKeys: new Set(),
    savedRecords: new Map(),
    busyKeys: new Set(),
    errors: new Map(),
    selections: [],
    answers: [],
    settings,
    badgeFilter: new Set(),
    responseSearch: { kind: 'idle' },
  };
  const listeners = new Set<() => void>();

  const set = (patch: Partial<LensState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const withKey = <T>(collection: ReadonlySet<T>, key: T, present: boolean) => {
    const next = new Set(collection);
    if (present) next.add(key);
    else next.delete(key);
    return next;
  };

  /** An item's save or unsave starts: busy, and its last error cleared. */
  const begin = (key: string) => {
    const errors = new Map(state.errors);
    errors.delete(key);
    set({ busyKeys: withKey(state.busyKeys, key, true), errors });
  };
  const fail = (busyKeys: ReadonlySet<string>, key: string, message: string) =>
    set({ busyKeys, errors: new Map(state.errors).set(key, message) });

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,

    /** A fresh reading of the page; a no-op when nothing we show has changed. */
    setPage(next: DetectedPage, hosts: ReadonlyMap<string, BadgeHost>) {
      if (sameItems(state.page, next) && sameHosts(state.hosts, hosts)) return;
      const openKey = next.items.some((item) => item.key === state.openKey) ? state.openKey : undefined;
      set({ page: next, hosts, openKey });
    },
    setSettings: (next: Settings) => set({ settings: next }),
    filterBadges: (statuses: readonly Status[]) => set({ badgeFilter: new Set(statuses) }),
    setResponseSearch: (responseSearch: LensState['responseSearch']) => set({ responseSearch }),
    setResponse: (response: StoredResponse | undefined) => set({ response }),
    open: (key: string) => set({ openKey: key }),
    close: () => set({ openKey: undefined }),
    flash: (key: string | undefined) => set({ flashKey: key }),

    /** What is saved from this report (keys) and from this page (selections, in full). */
    async loadSaved() {
      const { page: current } = state;
      const pageKey = canonicalKey(new URL(current.url));
      const reportKey = current.report.key;
      // One question for both: the report's items and the selections saved on this page.
      const answer = await send('getSavedItems', pageKey === reportKey ? { reportKey } : { reportKey, pageKey });
      if (state.page.url !== current.url) return;
      if (!answer.ok) {
        console.warn('[committee-lens] could not read saved items:', answer.error.message);
        return;
      }
      const records = answer.data;
      const selections = records
        .filter((item) => item.numbering === 'selection')
        .flatMap((item) => {
          const parsed = detectedItemSchema.safeParse(item);
          return parsed.success ? [parsed.data] : [];
        });
      set({
        savedKeys: new Set(records.map((item) => item.key)),
        savedRecords: new Map(records.map((item) => [item.key, item])),
        selections,
      });
    },

    /** Edit a saved item's note, tags or correction; answers an error message, or nothing when saved. */
    async updateSaved(key: string, patch: SavedItemPatch): Promise<string | undefined> {
      const result = await send('updateItem', { key, patch });
      if (!result.ok) return result.error.message;
      set({ savedRecords: new Map(state.savedRecords).set(key, result.data) });
      return undefined;
    },

    /** Tell the background what this page is; a report gets back the answers stored for it. */
    async readPage(detected: DetectedPage) {
      if (detected.kind !== 'report' && detected.kind !== 'response') return;
      const result = await send('pageRead', { page: detected });
      if (!result.ok) console.warn('[committee-lens] could not record the page:', result.error.message);
      else if (state.page.url === detected.url) {
        if (result.data.answers.length > 0) set({ answers: result.data.answers });
        if (result.data.response && detected.kind === 'report') set({ response: result.data.response });
      }
    },

    /**
     * Save every item on the page in one go; items saved before are saved again, which records what
     * this page says about them now (their notes, tags and corrections are never touched).
     */
    async saveAll(): Promise<{ ok: true; saved: number } | { ok: false; message: string }> {
      const { items } = state.page;
      if (items.length === 0) return { ok: true, saved: 0 };
      const unsaved = items.filter((item) => !state.savedKeys.has(item.key)).length;
      const result = await send('saveItems', { items: items.map((item) => toSaveInput(item, state.page, pageTitle)) });
      if (!result.ok) return { ok: false, message: result.error.message };
      set({ savedKeys: new Set([...state.savedKeys, ...items.map((item) => item.key)]) });
      // Refresh the saved records (their readings) for the popovers.
      void this.loadSaved();
      return { ok: true, saved: unsaved };
    },

    /** A passage just saved from the context menu. */
    addSelection(item: DetectedItem) {
      set({
        selections: [...state.selections.filter((s) => s.key !== item.key), item],
        savedKeys: withKey(state.savedKeys, item.key, true),
      });
    },

    /**
     * Save the item (never unsaves: a second Save, or the shortcut pressed twice, leaves it saved).
     * Answers whether it is saved now.
     */
    async save(item: DetectedItem): Promise<boolean> {
      if (state.busyKeys.has(item.key)) return false;
      if (state.savedKeys.has(item.key)) return true;
      begin(item.key);
      const result = await send('saveItem', { item: toSaveInput(item, state.page, pageTitle) });
      const busyKeys = withKey(state.busyKeys, item.key, false);
      if (!result.ok) {
        fail(busyKeys, item.key, result.error.message);
        return false;
      }
      set({
        busyKeys,
        savedKeys: withKey(state.savedKeys, item.key, true),
        savedRecords: new Map(state.savedRecords).set(item.key, result.data),
      });
      return true;
    },

    /**
     * Take the item out of the library. Answers the removed records (note, tags, correction and
     * all) for `restore`, the Undo; nothing when it failed (the error is on the item).
     */
    async unsave(item: DetectedItem): Promise<SavedItem[] | undefined> {
      if (state.busyKeys.has(item.key) || !state.savedKeys.has(item.key)) return undefined;
      begin(item.key);
      const result = await send('deleteItems', { keys: [item.key] });
      const busyKeys = withKey(state.busyKeys, item.key, false);
      if (!result.ok) {
        fail(busyKeys, item.key, result.error.message);
        return undefined;
      }
      // An unsaved selection has nothing left to anchor it: its badge goes (until Undo).
      const savedRecords = new Map(state.savedRecords);
      savedRecords.delete(item.key);
      set({
        busyKeys,
        savedKeys: withKey(state.savedKeys, item.key, false),
        savedRecords,
        selections: state.selections.filter((s) => s.key !== item.key),
      });
      return result.data.deleted;
    },

    /** Undo an unsave: put the removed records back exactly as they were. Answers an error message, or nothing. */
    async restore(records: readonly SavedItem[]): Promise<string | undefined> {
      const result = await send('restoreItems', { items: [...records] });
      if (!result.ok) return result.error.message;
      const savedRecords = new Map(state.savedRecords);
      for (const record of records) savedRecords.set(record.key, record);
      const restoredSelections = records.flatMap((record) => {
        if (record.numbering !== 'selection') return [];
        const parsed = detectedItemSchema.safeParse(record);
        return parsed.success ? [parsed.data] : [];
      });
      const restoredKeys = new Set(restoredSelections.map((s) => s.key));
      set({
        savedKeys: new Set([...state.savedKeys, ...records.map((record) => record.key)]),
        savedRecords,
        selections: [...state.selections.filter((s) => !restoredKeys.has(s.key)), ...restoredSelections],
      });
      return undefined;
    },
  };
}

export type LensStore = ReturnType<typeof createLensStore>;
