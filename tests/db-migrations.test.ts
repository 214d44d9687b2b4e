import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LensDatabase, SCHEMAS, sortSavedItemRows } from '@/utils/db';

interface DbFixture {
  version: number;
  savedItems: Record<string, unknown>[];
}

const fixture = async (name: string): Promise<DbFixture> =>
  JSON.parse(await readFile(new URL(`./fixtures/db/${name}`, import.meta.url), 'utf8')) as DbFixture;

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A database as an older version of the extension left it. */
async function writeAtVersion(name: string, version: keyof typeof SCHEMAS, rows: DbFixture): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(SCHEMAS[version]);
  await old.table('savedItems').bulkAdd(rows.savedItems);
  old.close();
}

describe('migrations', () => {
  it('v1 → current: every valid saved item survives unchanged; a malformed one is quarantined, not lost', async () => {
    const rows = await fixture('v1-saved-items.json');
    const name = `migration-v1-${Date.now()}`;
    await writeAtVersion(name, 1, rows);
    const db = new LensDatabase(name);
    opened.push(db);
    const valid = rows.savedItems.slice(0, 3);
    expect(await db.savedItems.orderBy('savedAt').toArray()).toEqual(valid);
    const quarantined = await db.quarantine.toArray();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ table: 'savedItems', row: rows.savedItems[3] });
    expect(quarantined[0]!.error).toMatch(/text|status|savedAt/);
    expect(await db.answers.count()).toBe(0);
    expect(db.verno).toBe(2);
  });

  it('sortSavedItemRows does not change its input, and running it twice changes nothing', async () => {
    const rows = (await fixture('v1-saved-items.json')).savedItems;
    const before = structuredClone(rows);
    const first = sortSavedItemRows(rows, 1);
    expect(rows).toEqual(before);
    const second = sortSavedItemRows(first.keep, 1);
    expect(second.keep).toEqual(first.keep);
    expect(second.quarantined).toEqual([]);
  });

  it.each([null, 42, 'text', [], {}])('quarantines a row like %j without throwing', (row) => {
    const { keep, quarantined } = sortSavedItemRows([row], 5);
    expect(keep).toEqual([]);
    expect(quarantined).toEqual([expect.objectContaining({ table: 'savedItems', row, at: 5 })]);
  });
});
