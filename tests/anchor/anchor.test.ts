// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { contextScore, findQuote, quoteAt } from '@/utils/anchor/find-quote';
import { anchorSelections, hashText, itemFromSelection, MAX_SELECTION_CHARS } from '@/utils/anchor/selection-item';
import { buildTextIndex, positionOf } from '@/utils/anchor/text-index';

const URL_ = new URL('https://committees.parliament.uk/publications/123/documents/456/default/');

function rangeOver(text: string): Range {
  const walker = document.createTreeWalker(document.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range;
  }
  throw new Error(`"${text}" is not on the page`);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('buildTextIndex', () => {
  it.each([
    ['collapses whitespace and nbsp', '<p>a \n\t b\u00a0\u00a0c</p>', 'a b c'],
    ['reads block boundaries as spaces', '<p>one</p><p>two</p>', 'one two'],
    ['keeps inline runs together', '<p>in<b>line</b> text</p>', 'inline text'],
    [
      'skips scripts, styles and our badges',
      '<p>a<script>x()</script><style>p{}</style><cl-badge data-lens-number="1">Pending</cl-badge>b</p>',
      'ab',
    ],
    ['gives nothing for an empty body', '', ''],
  ])('%s', (_name, html, expected) => {
    document.body.innerHTML = html;
    expect(buildTextIndex(document.body).text).toBe(expected);
  });

  it('maps every character back to its node and offset', () => {
    document.body.innerHTML = '<p>ab <i>cd</i></p>';
    const index = buildTextIndex(document.body);
    const at = index.text.indexOf('d');
    expect(index.nodes[at]!.nodeValue).toBe('cd');
    expect(index.offsets[at]).toBe(1);
  });

  it('positionOf finds text and element boundaries', () => {
    document.body.innerHTML = '<p id="a">first</p><p id="b">second</p>';
    const index = buildTextIndex(document.body);
    // An element boundary lands on the block separator just before the block's text.
    expect(index.text.slice(positionOf(index, document.getElementById('b')!, 0)).trimStart()).toBe('second');
    expect(positionOf(index, document.getElementById('a')!.firstChild!, 2)).toBe(2);
  });
});

describe('findQuote', () => {
  const page = '<p>We recommend a review. Context one.</p><p>Other words. We recommend a review. Context two.</p>';

  it('prefers the occurrence whose prefix and suffix match', () => {
    document.body.innerHTML = page;
    const index = buildTextIndex(document.body);
    const second = index.text.lastIndexOf('We recommend a review.');
    const quote = quoteAt(index, second, second + 'We recommend a review.'.length);
    expect(findQuote(index, quote)).toEqual({ start: second, end: second + 'We recommend a review.'.length });
  });

  it('scores closer context higher', () => {
    document.body.innerHTML = page;
    const index = buildTextIndex(document.body);
    const exact = 'We recommend a review.';
    const first = index.text.indexOf(exact);
    const second = index.text.lastIndexOf(exact);
    const quote = quoteAt(index, second, second + exact.length);
    expect(contextScore(index, second, second + exact.length, quote)).toBeGreaterThan(
      contextScore(index, first, first + exact.length, quote),
    );
  });

  it.each([
    ['text gone from the page', { exact: 'Not here at all', prefix: '', suffix: '' }],
    ['an empty quote', { exact: '   ', prefix: 'x', suffix: 'y' }],
  ])('finds nothing for %s', (_name, quote) => {
    document.body.innerHTML = page;
    expect(findQuote(buildTextIndex(document.body), quote)).toBeUndefined();
  });
});

describe('itemFromSelection and anchorSelections', () => {
  it('makes a selection item with a quote, and finds it again after the page changes around it', () => {
    document.body.innerHTML = '<main><p>Intro.</p><p>We urge the Government to fund advocates.</p></main>';
    const result = itemFromSelection(document, URL_, rangeOver('urge the Government to fund advocates'));
    if (!result.ok) throw new Error(result.message);
    const { item } = result;
    expect(item).toMatchObject({ numbering: 'selection', text: 'urge the Government to fund advocates', paragraphRefs: [] });
    expect(item.number).toBe(`sel-${hashText(item.text)}`);
    expect(item.key).toBe(`${URL_.origin}${URL_.pathname}#${item.number}`);
    expect(item.quote.prefix.endsWith('Intro. We ')).toBe(true);

    document.body.innerHTML = '<header>New banner</header><main><p>Intro.</p><p>We urge the Government to fund advocates.</p></main>';
    const found = anchorSelections(document, [item]);
    expect(found.items).toEqual([item]);
    expect(found.blocks[0]!.textContent).toBe('We urge the Government to fund advocates.');
  });

  it('leaves out selections no longer on the page', () => {
    document.body.innerHTML = '<p>Something else entirely.</p>';
    const item = {
      key: 'k#sel-1',
      number: 'sel-1',
      text: 'gone',
      paragraphRefs: [],
      quote: { exact: 'gone text', prefix: '', suffix: '' },
      reading: { status: 'pending' as const, source: 'default' as const },
    };
    expect(anchorSelections(document, [item])).toEqual({ items: [], blocks: [] });
  });

  it.each([
    ['an empty selection', '<p>Some text here.</p>', (r: Range) => r.collapse(true)],
    ['a selection that is too long', `<p>${'word '.repeat(MAX_SELECTION_CHARS)}</p>`, (r: Range) => r.selectNodeContents(document.body)],
  ])('refuses %s with a message', (_name, html, shape) => {
    document.body.innerHTML = html;
    const range = document.createRange();
    range.selectNodeContents(document.body);
    shape(range);
    const result = itemFromSelection(document, URL_, range);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });
});
