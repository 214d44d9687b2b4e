// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mayHoldRecommendations } from '@/utils/detect/page-probe';

function probe(body: string, title = 'A page'): boolean {
  const doc = new DOMParser().parseFromString(`<title>${title}</title><body>${body}</body>`, 'text/html');
  return mayHoldRecommendations(doc, doc.body);
}

describe('mayHoldRecommendations', () => {
  it.each([
    ['a named label in one node', '<p>Recommendation 7: the Government should act.</p>'],
    ['a named label split by bold', '<p><b>Recommendation</b> 7 The Government should act.</p>'],
    ['a named label with the number in a span', '<p>Recommendation <span>12</span></p>'],
    ['a spelled-out label', '<h3>Recommendation Twenty Two</h3>'],
    ['a paragraph reference', '<p>We recommend a review. (Paragraph 12)</p>'],
    ['a paragraph reference split by italics', '<p>We recommend a review. (<i>Paragraph</i> 12)</p>'],
    ['a reference split at the bracket', '<p>We recommend a review. (<span>Paras 12 and 13)</span></p>'],
    ['an R-number label', '<p><b>R3</b> The department should publish its data.</p>'],
    ['a recommendations title', '<h2>Conclusions and recommendations</h2><p>1. Text.</p>'],
    ['a title whose words are split by markup', '<h2>Conclusions and <i>recommendations</i></h2><p>1. Text.</p>'],
    ['a response title in bold', '<p><strong>Government response to the Committee</strong></p><p>Agreed.</p>'],
  ])('finds %s', (_name, body) => {
    expect(probe(body)).toBe(true);
  });

  it.each([
    ['plain narrative', '<p>1. The witnesses described the work of the courts.</p><p>2. Several paragraphs of evidence followed.</p>'],
    ['the words without a number', '<p>The committee made a recommendation about prisons, and a conclusion.</p>'],
    ['a word then a number in the next block', '<p>We heard about one recommendation</p><p>7 witnesses attended.</p>'],
  ])('gives nothing for %s', (_name, body) => {
    expect(probe(body)).toBe(false);
  });

  it.each([
    ['bold', '<p>1. The Department <b>should publish its data</b>.</p>', true],
    ['bold a span deep', '<p>1. <strong><span>The Department should publish.</span></strong></p>', true],
    ['bold by style', '<p>1. <span style="font-weight: 700">The Department should publish.</span></p>', true],
    ['an empty bold element', '<p>1. The witnesses spoke.<b> </b></p>', false],
    ['no bold', '<p>1. The witnesses described the work of the courts.</p>', false],
  ])('on a report body (bold recommendations), %s', (_name, body, expected) => {
    const doc = new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
    expect(mayHoldRecommendations(doc, doc.body, { bodyParagraphs: true })).toBe(expected);
  });

  it('ignores a title word outside a title', () => {
    expect(probe('<p>The response to the recommendations was slow.</p>')).toBe(false);
  });
});
