import { describe, expect, it } from 'vitest';
import { STATUSES, type Status, STATUS_DESCRIPTIONS, STATUS_LABELS, countByStatus, parseStatusWords } from '@/utils/model/statuses';
import { type StatusReading } from '@/utils/model/model';
import { describeSource } from '@/utils/model/items';

describe('parseStatusWords', () => {
  it.each<[Status, string]>([
    ['rejected', 'Rejected'],
    ['rejected', 'Government Response Rejected'],
    ['rejected', '  REJECTED\n'],
    ['rejected', 'Not accepted'],
    ['rejected', 'Not supported'],
    ['rejected', 'Declined'],
    ['rejected', 'Not agreed'],
    ['rejected', 'Disagreed'],
    ['accepted', 'Accepted'],
    ['accepted', 'Agreed'],
    ['accepted', 'Implemented'],
    ['partially-accepted', 'Partially accepted'],
    ['partially-accepted', 'Partial'],
    ['partially-accepted', 'Accepted in principle'],
    ['partially-accepted', 'Accepted in part'],
    ['noted', 'Noted'],
    ['noted', 'Under consideration'],
    ['no-response', 'No response'],
    ['pending', 'Not yet responded'],
    ['pending', 'Awaiting response'],
  ])('%s from "%s"', (expected, words) => {
    expect(parseStatusWords(words)).toBe(expected);
  });

  it.each(['', '   ', 'Lorem', 'Unsupported', 'Government Response', 'Not implemented', 'Not yet implemented'])(
    'nothing from "%s"',
    (words) => {
      expect(parseStatusWords(words)).toBeUndefined();
    },
  );
});

describe('countByStatus', () => {
  const item = (status: Status) => ({ reading: { status, source: 'default' } satisfies StatusReading });

  it('counts every status, zero included, in display order', () => {
    const counts = countByStatus([item('rejected'), item('accepted'), item('rejected'), item('pending')]);
    expect(counts).toEqual({
      accepted: 1,
      'partially-accepted': 0,
      rejected: 2,
      noted: 0,
      'no-response': 0,
      pending: 1,
    });
    expect(Object.keys(counts)).toEqual([...STATUSES]);
  });

  it('gives all zeros for no items', () => {
    expect(Object.values(countByStatus([]))).toEqual(STATUSES.map(() => 0));
  });
});

describe('describeSource', () => {
  it.each<[string, StatusReading]>([
    ['Status from Accountability Index', { status: 'rejected', source: 'tracker', sourceName: 'Accountability Index' }],
    ['Status from a tracker', { status: 'rejected', source: 'tracker' }],
    ['Our reading of the response', { status: 'accepted', source: 'classifier' }],
    ['Our reading of the response (87% confident)', { status: 'accepted', source: 'classifier', confidence: 0.874 }],
    ['Our reading of the response (0% confident)', { status: 'accepted', source: 'classifier', confidence: 0 }],
    ['Our reading of the response (100% confident)', { status: 'accepted', source: 'classifier', confidence: 1 }],
    ['Your correction', { status: 'noted', source: 'user' }],
    ['No government response seen yet', { status: 'pending', source: 'default' }],
  ])('"%s"', (expected, reading) => {
    expect(describeSource(reading)).toBe(expected);
  });
});

describe('status words', () => {
  it.each(STATUSES.map((status) => [status]))('%s has a label and a description', (status) => {
    expect(STATUS_LABELS[status]).toMatch(/\S/);
    expect(STATUS_DESCRIPTIONS[status]).toMatch(/\S/);
  });
});
