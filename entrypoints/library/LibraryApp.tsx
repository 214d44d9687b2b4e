import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { LensDatabase } from '@/utils/db';
import { normalizeSpace } from '@/utils/detect/text';
import { SavedItemRow } from './SavedItemRow';

const db = new LensDatabase();

/** Everything the reader has saved, newest first. */
export function LibraryApp() {
  const items = useLiveQuery(() => db.savedItems.orderBy('savedAt').reverse().toArray(), []);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const words = normalizeSpace(query).toLowerCase().split(' ').filter(Boolean);
    if (!items || words.length === 0) return items;
    return items.filter((item) => {
      const haystack =
        `${item.number} ${item.text} ${item.headline ?? ''} ${item.reportTitle ?? ''} ${item.committee ?? ''} ${item.note}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
  }, [items, query]);

  return (
    <div className="library">
      <header className="library-header">
        <div className="library-brand">
          <img src="/icon/48.png" alt="" width="28" height="28" />
          <div>
            <h1 className="library-title">Library</h1>
            <p className="library-subtitle">Recommendations you saved with Committee Lens</p>
          </div>
        </div>
        <label className="library-search">
          <span className="cl-visually-hidden">Search saved recommendations</span>
          <input
            type="search"
            placeholder="Search text, reports, notes…"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
      </header>

      <main className="library-main" aria-busy={items === undefined}>
        {items === undefined && <p className="library-muted">Loading your library…</p>}
        {items?.length === 0 && (
          <section className="library-empty">
            <h2>Nothing saved yet</h2>
            <p className="library-muted">
              Open a committee report, click the badge beside a recommendation and choose <strong>Save</strong>. It will appear here, with
              the government’s answer and a link back to the exact place in the report.
            </p>
          </section>
        )}
        {items && items.length > 0 && shown && (
          <>
            <p className="library-count" aria-live="polite">
              {shown.length === items.length ? `${items.length} saved` : `${shown.length} of ${items.length} saved`}
            </p>
            {shown.length === 0 ? (
              <p className="library-muted">No saved recommendation matches “{query}”.</p>
            ) : (
              <ol className="library-list">
                {shown.map((item) => (
                  <SavedItemRow key={item.key} item={item} />
                ))}
              </ol>
            )}
          </>
        )}
      </main>
    </div>
  );
}
