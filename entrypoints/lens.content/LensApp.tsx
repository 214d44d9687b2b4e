import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { RecommendationPopover } from '@/components/RecommendationPopover';
import { StatusBadge } from '@/components/StatusBadge';
import type { DetectedItem } from '@/utils/model';
import { placeBadges } from './place-badges';
import type { LensStore } from './store';

interface LensAppProps {
  store: LensStore;
  onFindResponse: () => void;
}

interface BadgePortalProps {
  root: ShadowRoot;
  item: DetectedItem;
  saved: boolean;
  compact: boolean;
  expanded: boolean;
  flash: boolean;
  onOpen: (key: string, button: HTMLButtonElement) => void;
}

/** One badge, portalled into its host's shadow root; rendered again only when its props change. */
const BadgePortal = memo(function BadgePortal({ root, item, onOpen, ...badge }: BadgePortalProps) {
  return createPortal(<StatusBadge item={item} {...badge} onOpen={(button) => onOpen(item.key, button)} />, root);
});

/** Renders every badge (portalled into its own shadow root beside its text) and the open popover. */
export function LensApp({ store, onFindResponse }: LensAppProps) {
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const [anchor, setAnchor] = useState<HTMLElement>();
  const openItem = state.page.items.find((item) => item.key === state.openKey);
  const close = useCallback(() => store.close(), [store]);
  const compact = state.settings.badgeStyle === 'compact';

  // Before the browser paints: each new badge into the margin where it fits, else inline.
  // A change of badge style changes every badge's width: place them all again.
  const placedCompact = useRef(compact);
  useLayoutEffect(() => {
    const again = placedCompact.current !== compact;
    placedCompact.current = compact;
    placeBadges(state.hosts.values(), again);
  }, [state.hosts, state.badgeFilter, compact]);
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

  // Stable across renders, so a badge whose own props did not change is not rendered again (the
  // badges are mounted in slices: each slice renders only its own).
  const onOpen = useCallback(
    (key: string, button: HTMLButtonElement) => {
      if (store.getState().openKey === key) return store.close();
      setAnchor(button);
      store.open(key);
    },
    [store],
  );

  return (
    <>
      {state.page.items.map((item) => {
        const slot = state.hosts.get(item.key);
        if (!slot || (state.badgeFilter.size > 0 && !state.badgeFilter.has(item.reading.status))) return null;
        return (
          <BadgePortal
            key={item.key}
            root={slot.root}
            item={item}
            saved={state.savedKeys.has(item.key)}
            compact={compact}
            expanded={state.openKey === item.key}
            flash={state.flashKey === item.key}
            onOpen={onOpen}
          />
        );
      })}
      {openItem && anchor && (
        <RecommendationPopover
          key={openItem.key}
          item={openItem}
          anchor={anchor}
          badgeLayout={badgeLayout}
          saved={state.savedKeys.has(openItem.key)}
          busy={state.busyKeys.has(openItem.key)}
          error={state.errors.get(openItem.key)}
          onToggleSave={() => void store.toggleSave(openItem)}
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
      )}
    </>
  );
}
