import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LensDatabase } from '@/utils/db';
import type { SaveItemInput, StoredAnswer } from '@/utils/model/model';
import { currentReading, mergeEntries, sameRecommendation } from '@/utils/records';
import {
  loadNewestSavedViews,
  loadSavedViews,
  saveItem,
  saveItems,
  savedItemsFor,
  savedViewsForKeys,
  unsaveItem,
  updateSavedItem,
} from '@/utils/saved-items';
import { sampleSaveInput } from './helpers/sample';

const REPORT = 'commons/5803/cmjust/HC304';
const RESPONSE = 'commons/5803/cmjust/HC932';
const TRACKER = 'accountabilityindex/committees/3/recommendation/1593';
const TEXT =
  'We call for an immediate end to the sharing of victims’ and witnesses’ data between the police and the Home Office for immigration enforcement purposes – and a complete firewall.';

const fromReport = (): SaveItemInput =>
  sampleSaveInput(
    '7',
    {
      text: TEXT,
      pageKind: 'report',
      paperNumber: 'HC 304',
      reportTitle: 'Pre-legislative scrutiny of the draft Victims Bill',
      committee: 'Justice Committee',
      published: '2022-10-14',
    },
    REPORT,
  );
const fromResponse = (): SaveItemInput =>
  sampleSaveInput(
    '7',
    {
      text: TEXT,
      pageKind: 'response',
      reportTitle: 'Government Response to the Fourth Report',
      pageUrl: 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html',
      respondsTo: {
        title: 'Pre-legislative scrutiny of the draft Victims Bill',
        paperNumber: 'HC 304',
        url: 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html',
      },
      reading: { status: 'rejected', source: 'classifier', confidence: 0.75 },
    },
    RESPONSE,
  );
const fromTracker = (): SaveItemInput =>
  sampleSaveInput(
    '7',
    {
      // The tracker prints straight quote marks and a hyphen where the report has curly ones and a dash.
      text: TEXT.replace(/’/g, "'").replace(' – ', ' - '),
      pageKind: 'tracker',
      reportTitle: undefined,
      committee: 'Justice Committee',
      pageUrl: 'https://accountabilityindex.uk/committees/3/recommendation/1593/',
      pageTitle: 'Recommendation 7 | Justice Committee | Accountability Index',
      reading: { status: 'rejected', source: 'tracker', sourceName: 'Accountability Index' },
    },
    TRACKER,
  );

const ANSWER: StoredAnswer = {
  key: `${REPORT}#7`,
  reportKey: REPORT,
  paperNumber: 'HC 304',
  number: '7',
  reading: { status: 'rejected', source: 'classifier', confidence: 0.75, evidence: 'We do not consider that any changes are necessary.' },
  response: { summary: 'Not accepted.', summarySource: 'classifier', text: 'We do not consider that any changes are necessary.' },
  quotedText: TEXT,
  responseKey: RESPONSE,
  responseUrl: 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html',
  seenAt: 5,
};

let db: LensDatabase;
let n = 0;
beforeEach(() => {
  db = new LensDatabase(`records-test-${++n}-${Date.now()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('one record per recommendation', () => {
  it('saved from the report, the response and the tracker: one library row, seen on three pages, named by its report', async () => {
    await saveItem(db, fromReport(), 1);
    await updateSavedItem(db, `${REPORT}#7`, { note: 'Mine.' }, 2);
    await saveItem(db, fromResponse(), 3);
    await saveItem(db, fromTracker(), 4);
    const views = await loadSavedViews(db);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({
      key: `${REPORT}#7`,
      note: 'Mine.',
      reportTitle: 'Pre-legislative scrutiny of the draft Victims Bill',
      paperNumber: 'HC 304',
      published: '2022-10-14',
      pageUrl: fromReport().pageUrl,
    });
    expect(views[0]!.seenOn).toEqual([
      expect.objectContaining({ kind: 'report', url: fromReport().pageUrl }),
      expect.objectContaining({ kind: 'response', url: fromResponse().pageUrl }),
      expect.objectContaining({ kind: 'tracker', url: fromTracker().pageUrl }),
    ]);
  });

  it('in any order: the tracker first, then the report (the report names it)', async () => {
    await saveItem(db, fromTracker(), 1);
    await saveItem(db, fromReport(), 2);
    const [view, ...rest] = await loadSavedViews(db);
    expect(rest).toEqual([]);
    expect(view).toMatchObject({ reportTitle: 'Pre-legislative scrutiny of the draft Victims Bill', paperNumber: 'HC 304' });
  });

  it('each page finds it under its own key, and unsaving on one page unsaves the one record', async () => {
    await saveItem(db, fromReport(), 1);
    await saveItem(db, fromTracker(), 2);
    expect((await savedItemsFor(db, TRACKER)).map((view) => view.key)).toEqual([`${TRACKER}#7`]);
    expect((await savedItemsFor(db, REPORT)).map((view) => view.key)).toEqual([`${REPORT}#7`]);
    expect(await unsaveItem(db, `${TRACKER}#7`)).toBe(true);
    expect(await loadSavedViews(db)).toEqual([]);
  });

  it('different recommendations stay apart', async () => {
    await saveItem(db, fromReport(), 1);
    await saveItem(db, sampleSaveInput('8', { pageKind: 'report' }, REPORT), 1);
    expect(await loadSavedViews(db)).toHaveLength(2);
  });
});

describe('the reading follows the government’s answer', () => {
  it('saved while pending, the answer stored later: the view says Rejected; a correction keeps what it corrected', async () => {
    await saveItem(db, fromReport(), 1);
    expect((await loadSavedViews(db))[0]!.reading.status).toBe('pending');
    await db.answers.put(ANSWER);
    const [view] = await loadSavedViews(db);
    expect(view!.reading).toMatchObject({ status: 'rejected', source: 'classifier' });
    expect(view!.response?.summary).toBe('Not accepted.');
    const corrected = await updateSavedItem(db, `${REPORT}#7`, { statusOverride: { status: 'partially-accepted', reason: 'Para 14' } }, 9);
    expect(corrected.statusOverride).toEqual({ status: 'partially-accepted', reason: 'Para 14', at: 9, was: 'rejected' });
  });

  it('Save all refreshes what a page says without touching notes, tags or corrections', async () => {
    await saveItem(db, fromResponse(), 1);
    await updateSavedItem(db, `${REPORT}#7`, { note: 'Keep me', tags: ['t'] }, 2);
    const later = { ...fromResponse(), reading: { status: 'noted' as const, source: 'classifier' as const } };
    expect(await saveItems(db, [later], 3)).toBe(1);
    const [view] = await loadSavedViews(db);
    expect(view).toMatchObject({ note: 'Keep me', tags: ['t'], savedAt: 1, reading: { status: 'noted' } });
  });
});

describe('pure parts', () => {
  it('currentReading: the answer first, then a tracker, then our reading of a response, else pending', () => {
    const seen = (
      kind: 'report' | 'tracker' | 'response',
      status: 'pending' | 'rejected' | 'noted',
      source: 'default' | 'tracker' | 'classifier',
    ) => ({
      kind,
      key: `${kind}#7`,
      url: 'https://example.org/',
      at: 1,
      reading: { status, source },
    });
    expect(currentReading({ seen: [seen('report', 'pending', 'default')] }, undefined).reading.status).toBe('pending');
    expect(
      currentReading({ seen: [seen('report', 'pending', 'default'), seen('response', 'noted', 'classifier')] }, undefined).reading.status,
    ).toBe('noted');
    expect(
      currentReading({ seen: [seen('response', 'noted', 'classifier'), seen('tracker', 'rejected', 'tracker')] }, undefined).reading.status,
    ).toBe('rejected');
    const withAnswer = currentReading({ seen: [seen('tracker', 'noted', 'tracker')] }, ANSWER);
    expect(withAnswer.reading.status).toBe('rejected');
    expect(withAnswer.otherReading?.status).toBe('noted');
  });

  it('sameRecommendation: the same text (quotes, dashes, spaces aside), or a copy cut short with the same number', () => {
    expect(sameRecommendation({ text: TEXT, number: '7' }, { text: fromTracker().text, number: '7' })).toBe(true);
    expect(sameRecommendation({ text: TEXT, number: '7' }, { text: TEXT.slice(0, 120), number: '7' })).toBe(true);
    expect(sameRecommendation({ text: TEXT, number: '7' }, { text: TEXT.slice(0, 120), number: '8' })).toBe(false);
    expect(sameRecommendation({ text: 'We recommend A.', number: '1' }, { text: 'We recommend B.', number: '1' })).toBe(false);
  });

  it('mergeEntries keeps both notes where they differ, one where one holds the other, every tag, the first save', () => {
    const a = { key: 'k', savedAt: 5, updatedAt: 5, note: 'First.', tags: ['A', 'b'] };
    const b = { key: 'j', savedAt: 3, updatedAt: 8, note: 'Second.', tags: ['a', 'c'] };
    expect(mergeEntries(a, b)).toEqual({ key: 'k', savedAt: 3, updatedAt: 8, note: 'First.\n\nSecond.', tags: ['A', 'b', 'c'] });
    expect(mergeEntries(a, { ...b, note: 'First.' }).note).toBe('First.');
    expect(mergeEntries({ ...a, note: '' }, b).note).toBe('Second.');
  });
});

const OTHER_REPORT = 'commons/5803/cmhealth/HC12';

describe('a large library is read in bulk', () => {
  /** 150 items on two reports (more than are read key by key), saved at 50 moments; answers for some. */
  async function seedLarge() {
    const inputs = Array.from({ length: 150 }, (_, i) =>
      sampleSaveInput(String(i + 1), { pageKind: 'report' }, i % 2 ? REPORT : OTHER_REPORT),
    );
    for (const [i, input] of inputs.entries()) await saveItems(db, [input], 1 + Math.floor(i / 3));
    // Answers to two saved items (one on each report) and to one not saved.
    await db.answers.bulkPut([
      ANSWER,
      { ...ANSWER, key: `${REPORT}#8`, number: '8' },
      { ...ANSWER, key: `${OTHER_REPORT}#9`, reportKey: OTHER_REPORT, number: '9' },
    ]);
    return inputs;
  }

  it('answers the same views as reading them key by key, answers included', async () => {
    const inputs = await seedLarge();
    const views = await loadSavedViews(db);
    expect(views).toHaveLength(inputs.length);
    expect(views).toEqual(
      await savedViewsForKeys(
        db,
        views.map((view) => view.key),
      ),
    );
    const rejected = views.filter((view) => view.reading.status === 'rejected').map((view) => view.key);
    expect(rejected.sort()).toEqual([`${REPORT}#8`, `${OTHER_REPORT}#9`].sort());
  });

  it.each([
    ['a limit inside a moment takes the whole moment', 10, 12],
    ['a limit at the end of a moment', 9, 9],
    ['more than there is', 500, 150],
  ])('newest first: %s', async (_name, limit, expected) => {
    await seedLarge();
    const all = await loadSavedViews(db);
    const { items, total } = await loadNewestSavedViews(db, limit);
    expect(total).toBe(150);
    expect(items).toHaveLength(expected);
    // The newest, whatever the order within a moment.
    const newest = [...all].sort((a, b) => b.savedAt - a.savedAt).slice(0, expected);
    expect(new Set(items.map((item) => item.key))).toEqual(new Set(newest.map((item) => item.key)));
    expect(items).toEqual(expect.arrayContaining(newest));
  });
});
