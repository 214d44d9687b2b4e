import { useEffect, useRef, useState } from 'react';
import { searchTextOf, type WordMatch } from '@/utils/library/filter';
import { createSearchIndex, type SearchIndex } from '@/utils/library/search-index';
import type { SavedItem } from '@/utils/model/model';

/** Main-thread time one slice of indexing may take before it lets input and frames through. */
const SLICE_MS = 6;

/**
 * The search index of `items`, kept up to date with the live query: built in short slices after
 * the list arrives (each item's text is compared, so a changed note re-indexes one item), items
 * gone from the list are dropped at the end. `matchWords` is there once the index holds exactly
 * this list; until then the filter scans the items' text, which answers the same.
 */
export function useSearchIndex(items: readonly SavedItem[] | undefined): { matchWords?: WordMatch } {
  const index = useRef<SearchIndex>(undefined);
  const [readyFor, setReadyFor] = useState<{ items: readonly SavedItem[]; matchWords: WordMatch }>();

  useEffect(() => {
    if (!items) return;
    const search = (index.current ??= createSearchIndex());
    let position = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      const until = performance.now() + SLICE_MS;
      while (position < items.length && performance.now() < until) {
        const item = items[position++]!;
        search.set(item.key, searchTextOf(item));
      }
      if (position < items.length) {
        timer = setTimeout(step);
        return;
      }
      if (search.size > items.length) {
        const keys = new Set(items.map((item) => item.key));
        for (const key of search.keys()) if (!keys.has(key)) search.delete(key);
      }
      setReadyFor({ items, matchWords: (words) => search.match(words) });
    };
    timer = setTimeout(step);
    return () => clearTimeout(timer);
  }, [items]);

  return { matchWords: readyFor && readyFor.items === items ? readyFor.matchWords : undefined };
}
