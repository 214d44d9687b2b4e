import { describe, expect, it } from 'vitest';
import { compareRecommendationNumbers } from '@/utils/natural-order';

const sorted = (numbers: string[]) => [...numbers].sort(compareRecommendationNumbers);

describe('compareRecommendationNumbers', () => {
  it.each([
    ['2 before 10', ['10', '2', '1', '19', '11'], ['1', '2', '10', '11', '19']],
    ['sub-items after their parent', ['3', '2b', '2', '2a', '1'], ['1', '2', '2a', '2b', '3']],
    [
      '4a)i after 4a, roman by value',
      ['4a)ii', '4b', '4a', '4a)i', '4a)iv', '4a)ix', '4'],
      ['4', '4a', '4a)i', '4a)ii', '4a)iv', '4a)ix', '4b'],
    ],
    ['bracketed roman sub-items', ['2(ix)', '2(iv)', '2(v)', '2(i)', '2'], ['2', '2(i)', '2(iv)', '2(v)', '2(ix)']],
    ['bracketed letters', ['4(c)', '4(a)', '4(b)', '4(d)'], ['4(a)', '4(b)', '4(c)', '4(d)']],
    ['chapter numbers part by part', ['8.10', '8.9', '8.1', '10.1', '9.2'], ['8.1', '8.9', '8.10', '9.2', '10.1']],
    ['numbers before anything else', ['sel-b2', '3', 'sel-a1', '12'], ['3', '12', 'sel-a1', 'sel-b2']],
  ])('%s', (_name, input, expected) => {
    expect(sorted(input)).toEqual(expected);
  });

  it('is a total order: equal only for the same label', () => {
    expect(compareRecommendationNumbers('7', '7')).toBe(0);
    expect(compareRecommendationNumbers('7', '07')).not.toBe(0);
    expect(Math.sign(compareRecommendationNumbers('2', '10'))).toBe(-Math.sign(compareRecommendationNumbers('10', '2')));
  });
});
