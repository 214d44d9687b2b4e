import { describe, expect, it } from 'vitest';
import { importedNoteHeading, planMerge, type MergePlan } from '@/utils/import/plan-merge';
import type { SavedItem } from '@/utils/model/model';
import { SAMPLE_ITEMS } from './sample-library';

const DAY = 24 * 60 * 60 * 1000;
const T = Date.UTC(2026, 9, 10, 12, 0);
const BASE: SavedItem = { ...SAMPLE_ITEMS[0]!, savedAt: T, updatedAt: T + DAY, note: 'Our note.', tags: ['a', 'b'] };
const OTHER: SavedItem = { ...SAMPLE_ITEMS[2]!, savedAt: T, updatedAt: T };

function version(fields: Partial<SavedItem>): SavedItem {
  return { ...BASE, ...fields };
}

type Expected = Pick<MergePlan, 'add' | 'update' | 'unchanged'> & { report: MergePlan['report'] };

function expected(add: SavedItem[], update: SavedItem[], unchanged: number, notesKept = 0): Expected {
  return { add, update, unchanged, report: { added: add.length, updated: update.length, skipped: unchanged, notesKept } };
}

describe('planMerge', () => {
  it.each<[string, SavedItem[], SavedItem[], Expected]>([
    ['a new item is added', [BASE], [OTHER], expected([OTHER], [], 0)],
    ['an empty library takes everything', [], [BASE, OTHER], expected([BASE, OTHER], [], 0)],
    ['the same item changes nothing', [BASE], [structuredClone(BASE)], expected([], [], 1)],
    ['an empty file changes nothing', [BASE], [], expected([], [], 0)],
    [
      'a newer item wins for the fields that differ',
      [BASE],
      [version({ updatedAt: T + 2 * DAY, statusOverride: { status: 'rejected', reason: 'Read the answer again.', at: T + 2 * DAY } })],
      expected(
        [],
        [version({ updatedAt: T + 2 * DAY, statusOverride: { status: 'rejected', reason: 'Read the answer again.', at: T + 2 * DAY } })],
        0,
      ),
    ],
    [
      'a newer item that dropped an optional field drops it',
      [version({ statusOverride: { status: 'accepted', reason: 'x', at: T } })],
      [version({ updatedAt: T + 2 * DAY })],
      expected([], [version({ updatedAt: T + 2 * DAY })], 0),
    ],
    ['an older item loses to the library', [BASE], [version({ updatedAt: T, section: 'Old section' })], expected([], [], 1)],
    [
      'an older item still gives the earliest save time',
      [BASE],
      [version({ updatedAt: T, savedAt: T - DAY })],
      expected([], [version({ savedAt: T - DAY })], 0),
    ],
    [
      'differing notes are both kept, the library’s first',
      [BASE],
      [version({ updatedAt: T + 2 * DAY, note: 'Their note.' })],
      expected([], [version({ updatedAt: T + 2 * DAY, note: 'Our note.\n\n— Imported note (2026-10-12):\nTheir note.' })], 0, 1),
    ],
    [
      'differing notes are both kept when the import is older too',
      [BASE],
      [version({ updatedAt: T, note: 'Their older note.' })],
      expected([], [version({ note: 'Our note.\n\n— Imported note (2026-10-10):\nTheir older note.' })], 0, 1),
    ],
    [
      'an empty imported note keeps ours',
      [BASE],
      [version({ updatedAt: T + 2 * DAY, note: '' })],
      expected([], [version({ updatedAt: T + 2 * DAY })], 0),
    ],
    [
      'an imported note fills an empty one',
      [version({ note: '' })],
      [version({ note: 'Their note.' })],
      expected([], [version({ note: 'Their note.' })], 0),
    ],
    [
      'importing the same file twice does not repeat the note',
      [version({ note: 'Our note.\n\n— Imported note (2026-10-12):\nTheir note.' })],
      [version({ note: 'Their note.' })],
      expected([], [], 1),
    ],
    [
      'an imported note that already holds ours replaces it',
      [BASE],
      [version({ note: 'Our note.\nAnd more from the other browser.' })],
      expected([], [version({ note: 'Our note.\nAnd more from the other browser.' })], 0),
    ],
    [
      'a note that only contains ours as part of a line is not taken for it',
      [version({ note: 'Bill' })],
      [version({ note: 'Check the Bill' })],
      expected([], [version({ note: 'Bill\n\n— Imported note (2026-10-11):\nCheck the Bill' })], 0, 1),
    ],
    ['tags are the union, ours first', [BASE], [version({ tags: ['b', 'c'] })], expected([], [version({ tags: ['a', 'b', 'c'] })], 0)],
    [
      'an older item still adds its tags',
      [BASE],
      [version({ updatedAt: T, tags: ['z'] })],
      expected([], [version({ tags: ['a', 'b', 'z'] })], 0),
    ],
    [
      'an item twice in the file is merged with itself',
      [],
      [version({ tags: ['x'], note: '' }), version({ updatedAt: T + 3 * DAY, tags: ['y'], note: 'Later.' })],
      expected([version({ updatedAt: T + 3 * DAY, tags: ['x', 'y'], note: 'Later.' })], [], 0),
    ],
  ])('%s', (_name, existing, incoming, plan) => {
    expect(planMerge(existing, incoming)).toStrictEqual(plan);
  });

  it('changes neither input', () => {
    const existing = [BASE, OTHER];
    const incoming = [version({ updatedAt: T + 2 * DAY, note: 'Their note.', tags: ['c'] }), SAMPLE_ITEMS[4]!];
    const before = structuredClone([existing, incoming]);
    planMerge(existing, incoming);
    expect([existing, incoming]).toStrictEqual(before);
  });

  it('gives records that, put in one go, leave every imported item in the library', () => {
    const library = new Map([BASE, OTHER].map((item) => [item.key, item]));
    const plan = planMerge([...library.values()], SAMPLE_ITEMS);
    for (const item of [...plan.add, ...plan.update]) library.set(item.key, item);
    expect(new Set(library.keys())).toEqual(new Set([...SAMPLE_ITEMS, OTHER].map((item) => item.key)));
    expect(library.get(BASE.key)?.note).toBe(`Our note.\n\n${importedNoteHeading(SAMPLE_ITEMS[0]!.updatedAt)}\n${SAMPLE_ITEMS[0]!.note}`);
    // OTHER's copy in the file is older but was saved earlier: only its save time changes.
    expect(plan.report).toEqual({ added: 3, updated: 2, skipped: 0, notesKept: 1 });
    expect(library.get(OTHER.key)).toStrictEqual({ ...OTHER, savedAt: SAMPLE_ITEMS[2]!.savedAt });
  });

  it('is a no-op when the plan has been applied', () => {
    const first = planMerge([BASE], [version({ updatedAt: T + 2 * DAY, note: 'Their note.', tags: ['c'] }), OTHER]);
    const library = [...first.add, ...first.update];
    expect(planMerge(library, [version({ updatedAt: T + 2 * DAY, note: 'Their note.', tags: ['c'] }), OTHER]).report).toEqual({
      added: 0,
      updated: 0,
      skipped: 2,
      notesKept: 0,
    });
  });
});
