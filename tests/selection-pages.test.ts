import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LensDatabase } from '@/utils/db';
import { applyImport } from '@/utils/import/apply-import';
import type { MergePlan } from '@/utils/import/plan-merge';
import { saveItem, unsaveItem } from '@/utils/saved-items';
import {
  clearSelectionPages,
  ensureSelectionPages,
  hasSavedSelections,
  selectionPagesOf,
  updateSelectionPages,
} from '@/utils/selection-pages';
import { REPORT_KEY, sampleSaveInput, sampleSavedItem } from './helpers/sample';

const PAGE = 'https://committees.parliament.uk/work/1234/some-inquiry/';
const OTHER_PAGE = 'https://committees.parliament.uk/work/5678/another-inquiry/';

/** A passage saved from `page` with the context menu. */
function selection(page: string, id = 'abc') {
  return sampleSaveInput(`sel-${id}`, { key: `${page}#sel-${id}`, numbering: 'selection', pageUrl: page }, page);
}

let db: LensDatabase;
let dbCount = 0;

beforeEach(() => {
  fakeBrowser.reset();
  db = new LensDatabase(`selection-pages-test-${++dbCount}-${Date.now()}`);
});

afterEach(async () => {
  await db.delete();
});

describe('selectionPagesOf', () => {
  it.each([
    ['a selection gives its page', [selection(PAGE)], [PAGE]],
    ['a recommendation gives nothing', [sampleSaveInput('7')], []],
    ['nothing gives nothing', [], []],
  ])('%s', (_name, items, expected) => {
    expect(selectionPagesOf(items)).toEqual(expected);
  });
});

describe('hasSavedSelections', () => {
  it('says yes while the list has never been built (ask the background to be sure)', async () => {
    expect(await hasSavedSelections(PAGE)).toBe(true);
  });

  it('says yes when the stored list is not a list (ask to be sure)', async () => {
    await fakeBrowser.storage.local.set({ selectionPages: 'broken' });
    expect(await hasSavedSelections(PAGE)).toBe(true);
  });

  it('after the list is built: yes only for pages with a saved selection', async () => {
    await saveItem(db, selection(PAGE), 1);
    await saveItem(db, sampleSaveInput('7'), 1);
    await ensureSelectionPages(db);
    expect(await hasSavedSelections(PAGE)).toBe(true);
    expect(await hasSavedSelections(OTHER_PAGE)).toBe(false);
    expect(await hasSavedSelections(REPORT_KEY)).toBe(false);
  });
});

describe('updateSelectionPages', () => {
  beforeEach(async () => {
    await ensureSelectionPages(db);
  });

  it('lists a page when a selection is saved there, and unlists it when its last selection goes', async () => {
    await saveItem(db, selection(PAGE, 'a'), 1);
    await saveItem(db, selection(PAGE, 'b'), 1);
    await updateSelectionPages(db, [PAGE]);
    expect(await hasSavedSelections(PAGE)).toBe(true);

    await unsaveItem(db, `${PAGE}#sel-a`);
    await updateSelectionPages(db, [PAGE]);
    expect(await hasSavedSelections(PAGE)).toBe(true);

    await unsaveItem(db, `${PAGE}#sel-b`);
    await updateSelectionPages(db, [PAGE]);
    expect(await hasSavedSelections(PAGE)).toBe(false);
  });

  it('leaves other pages as they are', async () => {
    await saveItem(db, selection(PAGE), 1);
    await saveItem(db, selection(OTHER_PAGE), 1);
    await updateSelectionPages(db, [PAGE, OTHER_PAGE]);
    await unsaveItem(db, `${PAGE}#sel-abc`);
    await updateSelectionPages(db, [PAGE]);
    expect(await hasSavedSelections(PAGE)).toBe(false);
    expect(await hasSavedSelections(OTHER_PAGE)).toBe(true);
  });

  it('builds the whole list when it was never built', async () => {
    await fakeBrowser.storage.local.remove('selectionPages');
    await saveItem(db, selection(OTHER_PAGE), 1);
    await updateSelectionPages(db, [PAGE]);
    expect(await hasSavedSelections(OTHER_PAGE)).toBe(true);
    expect(await hasSavedSelections(PAGE)).toBe(false);
  });

  it('answers the pages of imported selections, for the background to list', async () => {
    // applyImport writes only what the plan adds and updates.
    const plan = { add: [{ ...sampleSavedItem('sel-x'), ...selection(PAGE, 'x') }], update: [] } as Pick<MergePlan, 'add' | 'update'>;
    const pages = await applyImport(db, plan as MergePlan);
    expect(pages).toEqual([PAGE]);
    await updateSelectionPages(db, pages);
    expect(await hasSavedSelections(PAGE)).toBe(true);
  });

  it('an import racing a save: both pages are listed, neither write drops the other', async () => {
    for (let round = 0; round < 5; round++) {
      const page = `${PAGE}${round}/`;
      const other = `${OTHER_PAGE}${round}/`;
      const plan = { add: [{ ...sampleSavedItem(`sel-i${round}`), ...selection(page, `i${round}`) }], update: [] } as Pick<
        MergePlan,
        'add' | 'update'
      >;
      await Promise.all([
        applyImport(db, plan as MergePlan).then((pages) => updateSelectionPages(db, pages)),
        saveItem(db, selection(other, `s${round}`), 1).then(() => updateSelectionPages(db, [other])),
        updateSelectionPages(db, [page, other]),
      ]);
      expect(await hasSavedSelections(page)).toBe(true);
      expect(await hasSavedSelections(other)).toBe(true);
    }
  });

  it('never throws when the database is gone (the write it follows has succeeded)', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      db.close();
      await expect(updateSelectionPages(db, [PAGE])).resolves.toBeUndefined();
    } finally {
      console.warn = warn;
    }
  });
});

describe('clearSelectionPages', () => {
  it('unlists every page ("Delete all my data")', async () => {
    await saveItem(db, selection(PAGE), 1);
    await ensureSelectionPages(db);
    await clearSelectionPages();
    expect(await hasSavedSelections(PAGE)).toBe(false);
  });
});
