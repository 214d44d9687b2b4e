// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { accountabilityIndex } from '@/utils/adapters/accountability-index';
import { loadCases } from '../../scripts/lib/fixture-cases';

const cases = await loadCases();
const tracker = cases.find((c) => c.name === 'accountability-index-recommendation-1593')!;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('accountability-index', () => {
  it.each([
    [true, 'https://accountabilityindex.uk/committees/3/recommendation/1593/'],
    [true, 'https://accountabilityindex.uk/committees/12/recommendation/7/'],
    [false, 'https://accountabilityindex.uk/committees/3/'],
    [false, 'https://accountabilityindex.uk/about/'],
    [false, 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html'],
  ])('matches %s: %s', (expected, url) => {
    expect(accountabilityIndex.matches(new URL(url), parse(tracker.html))).toBe(expected);
  });

  it("reads the tracker's status as the status, from the tracker", () => {
    const { page } = accountabilityIndex.detect(parse(tracker.html), new URL(tracker.url));
    expect(page.kind).toBe('tracker');
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ number: '7', reading: { status: 'rejected', source: 'tracker' } });
    expect(page.items[0]!.text.startsWith('We call for an immediate end to the sharing')).toBe(true);
  });

  it('gives nothing on a page without a recommendation', () => {
    const { page } = accountabilityIndex.detect(parse('<html><body><h1>About</h1></body></html>'), new URL(tracker.url));
    expect(page.items).toEqual([]);
  });
});
