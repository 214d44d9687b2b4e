import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  createListFilter,
  filterChoices,
  filterItems,
  narrows,
  NO_FILTERS,
  sortItems,
  type LibraryFilters,
} from '@/utils/library/filter';
import { createSearchIndex } from '@/utils/library/search-index';
import type { SavedItem } from '@/utils/model/model';
import { sampleSavedItem } from './helpers/sample';

const day = (iso: string) => new Date(`${iso}T12:00:00`).getTime();

const items: SavedItem[] = [
  { ...sampleSavedItem('2'), committee: 'Justice Committee', tags: ['victims'], savedAt: day('2026-03-01'), note: 'Follow up with MoJ' },
  {
    ...sampleSavedItem('10'),
    committee: 'Justice Committee',
    tags: ['courts', 'victims'],
    savedAt: day('2026-05-01'),
    reading: { status: 'rejected', source: 'tracker', sourceName: 'Accountability Index' },
  },
  {
    ...sampleSavedItem('1'),
    key: 'lords/x#1',
    reportKey: 'lords/x',
    reportTitle: 'Statutory inquiries',
    committee: 'Statutory Inquiries Committee',
    savedAt: day('2026-04-01'),
    statusOverride: { status: 'accepted', reason: 'letter of 3 May', at: 1 },
  },
];
const index = buildSearchIndex(items);
const keys = (list: SavedItem[]) => list.map((item) => item.key);
const filter = (patch: Partial<LibraryFilters>) => keys(filterItems(items, index, { ...NO_FILTERS, ...patch }));

describe('filterItems', () => {
  it.each<[string, Partial<LibraryFilters>, string[]]>([
    ['no filters: everything', {}, keys(items)],
    ['search in notes, any case', { query: 'FOLLOW up' }, [items[0]!.key]],
    ['search needs every word', { query: 'follow nothing' }, []],
    ['search in correction reasons', { query: 'letter of 3 may' }, ['lords/x#1']],
    ['status uses the correction', { statuses: new Set(['accepted'] as const) }, ['lords/x#1']],
    ['status from the reading', { statuses: new Set(['rejected'] as const) }, [items[1]!.key]],
    ['committee', { committee: 'Statutory Inquiries Committee' }, ['lords/x#1']],
    ['report', { report: 'lords/x' }, ['lords/x#1']],
    ['tag', { tag: 'courts' }, [items[1]!.key]],
    ['date range, inclusive days', { from: '2026-03-01', to: '2026-04-01' }, [items[0]!.key, 'lords/x#1']],
    ['nothing matches', { tag: 'nope' }, []],
  ])('%s', (_name, patch, expected) => {
    expect(filter(patch)).toEqual(expected);
  });
});

describe('narrows', () => {
  it.each<[string, Partial<LibraryFilters>, Partial<LibraryFilters>, boolean]>([
    ['a longer word', { query: 'pri' }, { query: 'prison' }, true],
    ['another word', { query: 'prison' }, { query: 'prison off' }, true],
    ['from nothing', {}, { query: 'p' }, true],
    ['a shorter query', { query: 'prison' }, { query: 'pri' }, false],
    ['a different word', { query: 'prison' }, { query: 'court' }, false],
    ['another menu', { query: 'p' }, { query: 'pr', tag: 'courts' }, false],
    ['other statuses', { query: 'p' }, { query: 'pr', statuses: new Set(['accepted'] as const) }, false],
  ])('%s', (_name, previous, next, expected) => {
    expect(narrows({ ...NO_FILTERS, ...previous }, { ...NO_FILTERS, ...next })).toBe(expected);
  });
});

describe('createListFilter', () => {
  const queries: Partial<LibraryFilters>[] = [
    {},
    { query: 'f' },
    { query: 'fo' },
    { query: 'follow' },
    { query: 'follow ' },
    { query: 'follow o' },
    { query: 'follow up' },
    { query: 'follo' },
    { query: 'victims' },
    { query: 'victims', tag: 'courts' },
    { query: 'victims c', tag: 'courts' },
    { query: 'letter' },
    { query: '' },
    { statuses: new Set(['rejected'] as const) },
    { query: 'j', statuses: new Set(['rejected'] as const) },
  ];

  it('answers as filterItems does, whatever the order of queries', () => {
    const list = createListFilter();
    for (const patch of queries) {
      const filters = { ...NO_FILTERS, ...patch };
      expect(keys(list(items, index, filters))).toEqual(keys(filterItems(items, index, filters)));
    }
  });

  it('keeps the order of its list and starts over for a new list', () => {
    const list = createListFilter();
    const sorted = sortItems(items, { column: 'number', direction: 'asc' });
    expect(keys(list(sorted, index, { ...NO_FILTERS, query: 'j' }))).toEqual(
      keys(filterItems(sorted, index, { ...NO_FILTERS, query: 'j' })),
    );
    const fewer = items.slice(1);
    const fewerIndex = buildSearchIndex(fewer);
    expect(keys(list(fewer, fewerIndex, { ...NO_FILTERS, query: 'ju' }))).toEqual(
      keys(filterItems(fewer, fewerIndex, { ...NO_FILTERS, query: 'ju' })),
    );
  });

  it.each<[string, () => Parameters<ReturnType<typeof createListFilter>>[3], ReadonlyMap<string, string>]>([
    [
      'with an inverted index of the same texts',
      () => {
        const inverted = createSearchIndex();
        for (const [key, text] of index) inverted.set(key, text);
        return (words) => inverted.match(words);
      },
      index,
    ],
    ['with no texts given (made when needed)', () => undefined, new Map()],
  ])('answers as filterItems does %s', (_name, matchWords, texts) => {
    const list = createListFilter();
    const match = matchWords();
    for (const patch of queries) {
      const filters = { ...NO_FILTERS, ...patch };
      expect(keys(list(items, texts, filters, match))).toEqual(keys(filterItems(items, index, filters)));
    }
  });

  it('answers the same array when typing on changes nothing', () => {
    const list = createListFilter();
    const first = list(items, index, { ...NO_FILTERS, query: 'follow' });
    expect(list(items, index, { ...NO_FILTERS, query: 'follow ' })).toBe(first);
    expect(list(items, index, { ...NO_FILTERS, query: 'follow o' })).toBe(first);
  });
});

describe('sortItems', () => {
  it.each([
    ['number ascending, numerically', { column: 'number', direction: 'asc' } as const, ['1', '2', '10']],
    ['saved newest first', { column: 'savedAt', direction: 'desc' } as const, ['10', '1', '2']],
    ['status (corrected) ascending', { column: 'status', direction: 'asc' } as const, ['1', '2', '10']],
  ])('%s', (_name, order, numbers) => {
    expect(sortItems(items, order).map((item) => item.number)).toEqual(numbers);
  });

  it('does not change its input', () => {
    const before = keys(items);
    sortItems(items, { column: 'number', direction: 'desc' });
    expect(keys(items)).toEqual(before);
  });
});

describe('filterChoices', () => {
  it('lists committees, reports and tags (most used first)', () => {
    const choices = filterChoices(items);
    expect(choices.committees).toEqual(['Justice Committee', 'Statutory Inquiries Committee']);
    expect(choices.reports.map((r) => r.key)).toContain('lords/x');
    expect(choices.tags).toEqual(['victims', 'courts']);
  });
});

describe('sortItems after "Save all" (one save time for a whole report)', () => {
  it('the default order (newest first) lists the report in counting order: 2 before 10, 2a after 2', () => {
    const numbers = ['1', '10', '11', '19', '2', '2a', '3'];
    const saved = numbers.map((number) => ({ ...sampleSavedItem(number), savedAt: 5 }));
    expect(sortItems(saved, { column: 'savedAt', direction: 'desc' }).map((item) => item.number)).toEqual([
      '1',
      '2',
      '2a',
      '3',
      '10',
      '11',
      '19',
    ]);
  });
});
