import type { DetectedItem, DetectedPage, SaveItemInput } from '@/utils/model';
import type { sendToBackground } from '@/utils/messages';

export interface LensState {
  page: DetectedPage;
  savedKeys: ReadonlySet<string>;
  /** The item whose popover is open. */
  openKey?: string;
  /** Items with a save or unsave in flight. */
  busyKeys: ReadonlySet<string>;
  /** The last failure per item, shown in its popover. */
  errors: ReadonlyMap<string, string>;
  /** The item just jumped to from the popup, highlighted briefly. */
  flashKey?: string;
}

type Send = typeof sendToBackground;

/** The content script's state: a tiny external store for `useSyncExternalStore`. */
export function createLensStore(page: DetectedPage, pageTitle: string, send: Send) {
  let state: LensState = { page, savedKeys: new Set(), busyKeys: new Set(), errors: new Map() };
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

  const saveInput = (item: DetectedItem): SaveItemInput => ({
    ...item,
    reportKey: page.report.key,
    reportTitle: page.report.title,
    committee: page.report.committee,
    pageUrl: page.url.split('#')[0] ?? page.url,
    pageTitle,
  });

  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getState: () => state,

    open: (key: string) => set({ openKey: key }),
    close: () => set({ openKey: undefined }),
    flash: (key: string | undefined) => set({ flashKey: key }),

    async loadSaved() {
      const result = await send('getSavedKeys', { reportKey: page.report.key });
      if (result.ok) set({ savedKeys: new Set(result.data.keys) });
      else console.warn('[committee-lens] could not read saved items:', result.error.message);
    },

    async toggleSave(item: DetectedItem) {
      if (state.busyKeys.has(item.key)) return;
      const wasSaved = state.savedKeys.has(item.key);
      const errors = new Map(state.errors);
      errors.delete(item.key);
      set({ busyKeys: withKey(state.busyKeys, item.key, true), errors });
      const result = wasSaved ? await send('unsaveItem', { key: item.key }) : await send('saveItem', { item: saveInput(item) });
      const busyKeys = withKey(state.busyKeys, item.key, false);
      if (result.ok) {
        set({ busyKeys, savedKeys: withKey(state.savedKeys, item.key, !wasSaved) });
      } else {
        const failed = new Map(state.errors);
        failed.set(item.key, result.error.message);
        set({ busyKeys, errors: failed });
      }
    },
  };
}

export type LensStore = ReturnType<typeof createLensStore>;
