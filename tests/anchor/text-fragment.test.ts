import { describe, expect, it } from 'vitest';
import { linkToText } from '@/utils/anchor/text-fragment';

const PAGE = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html';

describe('linkToText', () => {
  it.each([
    [
      'the first 8 words',
      `${PAGE}#:~:text=The%20Government%20should%20publish%20its%20plan%20for%20the`,
      PAGE,
      'The Government should publish its plan for the prison estate by 2026.',
    ],
    ['fewer than 8 words', `${PAGE}#:~:text=Act%20now.`, PAGE, 'Act now.'],
    ['"-" as %2D', `${PAGE}#:~:text=A%20well%2Dknown%20rule`, PAGE, 'A well-known rule'],
    ['"," and "&" encoded', `${PAGE}#:~:text=Courts%2C%20tribunals%20%26%20prisons`, PAGE, 'Courts, tribunals & prisons'],
    ['whitespace collapsed', `${PAGE}#:~:text=Act%20now`, PAGE, '  Act\u00a0\n now '],
    ['an existing fragment dropped', `${PAGE}#:~:text=Act%20now`, `${PAGE}#section-3`, 'Act now'],
    ['an existing text fragment dropped', `${PAGE}#:~:text=Act%20now`, `${PAGE}#:~:text=Old`, 'Act now'],
  ])('%s', (_name, expected, pageUrl, text) => {
    expect(linkToText(pageUrl, text)).toBe(expected);
  });

  it('takes another word count when asked', () => {
    expect(linkToText(PAGE, 'one two three four', 2)).toBe(`${PAGE}#:~:text=one%20two`);
  });

  it.each([
    ['empty text', PAGE, ''],
    ['whitespace only', PAGE, ' \n\u00a0 '],
    ['empty text drops the fragment too', `${PAGE}#section-3`, ''],
  ])('bare URL for %s', (_name, pageUrl, text) => {
    expect(linkToText(pageUrl, text)).toBe(PAGE);
  });
});
