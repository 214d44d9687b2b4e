import { describe, expect, it } from 'vitest';
import { isAnswerCue, isBareCue, isBareLabel, leadingLabel } from '../../scripts/lib/variants/labels';
import { labelCluster } from '../../scripts/lib/variants/locate-items';
import { wrapRuns } from '../../scripts/lib/variants/wrap';

describe('leading labels', () => {
  it.each([
    ['7. We call for', '7', false],
    ['Recommendation 7: We call for', '7', true],
    ['Recommendation 7 – Supported', '7', true],
    ['Conclusion and recommendation 3. The', '3', true],
    ['Recommendation Twenty Two The', 'Twenty Two', true],
    ['(iv) We concur', 'iv', false],
    ['8.1 The Department', '8.1', false],
    ['2a The Government', '2a', false],
    ['4(a)(i) The', '4(a)(i)', false],
    ['R3 The', '3', false],
    ['1.That the UK', '1', false],
    ['23.We recommend', '23', false],
  ])('%j has the label %s', (text, number, word) => {
    expect(leadingLabel(text)).toMatchObject({ number, word });
  });

  it.each(['We call for an end', 'The 2002 Act', 'Recommendations and undertakings'])('%j has none', (text) => {
    expect(leadingLabel(text)).toBeUndefined();
  });

  it.each([
    ['3. Recommendation 7. We recommend', '7', 'We recommend'],
    ['1. Recommendation 1. The Secretary', '1', 'The Secretary'],
    ['7. We call', '7', 'We call'],
    ['4.41 The committee', '1', '4.41 The committee'],
  ])('%j without the labels naming %s reads %j', (text, number, rest) => {
    const cluster = labelCluster(text, number);
    expect(text.slice(cluster.length)).toBe(rest);
  });

  it.each([
    ['Recommendation 7', '7', true],
    ['(iv)', 'iv', true],
    ['7.', '7', true],
    ['Recommendation 7 – Noted', '7', false],
    ['Recommendation 8', '7', false],
  ])('%j is a bare label for %s: %s', (text, number, bare) => {
    expect(isBareLabel(text, number)).toBe(bare);
  });

  it.each([
    ['Government response', true, true],
    ['Government Response Rejected', true, false],
    ['HM Government Rejected', true, false],
    ['Recommendation 1 – Noted', true, false],
    ['Response: Supported in principle', true, false],
    ['Agree in part', true, false],
    ['Noted', true, false],
    ['The Government accepts this recommendation and will publish a full impact assessment.', false, false],
  ])('%j opens an answer: %s (bare: %s)', (text, cue, bare) => {
    expect(isAnswerCue(text)).toBe(cue);
    expect(isBareCue(text)).toBe(bare);
  });
});

describe('printed lines', () => {
  const runs = [
    { text: 'The Committee said that ', bold: false, italic: false },
    { text: 'the Government should publish the data every year', bold: true, italic: false },
    { text: ' (Paragraph 22)', bold: false, italic: false },
  ];

  it.each([20, 35, 86])('at width %i, keeps every word and its emphasis, no line longer than the width', (width) => {
    const lines = wrapRuns(runs, width);
    expect(lines.map((line) => line.map((r) => r.text).join('')).join(' ')).toBe(runs.map((r) => r.text).join(''));
    for (const line of lines) expect(line.map((r) => r.text).join('').length).toBeLessThanOrEqual(width);
    expect(
      lines
        .flat()
        .filter((r) => r.bold)
        .map((r) => r.text.trim())
        .join(' '),
    ).toBe('the Government should publish the data every year');
  });
});
