// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePublishedDate, publishedDateFromPage } from '@/utils/report-date';

describe('parsePublishedDate', () => {
  it.each<[string | undefined, string[]]>([
    ['2022-10-14', ['Published on 14 October 2022 by authority of the House of Commons']],
    [
      '2022-10-14',
      [
        'Ordered by the House of Commons to be printed 11 October 2022',
        'Published on 14 October 2022 by authority of the House of Commons',
      ],
    ],
    ['2022-10-11', ['Ordered by the House of Commons to be printed 11 October 2022']],
    ['2024-03-12', ['Ordered by the House of Lords to be printed 5 March 2024', 'Published 12th March 2024']],
    ['2023-03-07', ['Ordered by the House of Commons to be published on 7 March 2023.']],
    ['2021-02-03', ['Date of publication: 3 Feb 2021']],
    // Must give nothing: no date, not a real day, a date in running text.
    [undefined, ['Published written evidence']],
    [undefined, ['Published on 31 February 2022']],
    [undefined, ['The Ministry of Justice published the draft Victims Bill on 25 May 2022']],
    [undefined, []],
  ])('%s from %j', (expected, lines) => {
    expect(parsePublishedDate(lines)).toBe(expected);
  });
});

describe('publishedDateFromPage', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('reads the HC 304 fixture’s front matter', () => {
    const html = readFileSync(join(__dirname, 'fixtures/pages/commons-report-justice-hc304/page.html'), 'utf8');
    expect(publishedDateFromPage(parse(html))).toBe('2022-10-14');
  });

  it('gives nothing on a page without a date', () => {
    expect(publishedDateFromPage(parse('<p>Recommendations</p><p>1. We recommend.</p>'))).toBeUndefined();
  });
});
