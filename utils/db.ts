import Dexie, { type EntityTable } from 'dexie';
import { savedItemSchema, type ReportRecord, type SavedItem, type StoredAnswer } from './model';

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
} as const;

/** A stored row that no longer fits its schema, kept aside (never deleted) with why. */
export interface QuarantinedRow {
  id?: number;
  table: string;
  row: unknown;
  error: string;
  at: number;
}

/**
 * The extension's IndexedDB, owned by the background. Extension pages (popup, library) may read it
 * directly for live queries; every write goes through the background's message handlers.
 * Never edit a released `version(n)`: a shape change is `version(n + 1)` with an upgrade.
 */
export class LensDatabase extends Dexie {
  savedItems!: EntityTable<SavedItem, 'key'>;
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
  await db.transaction('rw', [db.savedItems, db.answers, db.reports, db.quarantine], async () => {
    await Promise.all([db.savedItems.clear(), db.answers.clear(), db.reports.clear(), db.quarantine.clear()]);
  });
}
