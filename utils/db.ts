import Dexie, { type EntityTable } from 'dexie';
import {
  savedItemSchema,
  type RecommendationRecord,
  type ReportRecord,
  type SavedEntry,
  type SavedItem,
  type StoredAnswer,
} from './model/model';
import { migrateSavedItems, type QuarantinedRow } from './records-migration';
import { withEstimatedResponse } from './committees-api/facts';

export type { QuarantinedRow } from './records-migration';

export const DB_NAME = 'committee-lens';

/** Every released schema, kept as released: a change is a new entry, never an edit. */
export const SCHEMAS = {
  1: { savedItems: 'key, savedAt, reportKey' },
  2: {
    savedItems: 'key, savedAt, reportKey',
    answers: 'key, reportKey, paperNumber, responseKey',
    reports: 'key, paperNumber',
    quarantine: '++id, table',
  },
  // v3: the reader's entries apart from the recommendations they are about (one per recommendation,
  // wherever it was seen), which are found by any key they were seen under, by page, and by text.
  3: {
    savedItems: 'key, savedAt',
    recommendations: 'key, *aliases, *pageKeys, textKey, prefixKey',
    answers: 'key, reportKey, paperNumber, responseKey',
    reports: 'key, paperNumber',
    quarantine: '++id, table',
  },
  // v4: reports keep what is known about their government response; its due date is indexed.
  4: {
    savedItems: 'key, savedAt',
    recommendations: 'key, *aliases, *pageKeys, textKey, prefixKey',
    answers: 'key, reportKey, paperNumber, responseKey',
    reports: 'key, paperNumber, responseDue',
    quarantine: '++id, table',
  },
} as const;

/**
 * The extension's IndexedDB, owned by the background. Extension pages (popup, library) may read it
 * directly for live queries; every write goes through the background's message handlers.
 * Never edit a released `version(n)`: a shape change is `version(n + 1)` with an upgrade.
 */
export class LensDatabase extends Dexie {
  savedItems!: EntityTable<SavedEntry, 'key'>;
  recommendations!: EntityTable<RecommendationRecord, 'key'>;
  answers!: EntityTable<StoredAnswer, 'key'>;
  reports!: EntityTable<ReportRecord, 'key'>;
  quarantine!: EntityTable<QuarantinedRow, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMAS[1]);
    // v2: stored answers and reports for linking responses; quarantine for rows that fail validation.
    this.version(2)
      .stores(SCHEMAS[2])
      .upgrade(async (tx) => {
        const { quarantined } = sortSavedItemRows(await tx.table('savedItems').toArray(), Date.now());
        await tx.table('quarantine').bulkAdd(quarantined);
        await tx.table('savedItems').bulkDelete(quarantined.map((q) => (q.row as { key: IDBValidKey }).key));
      });
    // v3: each saved item split into the reader's entry and the recommendation; duplicates merged.
    this.version(3)
      .stores(SCHEMAS[3])
      .upgrade(async (tx) => {
        const rows = await tx.table('savedItems').toArray();
        const answers = (await tx.table('answers').toArray()) as StoredAnswer[];
        const { recommendations, saved, quarantined } = migrateSavedItems(rows, answers, Date.now());
        await tx.table('savedItems').clear();
        await tx.table('savedItems').bulkPut(saved);
        await tx.table('recommendations').bulkPut(recommendations);
        await tx.table('quarantine').bulkAdd(quarantined);
      });
    // v4: each report read so far gets its estimated response deadline (from its page's rule and date).
    this.version(4)
      .stores(SCHEMAS[4])
      .upgrade(async (tx) => {
        const now = Date.now();
        await tx
          .table('reports')
          .toCollection()
          .modify((row: unknown, ref: { value: unknown }) => {
            ref.value = withEstimatedResponse(row, now);
          });
      });
  }
}

/**
 * The v1 → v2 step for saved items, pure: rows that validate are kept (v1 rows are valid v2 rows),
 * the rest go to quarantine untouched. Input is not mutated; running it again changes nothing.
 */
export function sortSavedItemRows(rows: readonly unknown[], now: number): { keep: SavedItem[]; quarantined: QuarantinedRow[] } {
  const keep: SavedItem[] = [];
  const quarantined: QuarantinedRow[] = [];
  for (const row of rows) {
    const parsed = savedItemSchema.safeParse(row);
    if (parsed.success) keep.push(parsed.data);
    else quarantined.push({ table: 'savedItems', row, error: parsed.error.message, at: now });
  }
  return { keep, quarantined };
}

/** "Delete all my data": every table emptied in one transaction. */
export async function clearDatabase(db: LensDatabase): Promise<void> {
  await db.transaction('rw', [db.savedItems, db.recommendations, db.answers, db.reports, db.quarantine], async () => {
    await Promise.all([db.savedItems.clear(), db.recommendations.clear(), db.answers.clear(), db.reports.clear(), db.quarantine.clear()]);
  });
}
