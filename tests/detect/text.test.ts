// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { normalizeSpace, quoteFor, textOf } from '@/utils/detect/text';

function fragment(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('normalizeSpace', () => {
  it.each([
    ['a b', 'a\u00a0b'],
    ['a b', 'a \u00a0 \u00a0b'],
    ['a b c', '  a\n\nb\r\n\tc  '],
    ['one', 'one'],
    ['', ''],
    ['', ' \n\u00a0\t '],
  ])('"%s" from %j', (expected, input) => {
    expect(normalizeSpace(input)).toBe(expected);
  });
});

describe('textOf', () => {
  it.each([
    ['paragraphs', 'a b', '<p>a</p><p>b</p>'],
    ['divs', 'a b', '<div>a</div><div>b</div>'],
    ['list items', 'a b', '<ul><li>a</li><li>b</li></ul>'],
    ['a line break', 'a b', 'a<br>b'],
    ['inline elements join', 'ab', '<span>a</span><em>b</em>'],
    ['nbsp and newlines', 'a b c', '<p>a&nbsp;b\n\n  c</p>'],
    ['script skipped', 'a b', '<p>a</p><script>var x = 1;</script><p>b</p>'],
    ['style skipped', 'a b', '<style>p { color: red }</style><p>a</p> b'],
    ['template skipped', 'a', 'a<template>hidden</template>'],
    ['our own badge skipped', '7. Text', '<p><span>7.</span> <cl-badge data-lens-number="7">Rejected</cl-badge><strong>Text</strong></p>'],
    ['any element with data-lens-number skipped', 'kept', '<span data-lens-number="1">gone <b>too</b></span>kept'],
    ['nothing', '', '<script>x</script><style>y</style>'],
  ])('%s', (_name, expected, html) => {
    expect(textOf(fragment(html))).toBe(expected);
  });

  it('reads a text node', () => {
    expect(textOf(document.createTextNode('  hello\u00a0world '))).toBe('hello world');
  });

  it('reads a comment as nothing', () => {
    expect(textOf(document.createComment('secret'))).toBe('');
  });
});

describe('quoteFor', () => {
  const long = (word: string) => Array.from({ length: 12 }, () => word).join(' ');

  it('keeps exact as given and takes context from inside the block', () => {
    const root = fragment('<p>Intro words. The Government should act. Closing words.</p>');
    const quote = quoteFor(root.querySelector('p')!, 'The Government should act.');
    expect(quote).toEqual({ exact: 'The Government should act.', prefix: 'Intro words.', suffix: 'Closing words.' });
  });

  it('crosses into the neighbouring paragraphs for context', () => {
    const root = fragment('<p>Before this.</p><p>The Government should act.</p><p>After that.</p>');
    const block = root.querySelectorAll('p')[1]!;
    expect(quoteFor(block, 'The Government should act.')).toEqual({
      exact: 'The Government should act.',
      prefix: 'Before this.',
      suffix: 'After that.',
    });
  });

  it('crosses out of the parent to its siblings', () => {
    const root = fragment('<h2>Section heading</h2><section><p id="item">The Government should act.</p></section><p>Next one.</p>');
    const quote = quoteFor(root.querySelector('#item')!, 'The Government should act.');
    expect(quote.prefix).toBe('Section heading');
    expect(quote.suffix).toBe('Next one.');
  });

  it('keeps at most 32 characters either side, nearest text kept', () => {
    const root = fragment(`<p>${long('before')} END</p><p>The Government should act.</p><p>START ${long('after')}</p>`);
    const quote = quoteFor(root.querySelectorAll('p')[1]!, 'The Government should act.');
    expect(quote.prefix.length).toBeLessThanOrEqual(32);
    expect(quote.suffix.length).toBeLessThanOrEqual(32);
    expect(quote.prefix.endsWith('END')).toBe(true);
    expect(quote.suffix.startsWith('START')).toBe(true);
    expect(quote.exact).toBe('The Government should act.');
  });

  it('limits in-block context to 32 characters too', () => {
    const root = fragment(`<p>${long('alpha')} Target text. ${long('omega')}</p>`);
    const quote = quoteFor(root.querySelector('p')!, 'Target text.');
    expect(quote.prefix).toBe(`${long('alpha')}`.slice(-32));
    expect(quote.suffix).toBe(`${long('omega')}`.slice(0, 32));
  });

  it('gives empty context when the block stands alone', () => {
    const root = fragment('<p>Only this.</p>');
    expect(quoteFor(root.querySelector('p')!, 'Only this.')).toEqual({ exact: 'Only this.', prefix: '', suffix: '' });
  });

  it('preserves an exact that is not in the block, with outside context only', () => {
    const root = fragment('<p>Before.</p><p>Something else.</p><p>After.</p>');
    expect(quoteFor(root.querySelectorAll('p')[1]!, 'Not here')).toEqual({ exact: 'Not here', prefix: 'Before.', suffix: 'After.' });
  });

  it('skips scripts and our badges in the context', () => {
    const root = fragment(
      '<p>Before.</p><script>x()</script><p><cl-badge data-lens-number="1">Rejected</cl-badge>Act now.</p><p>After.</p>',
    );
    const block = root.querySelectorAll('p')[1]!;
    expect(quoteFor(block, 'Act now.')).toEqual({ exact: 'Act now.', prefix: 'Before.', suffix: 'After.' });
  });
});
