import { describe, expect, it } from 'vitest';
import { parseParagraphNumbers, splitParagraphReference, type SplitReference } from '@/utils/detect/paragraph-refs';

describe('splitParagraphReference', () => {
  it.each<[string, SplitReference, string]>([
    ['one paragraph', { text: 'We recommend X.', refs: ['22'], tail: '' }, 'We recommend X. (Paragraph 22)'],
    ['two with "and"', { text: 'We recommend X.', refs: ['14', '15'], tail: '' }, 'We recommend X. (Paragraphs 14 and 15)'],
    ['en-dash range', { text: 'We recommend X.', refs: ['30', '31', '32'], tail: '' }, 'We recommend X. (Paragraphs 30–32)'],
    [
      'lower case, list and hyphen range',
      { text: 'We recommend X.', refs: ['12', '14', '15', '16'], tail: '' },
      'We recommend X. (paragraphs 12, 14-16)',
    ],
    ['list, "and" and a range', { text: 'X.', refs: ['14', '15', '16', '17', '18'], tail: '' }, 'X. (Paragraphs 14, 15 and 16-18)'],
    ['several "and"s', { text: 'X.', refs: ['2', '3', '4'], tail: '' }, 'X. (Paragraphs 2 and 3 and 4)'],
    ['spaces inside the brackets', { text: 'Do it.', refs: ['9'], tail: '' }, 'Do it. ( Paragraph 9 )'],
    ['non-breaking spaces and newlines', { text: 'Do it.', refs: ['9'], tail: '' }, 'Do\u00a0it.\n (Paragraph\u00a09)\n'],
    [
      'tracker text with a section label after the reference',
      {
        text: 'The Government should report on its status.',
        refs: ['22'],
        tail: 'Clauses 2 to 4, the Code of Practice for Victims of Crime',
      },
      'The Government should report on its status. (Paragraph 22) Clauses 2 to 4, the Code of Practice for Victims of Crime',
    ],
    [
      'two references: the last one wins',
      { text: 'As we said (Paragraph 3), the Ministry should act.', refs: ['9'], tail: '' },
      'As we said (Paragraph 3), the Ministry should act. (Paragraph 9)',
    ],
  ])('%s', (_name, expected, input) => {
    expect(splitParagraphReference(input)).toEqual(expected);
  });

  it.each([
    ['no reference', 'The Government should act now.'],
    ['a bracket that is not a number list', 'The Government should act (see paragraph above).'],
    ['a reference without brackets', 'The Government should act. Paragraph 22'],
    ['an empty bracket', 'The Government should act. (Paragraph )'],
  ])('%s: no refs, text kept whole', (_name, input) => {
    expect(splitParagraphReference(input)).toEqual({ text: input, refs: [], tail: '' });
  });

  it('gives empty text, refs and tail for empty input', () => {
    expect(splitParagraphReference('  ')).toEqual({ text: '', refs: [], tail: '' });
  });
});

describe('parseParagraphNumbers', () => {
  it.each<[string[], string]>([
    [['22'], '22'],
    [['14', '15'], '14 and 15'],
    [['14', '15'], '14 & 15'],
    [['30', '31', '32'], '30–32'],
    [['30', '31', '32'], '30—32'],
    [['12', '14', '15', '16'], '12, 14-16'],
    [['1', '2', '3'], '1, 2 and 3'],
    [['3.1', '3.2'], '3.1, 3.2'],
    [['1', '100'], '1-100'],
    [['32', '30'], '32–30'],
  ])('%j from "%s"', (expected, input) => {
    expect(parseParagraphNumbers(input)).toEqual(expected);
  });

  it.each(['', ' ', 'above', 'and', ', ,', 'x-y'])('nothing from "%s"', (input) => {
    expect(parseParagraphNumbers(input)).toEqual([]);
  });
});
