import { storage } from 'wxt/utils/storage';
import type { LensDatabase } from './db';

/**
 * The pages where the reader saved a selection (context menu), by page key (`canonicalKey`).
 * One writer, the background (the library's import asks it with `selectionPagesChanged`), and its
 * read-modify-writes run one at a time (`serially`), so two writes (an import racing a save) cannot
 * drop each other's pages; read by the content script: on a page with nothing to badge it asks the background for saved items only
 * when this page is listed, so most pages neither wake the background nor load the UI.
 * A page listed without selections costs one needless question; a missing one would lose its
 * badges, so every write of saved items updates it.
 */
const SELECTION_PAGES = storage.defineItem<unknown>('local:selectionPages');

function asKeys(raw: unknown): string[] | undefined {
  return Array.isArray(raw) ? raw.filter((key): key is string => typeof key === 'string') : undefined;
}

/** Whether the reader saved a selection on this page. An index not built yet says yes (ask to be sure). */
export async function hasSavedSelections(pageKey: string): Promise<boolean> {
  try {
    const keys = asKeys(await SELECTION_PAGES.getValue());
    return keys === undefined || keys.includes(pageKey);
  } catch {
    return true;
  }
}

/** Whether the page keys (report keys of saved items) hold a saved selection, from the database. */
async function withSelections(db: LensDatabase, reportKeys: readonly string[]): Promise<Set<string>> {
  return db.transaction('r', db.recommendations, db.savedItems, async () => {
    const records = (
      await db.recommendations
        .where('pageKeys')
        .anyOf([...reportKeys])
        .toArray()
    ).filter((r) => r.numbering === 'selection');
    const saved = await db.savedItems.bulkGet(records.map((record) => record.key));
    return new Set(records.filter((_, i) => saved[i]).flatMap((record) => record.pageKeys));
  });
}

/** The page keys among these items that belong to saved selections. */
export function selectionPagesOf(items: readonly { reportKey: string; numbering?: string }[]): string[] {
  return items.filter((item) => item.numbering === 'selection').map((item) => item.reportKey);
}

/**
 * After saved items of these report keys were written or removed: list or unlist each. Never
 * throws (logs): the write it follows has succeeded.
 */
export async function updateSelectionPages(db: LensDatabase, reportKeys: Iterable<string>): Promise<void> {
  const touched = [...new Set(reportKeys)];
  if (touched.length === 0) return;
  try {
    await serially(() => update(db, touched));
  } catch (error) {
    console.warn('[committee-lens] could not update the list of pages with saved selections', error);
  }
}

/** The tail of the queue of writes to the list: each starts when the one before has finished. */
let queue: Promise<unknown> = Promise.resolve();

/** Run one read-modify-write of the list after every earlier one (storage has no transactions). */
function serially<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step, step);
  queue = run.catch(() => undefined);
  return run;
}

async function update(db: LensDatabase, touched: readonly string[]): Promise<void> {
  const current = asKeys(await SELECTION_PAGES.getValue());
  if (current === undefined) return rebuild(db);
  const present = await withSelections(db, touched);
  const next = new Set(current);
  for (const key of touched) {
    if (present.has(key)) next.add(key);
    else next.delete(key);
  }
  if (next.size !== current.length || current.some((key) => !next.has(key))) await SELECTION_PAGES.setValue([...next]);
}

/** The whole list from the database (first start after an update that introduced it). */
export function rebuildSelectionPages(db: LensDatabase): Promise<void> {
  return serially(() => rebuild(db));
}

async function rebuild(db: LensDatabase): Promise<void> {
  const keys = new Set<string>();
  const saved = new Set(await db.savedItems.toCollection().primaryKeys());
  await db.recommendations.each((record) => {
    if (record.numbering === 'selection' && saved.has(record.key)) for (const key of record.pageKeys) keys.add(key);
  });
  await SELECTION_PAGES.setValue([...keys]);
}

/** Build the list once, if it has never been built. */
export function ensureSelectionPages(db: LensDatabase): Promise<void> {
  return serially(async () => {
    if (asKeys(await SELECTION_PAGES.getValue()) === undefined) await rebuild(db);
  });
}

/** "Delete all my data". */
export function clearSelectionPages(): Promise<void> {
  return serially(() => SELECTION_PAGES.setValue([]));
}
