import type { LensDatabase } from './db';
import { LensFailure } from './messages';
import { savedItemSchema, type SaveItemInput, type SavedItem, type SavedItemPatch } from './model';

/** Save (or refresh) an item; its note, tags and first save time survive a re-save; new saves get the default tags. */
function savedRecord(input: SaveItemInput, existing: SavedItem | undefined, now: number, defaultTags: readonly string[]): SavedItem {
  return savedItemSchema.parse({
    ...input,
    savedAt: existing?.savedAt ?? now,
    updatedAt: now,
    note: existing?.note ?? '',
    tags: existing?.tags ?? normalizeTags(defaultTags),
    statusOverride: existing?.statusOverride,
  });
}

/** Save (or refresh) an item; its note, tags and first save time survive a re-save; new saves get the default tags. */
export async function saveItem(
  db: LensDatabase,
  input: SaveItemInput,
  now = Date.now(),
  defaultTags: readonly string[] = [],
): Promise<SavedItem> {
  try {
    return await db.transaction('rw', db.savedItems, async () => {
      const record = savedRecord(input, await db.savedItems.get(input.key), now, defaultTags);
      await db.savedItems.put(record);
      return record;
    });
  } catch (error) {
    throw new LensFailure('write-failed', `Could not save recommendation ${input.number}: ${describe(error)}`);
  }
}

/** Save many items in one transaction ("Save all"): all of them, or none. */
export async function saveItems(
  db: LensDatabase,
  inputs: readonly SaveItemInput[],
  now = Date.now(),
  defaultTags: readonly string[] = [],
): Promise<number> {
  try {
    return await db.transaction('rw', db.savedItems, async () => {
      const existing = await db.savedItems.bulkGet(inputs.map((input) => input.key));
      await db.savedItems.bulkPut(inputs.map((input, i) => savedRecord(input, existing[i], now, defaultTags)));
      return inputs.length;
    });
  } catch (error) {
    throw new LensFailure('write-failed', `Could not save ${inputs.length} recommendations: ${describe(error)}`);
  }
}

export async function unsaveItem(db: LensDatabase, key: string): Promise<boolean> {
  try {
    return await db.transaction('rw', db.savedItems, async () => {
      const existing = await db.savedItems.get(key);
      if (existing) await db.savedItems.delete(key);
      return existing !== undefined;
    });
  } catch (error) {
    throw new LensFailure('write-failed', `Could not remove the saved item: ${describe(error)}`);
  }
}

/** Saved items of one report key, or of several (a report and the page it is on) in one query. */
export async function savedItemsFor(db: LensDatabase, reportKey: string | readonly string[]): Promise<SavedItem[]> {
  if (typeof reportKey === 'string') return db.savedItems.where('reportKey').equals(reportKey).toArray();
  return db.savedItems
    .where('reportKey')
    .anyOf([...new Set(reportKey)])
    .toArray();
}

/** Tags trimmed, de-duplicated (case-insensitively, first spelling kept), in order. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/**
 * Apply an edit to one saved item inside a transaction: only the fields in `patch` change, so edits
 * of different fields from two tabs both land, and for one field the later write wins.
 */
export async function updateSavedItem(db: LensDatabase, key: string, patch: SavedItemPatch, now = Date.now()): Promise<SavedItem> {
  try {
    return await db.transaction('rw', db.savedItems, async () => {
      const existing = await db.savedItems.get(key);
      if (!existing) throw new LensFailure('not-found', 'That item is no longer in your library.');
      const { statusOverride, ...rest } = existing;
      const next: SavedItem = savedItemSchema.parse({
        ...rest,
        ...(patch.note !== undefined ? { note: patch.note } : {}),
        ...(patch.tags !== undefined ? { tags: normalizeTags(patch.tags) } : {}),
        ...(patch.statusOverride === undefined
          ? { statusOverride }
          : patch.statusOverride === null
            ? {}
            : { statusOverride: { ...patch.statusOverride, at: now } }),
        updatedAt: now,
      });
      await db.savedItems.put(next);
      return next;
    });
  } catch (error) {
    if (error instanceof LensFailure) throw error;
    throw new LensFailure('write-failed', `Could not save your change: ${describe(error)}`);
  }
}

/** Add and remove tags on many items in one transaction. */
export async function retagSavedItems(
  db: LensDatabase,
  keys: readonly string[],
  change: { add?: readonly string[]; remove?: readonly string[] },
  now = Date.now(),
): Promise<number> {
  const remove = new Set((change.remove ?? []).map((tag) => tag.toLowerCase()));
  try {
    return await db.transaction('rw', db.savedItems, async () => {
      const rows = (await db.savedItems.bulkGet([...keys])).filter((row): row is SavedItem => row !== undefined);
      const next = rows.map((row) => ({
        ...row,
        tags: normalizeTags([...row.tags.filter((tag) => !remove.has(tag.toLowerCase())), ...(change.add ?? [])]),
        updatedAt: now,
      }));
      await db.savedItems.bulkPut(next);
      return next.length;
    });
  } catch (error) {
    throw new LensFailure('write-failed', `Could not change the tags: ${describe(error)}`);
  }
}

/** Delete items; answers the deleted records so the reader can undo. */
export async function deleteSavedItems(db: LensDatabase, keys: readonly string[]): Promise<SavedItem[]> {
  try {
    return await db.transaction('rw', db.savedItems, async () => {
      const rows = (await db.savedItems.bulkGet([...keys])).filter((row): row is SavedItem => row !== undefined);
      await db.savedItems.bulkDelete(rows.map((row) => row.key));
      return rows;
    });
  } catch (error) {
    throw new LensFailure('write-failed', `Could not delete: ${describe(error)}`);
  }
}

/** Put back deleted items (undo), all or nothing. */
export async function restoreSavedItems(db: LensDatabase, items: readonly SavedItem[]): Promise<number> {
  try {
    await db.transaction('rw', db.savedItems, () => db.savedItems.bulkPut([...items]));
    return items.length;
  } catch (error) {
    throw new LensFailure('write-failed', `Could not restore: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'QuotaExceededError' ? 'the browser is out of storage space' : error.message;
  return String(error);
}
