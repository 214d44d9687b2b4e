import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LensDatabase } from '@/utils/db';
import { LensFailure } from '@/utils/errors';
import type { SaveItemInput } from '@/utils/model/model';
import {
  deleteSavedItems,
  normalizeTags,
  restoreSavedItems,
  retagSavedItems,
  saveItem,
  savedItemsFor,
  unsaveItem,
  updateSavedItem,
} from '@/utils/saved-items';
import { REPORT_KEY, sampleSaveInput } from './helpers/sample';

let db: LensDatabase;
let dbCount = 0;

beforeEach(() => {
  db = new LensDatabase(`saved-items-test-${++dbCount}-${Date.now()}`);
});

afterEach(async () => {
  await db.delete();
});

/** A save must fail with a LensFailure 'write-failed' naming the recommendation. */
async function expectWriteFailed(promise: Promise<unknown>, number?: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LensFailure);
  expect((error as LensFailure).code).toBe('write-failed');
  if (number) expect((error as LensFailure).message).toContain(`recommendation ${number}`);
}

describe('saveItem', () => {
  it('creates a record with an empty note and no tags', async () => {
    const input = sampleSaveInput('7');
    const saved = await saveItem(db, input, 1000);
    expect(saved).toMatchObject({ ...input, savedAt: 1000, updatedAt: 1000, note: '', tags: [] });
    expect(saved.seenOn).toEqual([{ kind: 'report', url: input.pageUrl, title: input.pageTitle }]);
    // Stored apart: the reader's entry, and the recommendation with what the page said.
    expect(await db.savedItems.get(input.key)).toEqual({ key: input.key, savedAt: 1000, updatedAt: 1000, note: '', tags: [] });
    expect(await db.recommendations.get(input.key)).toMatchObject({
      key: input.key,
      text: input.text,
      seen: [{ kind: 'report', reading: input.reading }],
    });
  });

  it('drops keys that are not part of a saved item', async () => {
    const input = { ...sampleSaveInput('7'), injected: '<script>' } as SaveItemInput;
    const saved = await saveItem(db, input, 1000);
    expect(saved).not.toHaveProperty('injected');
    expect(await db.savedItems.get(input.key)).not.toHaveProperty('injected');
  });

  it('keeps savedAt, note and tags on a second save, and refreshes text and updatedAt', async () => {
    const first = sampleSaveInput('7');
    await saveItem(db, first, 1000);
    await db.savedItems.update(first.key, { note: 'Follow up in the debate', tags: ['prisons'] });

    const second = sampleSaveInput('7', { text: 'The Government should act, reworded.' });
    const saved = await saveItem(db, second, 2000);

    const expected = { savedAt: 1000, updatedAt: 2000, note: 'Follow up in the debate', tags: ['prisons'] };
    expect(saved).toMatchObject({ ...expected, reading: second.reading });
    expect(await db.savedItems.get(first.key)).toEqual({ key: first.key, ...expected });
    expect(await db.savedItems.count()).toBe(1);
    expect(await db.recommendations.count()).toBe(1);
  });

  it.each<[string, Partial<SaveItemInput>]>([
    ['a page URL that is not a URL', { pageUrl: 'not a url' }],
    ['an empty text', { text: '' }],
    ['an unknown status', { reading: { status: 'maybe' as never, source: 'default' } }],
  ])('fails with write-failed for %s, and keeps the previous record', async (_name, bad) => {
    const good = sampleSaveInput('7');
    const before = await saveItem(db, good, 1000);
    await db.savedItems.update(good.key, { note: 'mine' });

    const record = await db.recommendations.get(good.key);
    await expectWriteFailed(saveItem(db, { ...good, ...bad }, 2000), '7');
    expect(await db.savedItems.get(good.key)).toEqual({
      key: good.key,
      savedAt: before.savedAt,
      updatedAt: before.updatedAt,
      note: 'mine',
      tags: [],
    });
    expect(await db.recommendations.get(good.key)).toEqual(record);
  });

  it('fails with write-failed when the database is closed, and keeps the previous record', async () => {
    const good = sampleSaveInput('7');
    await saveItem(db, good, 1000);
    const before = await db.savedItems.get(good.key);
    db.close();

    await expectWriteFailed(saveItem(db, { ...good, text: 'Changed.' }, 2000), '7');

    const reopened = new LensDatabase(db.name);
    expect(await reopened.savedItems.get(good.key)).toEqual(before);
    reopened.close();
  });
});

describe('unsaveItem', () => {
  it('returns true when it removed the item, then false', async () => {
    const input = sampleSaveInput('7');
    await saveItem(db, input, 1);
    await saveItem(db, sampleSaveInput('8'), 1);

    expect(await unsaveItem(db, input.key)).toBe(true);
    expect(await db.savedItems.get(input.key)).toBeUndefined();
    expect(await unsaveItem(db, input.key)).toBe(false);
    expect((await savedItemsFor(db, REPORT_KEY)).map((item) => item.key)).toEqual([`${REPORT_KEY}#8`]);
  });

  it('returns false for a key never saved', async () => {
    expect(await unsaveItem(db, 'nothing#1')).toBe(false);
  });

  it('fails with write-failed when the database is closed', async () => {
    const input = sampleSaveInput('7');
    await saveItem(db, input, 1);
    db.close();
    await expectWriteFailed(unsaveItem(db, input.key));
    const reopened = new LensDatabase(db.name);
    expect(await reopened.savedItems.get(input.key)).toBeDefined();
    reopened.close();
  });
});

describe('savedItemsFor', () => {
  it('gives the whole saved records of one report or page, and nothing for others', async () => {
    await saveItem(db, sampleSaveInput('1'), 1);
    const [item] = await savedItemsFor(db, REPORT_KEY);
    expect(item).toMatchObject({ key: `${REPORT_KEY}#1`, note: '', tags: [] });
    expect(await savedItemsFor(db, 'https://example.org/elsewhere')).toEqual([]);
  });

  it('gives the saved records of a report and a page in one query', async () => {
    const page = 'https://committees.parliament.uk/work/1/x/';
    await saveItem(db, sampleSaveInput('1'), 1);
    await saveItem(db, sampleSaveInput('sel-a', { key: `${page}#sel-a`, numbering: 'selection' }, page), 1);
    await saveItem(db, sampleSaveInput('2', {}, 'commons/5803/cmjust/HC999'), 1);
    const keys = (await savedItemsFor(db, [REPORT_KEY, page, REPORT_KEY])).map((item) => item.key).sort();
    expect(keys).toEqual([`${REPORT_KEY}#1`, `${page}#sel-a`].sort());
  });
});

describe('updateSavedItem', () => {
  it('changes only the fields given and stamps updatedAt', async () => {
    const saved = await saveItem(db, sampleSaveInput('7'), 1);
    const next = await updateSavedItem(db, saved.key, { note: 'A note' }, 5);
    expect(next).toEqual({ ...saved, note: 'A note', updatedAt: 5 });
  });

  it('records a status correction with its time, keeps the original reading, and can remove it', async () => {
    const saved = await saveItem(db, sampleSaveInput('7'), 1);
    const corrected = await updateSavedItem(db, saved.key, { statusOverride: { status: 'rejected', reason: 'Para 14 says so' } }, 9);
    expect(corrected.statusOverride).toEqual({ status: 'rejected', reason: 'Para 14 says so', at: 9, was: 'pending' });
    expect(corrected.reading).toEqual(saved.reading);
    expect((await updateSavedItem(db, saved.key, { note: 'x' }, 10)).statusOverride).toEqual(corrected.statusOverride);
    expect((await updateSavedItem(db, saved.key, { statusOverride: null }, 11)).statusOverride).toBeUndefined();
  });

  it('two tabs editing different fields at once: both edits land', async () => {
    const saved = await saveItem(db, sampleSaveInput('7'), 1);
    await Promise.all([
      updateSavedItem(db, saved.key, { note: 'from tab A' }, 2),
      updateSavedItem(db, saved.key, { tags: ['from tab B'] }, 3),
    ]);
    expect(await db.savedItems.get(saved.key)).toMatchObject({ note: 'from tab A', tags: ['from tab B'] });
  });

  it('two tabs editing the same field: the later write wins, nothing else is dropped', async () => {
    const saved = await saveItem(db, sampleSaveInput('7'), 1);
    await updateSavedItem(db, saved.key, { tags: ['kept'] }, 2);
    await Promise.all([updateSavedItem(db, saved.key, { note: 'first' }, 3), updateSavedItem(db, saved.key, { note: 'second' }, 4)]);
    expect(await db.savedItems.get(saved.key)).toMatchObject({ note: 'second', tags: ['kept'], updatedAt: 4 });
  });

  it('says clearly when the item is gone, and when the write fails', async () => {
    await expect(updateSavedItem(db, 'nope#1', { note: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    const saved = await saveItem(db, sampleSaveInput('7'), 1);
    db.close();
    await expect(updateSavedItem(db, saved.key, { note: 'x' })).rejects.toMatchObject({ code: 'write-failed' });
  });
});

describe('normalizeTags', () => {
  it.each([
    [
      ['a', ' a ', 'A', 'b  c'],
      ['a', 'b c'],
    ],
    [['', '  '], []],
    [
      ['Victims', 'victims', 'Courts'],
      ['Victims', 'Courts'],
    ],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTags(input)).toEqual(expected);
  });
});

describe('bulk edits', () => {
  it('retags many items at once', async () => {
    await saveItem(db, sampleSaveInput('1'), 1);
    await saveItem(db, sampleSaveInput('2'), 1);
    await updateSavedItem(db, `${REPORT_KEY}#1`, { tags: ['old', 'keep'] }, 2);
    expect(await retagSavedItems(db, [`${REPORT_KEY}#1`, `${REPORT_KEY}#2`, 'missing#3'], { add: ['new'], remove: ['OLD'] }, 3)).toBe(2);
    expect((await db.savedItems.get(`${REPORT_KEY}#1`))!.tags).toEqual(['keep', 'new']);
    expect((await db.savedItems.get(`${REPORT_KEY}#2`))!.tags).toEqual(['new']);
  });

  it('deletes and restores exactly what was there (undo)', async () => {
    await saveItem(db, sampleSaveInput('1'), 1);
    await saveItem(db, sampleSaveInput('2'), 1);
    const before = await db.savedItems.toArray();
    const deleted = await deleteSavedItems(db, [`${REPORT_KEY}#1`, `${REPORT_KEY}#2`, 'missing#3']);
    expect(deleted).toHaveLength(2);
    expect(await db.savedItems.count()).toBe(0);
    expect(await restoreSavedItems(db, deleted)).toBe(2);
    expect(await db.savedItems.toArray()).toEqual(before);
  });
});
