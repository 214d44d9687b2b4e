import type { LensDatabase } from './db';
import { LensFailure } from './messages';
import { savedItemSchema, type SaveItemInput, type SavedItem } from './model';

/** Save (or refresh) an item; its note, tags and first save time survive a re-save. */
export async function saveItem(db: LensDatabase, input: SaveItemInput, now = Date.now()): Promise<SavedItem> {
  try {
    return await db.transaction('rw', db.savedItems, async () => {
      const existing = await db.savedItems.get(input.key);
      const record = savedItemSchema.parse({
        ...input,
        savedAt: existing?.savedAt ?? now,
        updatedAt: now,
        note: existing?.note ?? '',
        tags: existing?.tags ?? [],
      });
      await db.savedItems.put(record);
      return record;
    });
  } catch (error) {
    throw new LensFailure('write-failed', `Could not save recommendation ${input.number}: ${describe(error)}`);
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

export async function savedKeysFor(db: LensDatabase, reportKey: string): Promise<string[]> {
  return (await db.savedItems.where('reportKey').equals(reportKey).primaryKeys()) as string[];
}

export async function savedItemsFor(db: LensDatabase, reportKey: string): Promise<SavedItem[]> {
  return db.savedItems.where('reportKey').equals(reportKey).toArray();
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'QuotaExceededError' ? 'the browser is out of storage space' : error.message;
  return String(error);
}
