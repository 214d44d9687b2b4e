import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { LensDatabase } from '@/utils/db';
import { loadNewestSavedViews, loadSavedViews } from '@/utils/saved-items';
import { createListFilter, filterChoices, NO_FILTERS, sortItems, type LibraryFilters, type SortOrder } from '@/utils/library/filter';
import { effectiveStatus } from '@/utils/model/items';
import { type SavedItemPatch } from '@/utils/model/model';
import { countByStatus } from '@/utils/model/statuses';
import { BulkBar } from './BulkBar';
import { ExportMenu } from './ExportMenu';
import { FilterBar } from './FilterBar';
import { importFile } from './import-file';
import { ImportButton } from './ImportButton';
import { ItemDetail } from './ItemDetail';
import { libraryActions } from './library-actions';
import { Notice, type NoticeState } from './Notice';
import { SavedItemsTable } from './SavedItemsTable';
import { useSearchIndex } from './use-search-index';
import { OverdueFilter } from './OverdueFilter';
import { loadReportResponses, overdueReportKeys } from '@/utils/committees-api/stored-responses';
import { todayOf } from '@/utils/committees-api/deadline';

const db = new LensDatabase();

/** Items read first, before the whole library: more than one screen of rows. */
const FIRST_SCREEN = 60;
/** No texts are handed to the filter: it makes them when it scans, and the index has its own. */
const NO_TEXTS: ReadonlyMap<string, string> = new Map();

type NewestItems = Awaited<ReturnType<typeof loadNewestSavedViews>>;

/** Everything the reader has saved: search, filter, sort, open, edit, bulk actions. */
export function LibraryApp() {
  // Live over the entries, the recommendations and the stored answers: a response read in another tab updates the rows.
  // The newest items first (the default order), so the first screen shows before the whole
  // library is read; the whole read starts after it (the database answers one read at a time).
  const [first, setFirst] = useState<NewestItems>();
  const [firstDone, setFirstDone] = useState(false);
  useEffect(() => {
    let current = true;
    loadNewestSavedViews(db, FIRST_SCREEN)
      .then(
        (loaded) => current && setFirst(loaded),
        (error: unknown) => console.error('[committee-lens] library: could not read the newest items', error),
      )
      .finally(() => current && setFirstDone(true));
    return () => {
      current = false;
    };
  }, []);
  const items = useLiveQuery(() => (firstDone ? loadSavedViews(db) : undefined), [firstDone]);
  const loading = items === undefined;
  const [query, setQuery] = useState('');
  // The menus and dates; the query lives apart so that typing leaves the filter bar alone.
  const [menus, setMenus] = useState<LibraryFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortOrder>({ column: 'savedAt', direction: 'desc' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openKey, setOpenKey] = useState<string>();
  const [notice, setNotice] = useState<NoticeState>();

  const all = useMemo(() => items ?? first?.items ?? [], [items, first]);
  const { matchWords } = useSearchIndex(items);
  const choices = useMemo(() => filterChoices(all), [all]);
  const counts = useMemo(() => countByStatus(all.map((item) => ({ reading: { ...item.reading, status: effectiveStatus(item) } }))), [all]);
  // Typing stays responsive: the list catches up with the query a moment later if it must.
  const deferredQuery = useDeferredValue(query);
  const deferredMenus = useDeferredValue(menus);
  const deferredFilters = useMemo(() => ({ ...deferredMenus, query: deferredQuery }), [deferredMenus, deferredQuery]);
  // Sorted once per list and order; each keystroke only filters (which keeps that order).
  const sorted = useMemo(() => sortItems(all, sort), [all, sort]);
  const filterList = useMemo(() => createListFilter(), []);
  const filtered = useMemo(
    () => filterList(sorted, NO_TEXTS, deferredFilters, matchWords),
    [filterList, sorted, deferredFilters, matchWords],
  );
  // The Response column and the "overdue" filter: what is known of each report's government response.
  const [today] = useState(() => todayOf(Date.now()));
  const responses = useLiveQuery(() => loadReportResponses(db), []);
  const overdueKeys = useLiveQuery(() => overdueReportKeys(db, today), [today]);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const overdueCount = useMemo(() => all.filter((item) => overdueKeys?.has(item.reportKey)).length, [all, overdueKeys]);
  const shown = useMemo(
    () => (overdueOnly ? filtered.filter((item) => overdueKeys?.has(item.reportKey)) : filtered),
    [filtered, overdueOnly, overdueKeys],
  );
  const openItem = useMemo(() => (openKey === undefined ? undefined : all.find((item) => item.key === openKey)), [all, openKey]);

  // Items deleted elsewhere (another tab) drop out of the selection.
  const liveSelected = useMemo(() => {
    const keys = new Set(all.map((item) => item.key));
    return new Set([...selected].filter((key) => keys.has(key)));
  }, [all, selected]);

  const selectedItems = useMemo(
    () => (liveSelected.size === 0 ? [] : all.filter((item) => liveSelected.has(item.key))),
    [all, liveSelected],
  );
  const exportScopes = useMemo(
    () =>
      loading
        ? []
        : [
            { id: 'all', label: 'Everything', items: all },
            { id: 'shown', label: 'What is shown', items: shown.length < all.length ? shown : [] },
            { id: 'selected', label: 'The selection', items: selectedItems },
          ],
    [loading, all, shown, selectedItems],
  );

  const report = useCallback((error: string) => setNotice({ kind: 'error', message: error }), []);

  const update = useCallback(
    async (key: string, patch: SavedItemPatch) => {
      const result = await libraryActions.update(key, patch);
      if (result.ok) return undefined;
      report(result.error.message);
      return result.error.message;
    },
    [report],
  );

  const remove = useCallback(
    async (keys: string[]) => {
      const result = await libraryActions.remove(keys);
      if (!result.ok) return report(result.error.message);
      const { deleted } = result.data;
      setSelected(new Set());
      if (openKey && keys.includes(openKey)) setOpenKey(undefined);
      setNotice({
        kind: 'info',
        message: deleted.length === 1 ? 'Deleted 1 item.' : `Deleted ${deleted.length} items.`,
        undo: () =>
          void libraryActions.restore(deleted).then((restored) => {
            if (!restored.ok) report(restored.error.message);
          }),
      });
    },
    [openKey, report],
  );

  const retag = useCallback(
    async (change: { add?: string[]; remove?: string[] }) => {
      const result = await libraryActions.retag([...liveSelected], change);
      if (!result.ok) return report(result.error.message);
      setNotice({ kind: 'info', message: `${change.add ? 'Tagged' : 'Untagged'} ${result.data.updated} items.` });
    },
    [liveSelected, report],
  );

  const clearFilters = useCallback(() => {
    setQuery('');
    setMenus(NO_FILTERS);
  }, []);
  const toggleOpen = useCallback((key: string) => setOpenKey((current) => (key === current ? undefined : key)), []);
  const closeDetail = useCallback(() => setOpenKey(undefined), []);
  const updateOpen = useCallback((patch: SavedItemPatch) => update(openKey ?? '', patch), [openKey, update]);
  const deleteOpen = useCallback(() => {
    if (openKey !== undefined) void remove([openKey]);
  }, [openKey, remove]);
  const tagSelected = useCallback((tag: string) => void retag({ add: [tag] }), [retag]);
  const untagSelected = useCallback((tag: string) => void retag({ remove: [tag] }), [retag]);
  const deleteSelected = useCallback(() => void remove([...liveSelected]), [liveSelected, remove]);
  const clearSelection = useCallback(() => setSelected(new Set()), []);

  const select = useCallback((keys: string[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const key of keys) {
        if (on) next.add(key);
        else next.delete(key);
      }
      return next;
    });
  }, []);

  return (
    <div className={`library${openItem ? ' library-with-detail' : ''}`} data-cl-search-index={matchWords ? 'ready' : 'building'}>
      <header className="library-header">
        <div className="library-brand">
          <img src="/icon/48.png" alt="" width="28" height="28" />
          <div>
            <h1 className="library-title">Library</h1>
            <p className="library-subtitle">Recommendations you saved with Committee Lens</p>
          </div>
        </div>
        <div className="library-actions">
          <ImportButton
            onFile={async (file) => {
              const result = await importFile(db, file);
              setNotice({ kind: result.ok ? 'info' : 'error', message: result.message });
            }}
          />
          <ExportMenu scopes={exportScopes} />
        </div>
        <label className="library-search">
          <span className="cl-visually-hidden">Search saved recommendations</span>
          <input
            type="search"
            placeholder="Search text, responses, notes, tags…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
      </header>

      {loading && (first === undefined || first.total === 0) && <p className="muted">Loading your library…</p>}
      {items?.length === 0 && (
        <section className="library-empty">
          <h2>Nothing saved yet</h2>
          <p className="muted">
            Open a committee report, click the badge beside a recommendation and choose <strong>Save</strong>. It will appear here, with the
            government’s answer and a link back to the exact place in the report.
          </p>
        </section>
      )}
      {all.length > 0 && (
        <>
          {/* Until the whole library is read, the menus and counts wait (the rows shown are the newest). */}
          <div className="library-filters" inert={loading}>
            <FilterBar
              filters={menus}
              searching={query !== ''}
              counts={counts}
              choices={choices}
              onChange={setMenus}
              onClear={clearFilters}
            />
            <OverdueFilter on={overdueOnly} count={overdueCount} onChange={setOverdueOnly} />
          </div>
          <p className="library-count" aria-live="polite" aria-busy={loading}>
            {loading
              ? `Loading ${first?.total ?? all.length} saved…`
              : shown.length === all.length
                ? `${all.length} saved`
                : `${shown.length} of ${all.length} saved`}
          </p>
          {liveSelected.size > 0 && (
            <BulkBar
              count={liveSelected.size}
              tags={choices.tags}
              onTag={tagSelected}
              onUntag={untagSelected}
              onDelete={deleteSelected}
              onClear={clearSelection}
            />
          )}
          <div className="library-body">
            {shown.length === 0 ? (
              <p className="muted library-none">No saved recommendation matches these filters.</p>
            ) : (
              <SavedItemsTable
                items={shown}
                sort={sort}
                onSort={setSort}
                selected={liveSelected}
                onSelect={select}
                openKey={openKey}
                onOpen={toggleOpen}
                responses={responses}
                today={today}
              />
            )}
            {openItem && (
              <ItemDetail
                key={openItem.key}
                item={openItem}
                allTags={choices.tags}
                onUpdate={updateOpen}
                onDelete={deleteOpen}
                onClose={closeDetail}
              />
            )}
          </div>
        </>
      )}
      {notice && <Notice notice={notice} onDismiss={() => setNotice(undefined)} />}
    </div>
  );
}
