import type { LensDatabase } from './db';
import { LensFailure } from './errors';
import { itemKey } from './model/items';
import {
  saveItemInputSchema,
  savedEntrySchema,
  type RecommendationRecord,
  type SaveItemInput,
  type SavedEntry,
  type SavedItem,
  type SavedItemPatch,
  type StoredAnswer,
} from './model/model';
import {
  answerKeysOf,
  entryOfView,
  inputOfView,
  newRecord,
  prefixKeyOf,
  sameRecommendation,
  savedView,
  textKeyOf,
  withSighting,
} from './records';
import { parsePublicationsUrl } from './report-key';

/*
 * Saved items in the database: the reader's entry (`savedItems`) and the recommendation it is about
 * (`recommendations`, one per recommendation wherever it was seen). Every read answers the merged
 * view (`savedView`): the current reading comes from the stored answers, never from a copy.
 */

const tables = (db: LensDatabase) => [db.savedItems, db.recommendations, db.answers] as const;

/** The record an item key (any key it was seen under) belongs to. */
function recordOf(db: LensDatabase, key: string): Promise<RecommendationRecord | undefined> {
  // Helpers used inside transactions answer Dexie's own promises (chained, not `async`): awaiting a
  // native promise that does no database work in a transaction makes Dexie commit it too early.
  return db.recommendations.get(key).then((record) => record ?? db.recommendations.where('aliases').equals(key).first());
}

/**
 * The key a recommendation saved from this page is known by: a response's item is the answered
 * report's recommendation (through its stored answer, else the report link the response gives).
 */
function responseItemKey(db: LensDatabase, input: SaveItemInput): Promise<string> {
  return db.answers
    .where('responseKey')
    .equals(input.reportKey)
    .filter((a) => a.number === input.number)
    .first()
    .then((answer) => {
      if (answer) return answer.key;
      try {
        const answered = input.respondsTo?.url ? parsePublicationsUrl(new URL(input.respondsTo.url))?.key : undefined;
        if (answered) return itemKey(answered, input.number);
      } catch {
        // Not a link we can read: the response's own key.
      }
      return input.key;
    });
}

/** The record this item is, if it was seen before: by report and number, else by its text. */
function matchRecord(db: LensDatabase, input: SaveItemInput, key: string): Promise<RecommendationRecord | undefined> {
  return recordOf(db, key)
    .then((record) => record ?? (key === input.key ? undefined : recordOf(db, input.key)))
    .then((record) => record ?? db.recommendations.where('textKey').equals(textKeyOf(input.text)).first())
    .then(
      (record) =>
        record ??
        db.recommendations
          .where('prefixKey')
          .equals(prefixKeyOf(input.text) || '\u0000')
          .filter((candidate) => sameRecommendation(candidate, input))
          .first(),
    );
}

/** The stored government answers for these records, by record key. */
function answersFor(db: LensDatabase, records: readonly RecommendationRecord[]): Promise<Map<string, StoredAnswer>> {
  const keys = records.map((r) => answerKeysOf(r));
  return db.answers.bulkGet([...new Set(keys.flat())]).then((found) => {
    const byKey = new Map(found.filter((a): a is StoredAnswer => a !== undefined).map((a) => [a.key, a]));
    const out = new Map<string, StoredAnswer>();
    records.forEach((record, i) => {
      const answer = keys[i]!.map((key) => byKey.get(key)).find(Boolean);
      if (answer) out.set(record.key, answer);
    });
    return out;
  });
}

/** Views of entries (missing records are skipped: an entry without its recommendation has nothing to show). */
function viewsOf(db: LensDatabase, entries: readonly SavedEntry[], pageKeys: readonly string[] = []): Promise<SavedItem[]> {
  return db.recommendations.bulkGet(entries.map((entry) => entry.key)).then((records) =>
    answersFor(
      db,
      records.filter((r): r is RecommendationRecord => r !== undefined),
    ).then((answers) =>
      entries.flatMap((entry, i) => {
        const record = records[i];
        return record ? [savedView(record, entry, answers.get(record.key), pageKeys)] : [];
      }),
    ),
  );
}

/**
 * The stored answers whose keys start with any of these prefixes, by key: one ranged read per
 * prefix. At thousands of items this is far faster than a `bulkGet` of every key, which Dexie
 * makes one request (and one event) per key.
 */
async function answersByPrefix(db: LensDatabase, prefixes: ReadonlySet<string>): Promise<Map<string, StoredAnswer>> {
  const lists = await Promise.all([...prefixes].map((prefix) => db.answers.where(':id').startsWith(prefix).toArray()));
  return new Map(lists.flat().map((answer) => [answer.key, answer]));
}

/** Up to this many items, views are read key by key; above it, by whole tables and key ranges. */
const KEYED_READ_LIMIT = 64;

/**
 * Every saved item as the library shows it (a live query may call this: it only reads). A large
 * library is read with a few bulk reads (the entries, every recommendation, the answers by report)
 * and joined here: the same views as `viewsOf`, in the same order.
 */
export async function loadSavedViews(db: LensDatabase): Promise<SavedItem[]> {
  const entries = await db.savedItems.toArray();
  if (entries.length <= KEYED_READ_LIMIT) return viewsOf(db, entries);
  const records = new Map((await db.recommendations.toArray()).map((record) => [record.key, record]));
  const saved = entries.flatMap((entry) => {
    const record = records.get(entry.key);
    return record ? [{ entry, record, answerKeys: answerKeysOf(record) }] : [];
  });
  // An answer key is a report key and a number (`itemKey`): read each report's answers at once.
  const prefixes = new Set(saved.flatMap(({ answerKeys }) => answerKeys.map((key) => key.slice(0, key.lastIndexOf('#') + 1) || key)));
  const answers = await answersByPrefix(db, prefixes);
  return saved.map(({ entry, record, answerKeys }) => {
    const answer = answerKeys.map((key) => answers.get(key)).find(Boolean);
    return savedView(record, entry, answer);
  });
}

/**
 * The first `limit` saved items by time saved, newest first, with every item saved at the same
 * moment as the last of them (so that sorting the whole library later puts the same items first):
 * what the library shows before the whole library is read.
 */
export async function loadNewestSavedViews(db: LensDatabase, limit: number): Promise<{ items: SavedItem[]; total: number }> {
  const [newest, total] = await Promise.all([db.savedItems.orderBy('savedAt').reverse().limit(limit).toArray(), db.savedItems.count()]);
  const last = newest.at(-1);
  const ties = last && newest.length === limit ? await db.savedItems.where('savedAt').equals(last.savedAt).toArray() : [];
  const entries = [...new Map([...newest, ...ties].map((entry) => [entry.key, entry])).values()];
  return { items: await viewsOf(db, entries), total };
}

/** Saved views for item keys (any key they were seen under), in order; `undefined` where not saved. */
export async function savedViewsForKeys(db: LensDatabase, keys: readonly string[]): Promise<(SavedItem | undefined)[]> {
  return db.transaction('r', tables(db), async () => {
    const records = await Promise.all(keys.map((key) => recordOf(db, key)));
    const entries = await db.savedItems.bulkGet(records.map((record) => record?.key ?? '\u0000'));
    const answers = await answersFor(
      db,
      records.filter((r): r is RecommendationRecord => r !== undefined),
    );
    return keys.map((key, i) => {
      const record = records[i];
      const entry = entries[i];
      if (!record || !entry) return undefined;
      return { ...savedView(record, entry, answers.get(record.key)), key };
    });
  });
}

/** Record the item (merged into what was seen before) and the reader's entry; notes, tags and corrections survive. */
async function writeSave(db: LensDatabase, given: SaveItemInput, now: number, defaultTags: readonly string[]): Promise<SavedItem> {
  // Checked again here (the message was checked on arrival): nothing unchecked is ever stored.
  const input = saveItemInputSchema.parse(given);
  // (No await of a promise that does no database work inside a transaction: Dexie would lose it.)
  const key = input.pageKind === 'response' ? await responseItemKey(db, input) : input.key;
  const existing = await matchRecord(db, input, key);
  const record = existing ? withSighting(existing, input, now) : newRecord(key, input, now);
  const before = await db.savedItems.get(record.key);
  const entry: SavedEntry = savedEntrySchema.parse(
    before ? { ...before, updatedAt: now } : { key: record.key, savedAt: now, updatedAt: now, note: '', tags: normalizeTags(defaultTags) },
  );
  await db.recommendations.put(record);
  await db.savedItems.put(entry);
  const answer = (await answersFor(db, [record])).get(record.key);
  return { ...savedView(record, entry, answer), key: input.key, reportKey: input.reportKey };
}

/** Save (or refresh) an item; its note, tags and first save time survive a re-save; new saves get the default tags. */
export async function saveItem(
  db: LensDatabase,
  input: SaveItemInput,
  now = Date.now(),
  defaultTags: readonly string[] = [],
): Promise<SavedItem> {
  try {
    return await db.transaction('rw', tables(db), () => writeSave(db, input, now, defaultTags));
  } catch (error) {
    throw new LensFailure('write-failed', `Could not save recommendation ${input.number}: ${describe(error)}`);
  }
}

/** Save (or refresh) many items in one transaction ("Save all"): all of them, or none. Notes are never touched. */
export async function saveItems(
  db: LensDatabase,
  inputs: readonly SaveItemInput[],
  now = Date.now(),
  defaultTags: readonly string[] = [],
): Promise<number> {
  try {
    return await db.transaction('rw', tables(db), async () => {
      for (const input of inputs) await writeSave(db, input, now, defaultTags);
      return inputs.length;
    });
  } catch (error) {
    throw new LensFailure('write-failed', `Could not save ${inputs.length} recommendations: ${describe(error)}`);
  }
}

/** Remove the reader's entry for an item (by any key it was seen under). */
export async function unsaveItem(db: LensDatabase, key: string): Promise<boolean> {
  try {
    return await db.transaction('rw', tables(db), async () => {
      const record = await recordOf(db, key);
      const existing = record && (await db.savedItems.get(record.key));
      if (existing) await db.savedItems.delete(existing.key);
      return existing !== undefined;
    });
  } catch (error) {
    throw new LensFailure('write-failed', `Could not remove the saved item: ${describe(error)}`);
  }
}

/** Saved items seen on one report key, or on several (a report and the page it is on), each named by its key there. */
export async function savedItemsFor(db: LensDatabase, reportKey: string | readonly string[]): Promise<SavedItem[]> {
  const pageKeys = typeof reportKey === 'string' ? [reportKey] : [...new Set(reportKey)];
  return db.transaction('r', tables(db), async () => {
    const records = await db.recommendations.where('pageKeys').anyOf(pageKeys).toArray();
    const unique = [...new Map(records.map((record) => [record.key, record])).values()];
    const entries = await db.savedItems.bulkGet(unique.map((record) => record.key));
    return viewsOf(
      db,
      entries.filter((entry): entry is SavedEntry => entry !== undefined),
      pageKeys,
    );
  });
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
 * of different fields from two tabs both land, and for one field the later write wins. A correction
 * keeps the status it corrected as shown at that moment (`was`).
 */
export async function updateSavedItem(db: LensDatabase, key: string, patch: SavedItemPatch, now = Date.now()): Promise<SavedItem> {
  try {
    return await db.transaction('rw', tables(db), async () => {
      const record = await recordOf(db, key);
      const existing = record && (await db.savedItems.get(record.key));
      if (!record || !existing) throw new LensFailure('not-found', 'That item is no longer in your library.');
      const answer = (await answersFor(db, [record])).get(record.key);
      const { statusOverride, ...rest } = existing;
      const was = savedView(record, { ...rest }, answer).reading.status;
      const next: SavedEntry = savedEntrySchema.parse({
        ...rest,
        ...(patch.note !== undefined ? { note: patch.note } : {}),
        ...(patch.tags !== undefined ? { tags: normalizeTags(patch.tags) } : {}),
        ...(patch.statusOverride === undefined
          ? { statusOverride }
          : patch.statusOverride === null
            ? {}
            : { statusOverride: { ...patch.statusOverride, at: now, was } }),
        updatedAt: now,
      });
      await db.savedItems.put(next);
      return { ...savedView(record, next, answer), key };
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
      const rows = (await db.savedItems.bulkGet([...keys])).filter((row): row is SavedEntry => row !== undefined);
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

/** Delete items (the reader's entries; the recommendation stays known); answers the deleted views so the reader can undo. */
export async function deleteSavedItems(db: LensDatabase, keys: readonly string[]): Promise<SavedItem[]> {
  try {
    return await db.transaction('rw', tables(db), async () => {
      const rows = (await db.savedItems.bulkGet([...keys])).filter((row): row is SavedEntry => row !== undefined);
      const views = await viewsOf(db, rows);
      await db.savedItems.bulkDelete(rows.map((row) => row.key));
      return views;
    });
  } catch (error) {
    throw new LensFailure('write-failed', `Could not delete: ${describe(error)}`);
  }
}

/**
 * Put saved items back (undo, import), all or nothing: each view's entry under its recommendation,
 * which is recorded again from the view where it is not known (an imported item).
 */
export async function restoreSavedItems(db: LensDatabase, items: readonly SavedItem[], now = Date.now()): Promise<number> {
  try {
    await db.transaction('rw', tables(db), () => putSavedViews(db, items, now));
    return items.length;
  } catch (error) {
    throw new LensFailure('write-failed', `Could not restore: ${describe(error)}`);
  }
}

/** Write views as entries under their recommendations (inside the caller's transaction over `savedItems` and `recommendations`). */
export async function putSavedViews(db: LensDatabase, items: readonly SavedItem[], now = Date.now()): Promise<void> {
  for (const item of items) {
    const record = (await recordOf(db, item.key)) ?? (await matchRecord(db, inputOfView(item), item.key));
    const known = record ?? newRecord(item.key, inputOfView(item), item.updatedAt || now);
    if (!record) await db.recommendations.put(known);
    await db.savedItems.put(entryOfView(item, known.key));
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'QuotaExceededError' ? 'the browser is out of storage space' : error.message;
  return String(error);
}
