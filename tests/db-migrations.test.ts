import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LensDatabase, SCHEMAS, sortSavedItemRows } from '@/utils/db';
import { loadSavedViews } from '@/utils/saved-items';
import { migrateSavedItems, splitSavedItemRow } from '@/utils/records-migration';
import { normalizeRecommendationText, textKeyOf } from '@/utils/records';
import { reportRecordSchema, type StoredAnswer } from '@/utils/model/model';
import { withEstimatedResponse } from '@/utils/committees-api/facts';

interface DbFixture {
  version: number;
  savedItems: Record<string, unknown>[];
  answers?: StoredAnswer[];
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
  if (rows.answers) await old.table('answers').bulkAdd(rows.answers);
  old.close();
}

describe('migrations', () => {
  it('v1 → current: every valid saved item survives (its text, note, tags, reading); a malformed one is quarantined, not lost', async () => {
    const rows = await fixture('v1-saved-items.json');
    const name = `migration-v1-${Date.now()}`;
    await writeAtVersion(name, 1, rows);
    const db = new LensDatabase(name);
    opened.push(db);
    const views = await loadSavedViews(db);
    // The report's and the tracker's copy of recommendation 7 are one record now.
    expect(views.map((view) => view.key).sort()).toEqual(['commons/5803/cmjust/HC304#1', 'commons/5803/cmjust/HC304#7']);
    const seven = views.find((view) => view.number === '7')!;
    expect(seven).toMatchObject({ note: 'Check against the 2021 Home Office review.', tags: ['data sharing', 'immigration'] });
    expect(seven.reading).toMatchObject({ status: 'rejected', source: 'tracker' });
    expect(seven.seenOn?.map((seen) => seen.kind)).toEqual(['report', 'tracker']);
    const one = views.find((view) => view.number === '1')!;
    expect(one).toMatchObject({ ...rows.savedItems[2], seenOn: [expect.objectContaining({ kind: 'report' })] });
    const quarantined = await db.quarantine.toArray();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ table: 'savedItems', row: rows.savedItems[3] });
    expect(quarantined[0]!.error).toMatch(/text|status|savedAt/);
    expect(await db.answers.count()).toBe(0);
    expect(db.verno).toBe(4);
  });

  it('v2 (today’s schema) → v3: one record per recommendation, both notes kept, tags united, the answer read live; nothing lost', async () => {
    const rows = await fixture('v2-saved-items.json');
    const name = `migration-v2-${Date.now()}`;
    await writeAtVersion(name, 2, rows);
    const db = new LensDatabase(name);
    opened.push(db);
    const views = await loadSavedViews(db);
    expect(views).toHaveLength(2);
    const seven = views.find((view) => view.number === '7')!;
    expect(seven.key).toBe('commons/5803/cmjust/HC304#7');
    // Saved from the report while pending: the stored answer from HC 932 now decides what it shows.
    expect(seven.reading).toMatchObject({ status: 'rejected', source: 'classifier' });
    expect(seven.response?.summary).toBe('The Government does not accept a complete firewall.');
    // The report it belongs to by its own title and paper number (not the response's, not a page title).
    expect(seven).toMatchObject({
      reportTitle: 'Pre-legislative scrutiny of the draft Victims Bill',
      reportKey: 'commons/5803/cmjust/HC304',
    });
    expect(seven.seenOn?.map((seen) => seen.kind)).toEqual(['report', 'response', 'tracker']);
    // The report's note and the response's (the same words) once; the tracker's, which differs, kept too.
    expect(seven.note).toBe('Check against the 2021 Home Office review.\n\nTracker says rejected; cite the firewall point.');
    expect(seven.tags).toEqual(['data sharing', 'immigration', 'response', 'tracker']);
    expect(seven.savedAt).toBe(1764062400000);
    const quarantined = await db.quarantine.toArray();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ table: 'savedItems', row: rows.savedItems[4] });
    expect(await db.recommendations.count()).toBe(2);
    expect(await db.answers.count()).toBe(1);
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

  it('splitSavedItemRow does not change its input; a row already split passes through unchanged (a rerun is a no-op)', async () => {
    const rows = (await fixture('v2-saved-items.json')).savedItems;
    const before = structuredClone(rows);
    const split = rows.map((row) => splitSavedItemRow(row, 1));
    expect(rows).toEqual(before);
    expect(split.map((s) => s.kind)).toEqual(['split', 'split', 'split', 'split', 'quarantine']);
    for (const s of split) {
      if (s.kind !== 'split') continue;
      expect(splitSavedItemRow(s.entry, 1)).toEqual({ kind: 'entry', entry: s.entry });
    }
  });

  it('migrateSavedItems: input not mutated; run again over its own output, it changes nothing', async () => {
    const { savedItems, answers = [] } = await fixture('v2-saved-items.json');
    const before = structuredClone(savedItems);
    const first = migrateSavedItems(savedItems, answers, 1);
    expect(savedItems).toEqual(before);
    expect(first.saved).toHaveLength(2);
    expect(first.recommendations).toHaveLength(2);
    const again = migrateSavedItems(first.saved, answers, 1);
    expect(again.saved).toEqual(first.saved);
    expect(again.recommendations).toEqual([]);
    expect(again.quarantined).toEqual([]);
  });

  it.each([null, 42, 'text', [], {}, { key: 'x#1', note: 5 }])('migrateSavedItems quarantines a row like %j without throwing', (row) => {
    const { saved, quarantined } = migrateSavedItems([row], [], 5);
    expect(saved).toEqual([]);
    expect(quarantined).toEqual([expect.objectContaining({ table: 'savedItems', row, at: 5 })]);
  });
});

describe('matching one recommendation across pages', () => {
  it.each([
    ['curly and straight quotes', 'victims’ and witnesses’ data', "victims' and witnesses' data"],
    ['dashes and their spacing', 'the Code – its entitlements', 'the Code - its entitlements'],
    ['spaces, line breaks and a final full stop', 'We  recommend\nthat clause 2 be amended.', 'We recommend that clause 2 be amended'],
    ['double quotes', '“firewall”', '"firewall"'],
  ])('the same text despite %s', (_name, a, b) => {
    expect(normalizeRecommendationText(a)).toBe(normalizeRecommendationText(b));
    expect(textKeyOf(a)).toBe(textKeyOf(b));
  });

  it.each([
    ['another word', 'We recommend that clause 2 be amended', 'We recommend that clause 3 be amended'],
    ['a longer text', 'We recommend reform', 'We recommend reform of the Code'],
  ])('different texts stay apart: %s', (_name, a, b) => {
    expect(textKeyOf(a)).not.toBe(textKeyOf(b));
  });
});

describe('v3 → v4: reports keep what is known about their government response', () => {
  const REPORT_V3 = {
    key: 'commons/5803/cmjust/HC304',
    house: 'commons',
    paperNumber: 'HC 304',
    title: 'Pre-legislative scrutiny of the draft Victims Bill',
    published: '2022-10-14',
    url: 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html',
    seenAt: 5,
  };
  const UNDATED_V3 = {
    key: 'lords/5901/ldstatinq/HL9',
    house: 'lords',
    url: 'https://publications.parliament.uk/pa/ld5901/ldselect/ldstatinq/9/909.htm',
    seenAt: 6,
  };

  it('a v3 database opens at v4: each report read gets its estimated deadline (indexed), an undated one none; nothing else changes', async () => {
    const name = `migration-v3-${Date.now()}`;
    const old = new Dexie(name);
    old.version(3).stores(SCHEMAS[3]);
    await old.table('reports').bulkAdd([REPORT_V3, UNDATED_V3]);
    old.close();
    const db = new LensDatabase(name);
    opened.push(db);
    expect(db.verno).toBe(4);
    const report = await db.reports.get(REPORT_V3.key);
    expect(report).toEqual({
      ...REPORT_V3,
      response: { source: 'page', checkedAt: expect.any(Number) as unknown, rule: 'uk', published: '2022-10-14', answers: [] },
      responseDue: '2022-12-14',
    });
    expect(reportRecordSchema.safeParse(report).success).toBe(true);
    expect(await db.reports.get(UNDATED_V3.key)).toEqual({ ...UNDATED_V3, responseDue: '' });
    // The "overdue" filter's query: reports whose deadline is before a day.
    expect((await db.reports.where('responseDue').between('0', '2023-01-01').toArray()).map((r) => r.key)).toEqual([REPORT_V3.key]);
  });

  it.each([null, 42, 'text', [], {}, { url: 5 }, { ...REPORT_V3, published: '14 Oct 2022' }])(
    'withEstimatedResponse keeps a row like %j without throwing',
    (row) => {
      const out = withEstimatedResponse(row, 1);
      if (typeof row === 'object' && row !== null && !Array.isArray(row) && typeof (row as { url?: unknown }).url === 'string') {
        expect(out).toEqual({ ...row, responseDue: '' });
      } else expect(out).toBe(row);
    },
  );

  it('withEstimatedResponse does not change its input, and running it again changes nothing', () => {
    const input = structuredClone(REPORT_V3);
    const once = withEstimatedResponse(input, 7);
    expect(input).toEqual(REPORT_V3);
    expect(withEstimatedResponse(once, 8)).toBe(once);
  });
});
