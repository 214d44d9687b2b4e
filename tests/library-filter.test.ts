import { describe, expect, it } from 'vitest';
import { buildSearchIndex, filterChoices, filterItems, NO_FILTERS, sortItems, type LibraryFilters } from '@/utils/library/filter';
import type { SavedItem } from '@/utils/model';
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
