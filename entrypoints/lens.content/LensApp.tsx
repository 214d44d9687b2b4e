import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { FilterChip } from '@/components/FilterChip';
import { ResponseStrip } from '@/components/ResponseStrip';
import { RecommendationPopover } from '@/components/RecommendationPopover';
import { drawBadge } from '@/components/status-badge';
import { placeBadges } from './place-badges';
import { STATUSES } from '@/utils/model/statuses';
import { type SavedItem } from '@/utils/model/model';
import type { LensStore } from './store';
import type { ToastAction } from './toast';

interface LensAppProps {
  store: LensStore;
  onFindResponse: () => void;
  /** A message in the page's corner, with an action (Undo) where there is one. */
  notify: (message: string, kind: 'info' | 'error', action?: ToastAction) => void;
}

/** Draws every badge (in its own shadow root beside its text) and renders the open popover. */
export function LensApp({ store, onFindResponse, notify }: LensAppProps) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [anchor, setAnchor] = useState<HTMLElement>();
  const openItem = state.page.items.find((item) => item.key === state.openKey);
  const close = useCallback(() => store.close(), [store]);
  const compact = state.settings.badgeStyle === 'compact';

  // Stable: each badge's click handler is bound once, when the badge is first drawn.
  const onOpen = useCallback(
    (key: string, button: HTMLButtonElement) => {
      if (store.getState().openKey === key) return store.close();
      setAnchor(button);
      store.open(key);
    },
    [store],
  );

  // Before the browser paints: draw what changed, then each new badge into the margin where it
  // fits, else inline. A change of badge style changes every badge's width: place them all again.
  const placedCompact = useRef(compact);
  useLayoutEffect(() => {
    const { page, hosts, badgeFilter, savedKeys, openKey, flashKey } = state;
    for (const item of page.items) {
      const slot = hosts.get(item.key);
      if (!slot) continue;
      const shown = badgeFilter.size === 0 || badgeFilter.has(item.reading.status);
      const view = { item, saved: savedKeys.has(item.key), compact, expanded: openKey === item.key, flash: flashKey === item.key };
      drawBadge(slot.root, shown ? view : undefined, onOpen);
    }
    const again = placedCompact.current !== compact;
    placedCompact.current = compact;
    placeBadges(hosts.values(), again);
  }, [state, compact, onOpen]);
  const [badgeLayout, setBadgeLayout] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        placeBadges(state.hosts.values(), true);
        setBadgeLayout((n) => n + 1);
      }, 150);
    };
    window.addEventListener('resize', onResize);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [state.hosts]);

  // The records of the item last taken out of the library, until it is saved again: its Undo.
  const [removed, setRemoved] = useState<{ key: string; records: SavedItem[] }>();
  const undo = useCallback(
    async (records: SavedItem[]) => {
      setRemoved(undefined);
      const error = await store.restore(records);
      if (error) notify(`Could not put it back: ${error}`, 'error');
    },
    [store, notify],
  );
  const unsave = useCallback(
    async (key: string) => {
      const item = store.getState().page.items.find((i) => i.key === key);
      const records = item && (await store.unsave(item));
      if (!records || records.length === 0) return;
      setRemoved({ key, records });
      notify(`Removed ${records.length === 1 ? 'it' : `${records.length} items`} from your library.`, 'info', {
        label: 'Undo',
        run: () => void undo(records),
      });
    },
    [store, notify, undo],
  );

  const { badgeFilter, page } = state;
  const chip = badgeFilter.size > 0 && (
    <FilterChip
      statuses={STATUSES.filter((status) => badgeFilter.has(status))}
      shown={page.items.filter((item) => badgeFilter.has(item.reading.status)).length}
      total={page.items.length}
      onClear={() => store.filterBadges([])}
    />
  );
  const firstHost = [...state.hosts.values()]
    .map((slot) => slot.host)
    .reduce<HTMLElement | undefined>(
      (first, host) => (!first || first.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_PRECEDING ? host : first),
      undefined,
    );
  const strip = page.kind === 'report' && state.response && (
    <ResponseStrip response={state.response} anchor={firstHost} layout={badgeLayout} />
  );
  if (!openItem || !anchor)
    return chip || strip ? (
      <>
        {strip}
        {chip}
      </>
    ) : null;
  const undoable = removed?.key === openItem.key && !state.savedKeys.has(openItem.key) ? removed.records : undefined;
  return (
    <>
      {strip}
      {chip}
      <RecommendationPopover
        key={openItem.key}
        item={openItem}
        anchor={anchor}
        badgeLayout={badgeLayout}
        saved={state.savedKeys.has(openItem.key)}
        busy={state.busyKeys.has(openItem.key)}
        error={state.errors.get(openItem.key)}
        onSave={() => void store.save(openItem)}
        onUnsave={() => void unsave(openItem.key)}
        onUndoUnsave={undoable && (() => void undo(undoable))}
        record={state.savedRecords.get(openItem.key)}
        onUpdate={(patch) => store.updateSaved(openItem.key, patch)}
        responseSearch={
          // Offered while no answer is known; the search's outcome stays in view after it links one.
          state.page.kind === 'report' && (openItem.reading.source === 'default' || state.responseSearch.kind !== 'idle')
            ? state.responseSearch
            : undefined
        }
        onFindResponse={onFindResponse}
        onClose={close}
      />
    </>
  );
}
