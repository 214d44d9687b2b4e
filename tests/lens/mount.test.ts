// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { isLensNode, mountBadgeHosts, mountOverlayRoot, removeStaleHosts } from '@/entrypoints/lens.content/mount';
import type { Detection } from '@/utils/adapters/adapter';
import { detectedPageSchema } from '@/utils/model/model';
import { sampleItem, samplePage } from '../helpers/sample';

const CSS = ':host { display: inline-block; }';
const CSS_TEXT = ':host { display: inline-block; }'.replace(/\s+/g, '');

/** Our CSS in a shadow root, as a shared adopted sheet or a <style> element (whitespace removed). */
function stylesOf(root: ShadowRoot): string[] {
  const adopted = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join(''));
  const elements = [...root.querySelectorAll('style')].map((style) => style.textContent ?? '');
  return [...adopted, ...elements].map((css) => css.replace(/\s+/g, ''));
}

function setBody(html: string): HTMLParagraphElement[] {
  document.body.innerHTML = html;
  return [...document.querySelectorAll('p')];
}

function detectionFor(blocks: Element[]): Detection {
  const page = detectedPageSchema.parse(
    samplePage([
      sampleItem('7', { reading: { status: 'rejected', source: 'tracker', sourceName: 'Accountability Index' } }),
      sampleItem('8', { reading: { status: 'accepted', source: 'classifier', confidence: 0.9 } }),
    ]),
  );
  return { page, blocks };
}

/** The block's child nodes as short labels, whitespace-only text left out. */
function childLabels(block: Element): string[] {
  return [...block.childNodes]
    .filter((node) => node.nodeType !== 3 || node.nodeValue?.trim())
    .map((node) => (node.nodeType === 3 ? `"${node.nodeValue!.trim()}"` : (node as Element).localName));
}

describe('mountBadgeHosts', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('puts one cl-badge per block, after the number label and before the text', () => {
    const blocks = setBody('<p><span>7.</span> <strong>First text</strong></p><p><span>8.</span> <strong>Second text</strong></p>');
    const detection = detectionFor(blocks);

    const hosts = mountBadgeHosts(detection, CSS);

    expect([...hosts.keys()]).toEqual(detection.page.items.map((item) => item.key));
    blocks.forEach((block, index) => {
      const item = detection.page.items[index]!;
      const found = block.querySelectorAll('cl-badge');
      expect(found).toHaveLength(1);
      const host = found[0] as HTMLElement;
      expect(childLabels(block)).toEqual(['span', 'cl-badge', 'strong']);
      expect(host.dataset).toMatchObject({ lensNumber: item.number, lensStatus: item.reading.status, lensKey: item.key });
      expect(block.hasAttribute('data-cl-seen')).toBe(true);
      expect(hosts.get(item.key)).toEqual({ host, root: host.shadowRoot });
      expect(stylesOf(host.shadowRoot!)).toEqual([CSS_TEXT]);
    });
  });

  it('keeps exactly one host per block when called twice, and updates its data', () => {
    const blocks = setBody('<p><span>7.</span> <strong>First text</strong></p><p><span>8.</span> <strong>Second text</strong></p>');
    const detection = detectionFor(blocks);

    const first = mountBadgeHosts(detection, CSS);
    detection.page.items[0]!.reading = { status: 'noted', source: 'user' };
    const second = mountBadgeHosts(detection, CSS);

    for (const block of blocks) {
      expect(block.querySelectorAll('cl-badge')).toHaveLength(1);
      expect(childLabels(block)).toEqual(['span', 'cl-badge', 'strong']);
      expect(stylesOf(block.querySelector('cl-badge')!.shadowRoot!)).toHaveLength(1);
    }
    for (const [key, { host }] of first) expect(second.get(key)!.host).toBe(host);
    expect((blocks[0]!.querySelector('cl-badge') as HTMLElement).dataset.lensStatus).toBe('noted');
  });

  it.each([
    ['text starting with an element', '<p><strong>No number here</strong> and more</p>', ['cl-badge', 'strong', '"and more"']],
    ['plain text', '<p>Just text</p>', ['cl-badge', '"Just text"']],
    ['a number in the text itself', '<p>7. Text with its number inline</p>', ['cl-badge', '"7. Text with its number inline"']],
    ['text before the first element', '<p>Text first <span>7.</span></p>', ['cl-badge', '"Text first"', 'span']],
    ['an empty paragraph', '<p></p>', ['cl-badge']],
    ['a bold "I" (a word, not a roman numeral)', '<p><b>I</b> think</p>', ['cl-badge', 'b', '"think"']],
  ])('puts the host first in a paragraph without a number label: %s', (_name, html, expected) => {
    const blocks = setBody(`${html}<p><span>8.</span> <strong>Second</strong></p>`);
    mountBadgeHosts(detectionFor(blocks), CSS);
    expect(childLabels(blocks[0]!)).toEqual(expected);
    expect(blocks[0]!.firstChild).toBe(blocks[0]!.querySelector('cl-badge'));
  });

  it.each([
    ['"(7)"', '<p><span>(7)</span> Text</p>', ['span', 'cl-badge', '"Text"']],
    ['"7)"', '<p><b>7)</b>Text</p>', ['b', 'cl-badge', '"Text"']],
    ['"7" after leading space', '<p>\n  <span>7</span>\n  Text</p>', ['span', 'cl-badge', '"Text"']],
    ['"(iv)"', '<p><span>(iv)</span> Text</p>', ['span', 'cl-badge', '"Text"']],
    ['a label with nothing after it', '<p><span>7.</span></p>', ['span', 'cl-badge']],
  ])('recognises the number label %s', (_name, html, expected) => {
    const blocks = setBody(`${html}<p>Other</p>`);
    mountBadgeHosts(detectionFor(blocks), CSS);
    expect(childLabels(blocks[0]!)).toEqual(expected);
  });

  it.each([
    ['a quotation', '<blockquote>\n  <p><span>7.</span> Text</p><p>More</p></blockquote>', 'p', ['span', 'cl-badge', '"Text"']],
    ['a section with a heading', '<div><h3>Recommendation 7</h3><p>Text</p></div>', 'h3', ['cl-badge', '"Recommendation 7"']],
    ['a table row, past its number cell', '<table><tr><td>(i)</td><td>Text</td></tr></table>', 'td', ['cl-badge', '"Text"']],
    ['a table row without a number cell', '<table><tr><td>Text</td><td>More</td></tr></table>', 'td', ['cl-badge', '"Text"']],
  ])('goes down into the first line of %s, never making a line of its own', (_name, html, line, expected) => {
    document.body.innerHTML = `${html}<p>Other</p>`;
    const blocks = [document.body.firstElementChild!, document.body.lastElementChild!];
    mountBadgeHosts(detectionFor(blocks), CSS);
    const host = blocks[0]!.querySelector('cl-badge')!;
    expect(host.parentElement!.localName).toBe(line);
    expect(childLabels(host.parentElement!)).toEqual(expected);
    // Mounting again finds the same host down there: still one.
    mountBadgeHosts(detectionFor(blocks), CSS);
    expect(blocks[0]!.querySelectorAll('cl-badge')).toHaveLength(1);
  });

  it('puts back a badge the page removed once, and no more (no fight with the page)', () => {
    const blocks = setBody('<p><span>7.</span> <strong>First text</strong></p><p><span>8.</span> <strong>Second text</strong></p>');
    const detection = detectionFor(blocks);
    mountBadgeHosts(detection, CSS);
    const hostsIn = (block: Element) => block.querySelectorAll('cl-badge').length;
    blocks[0]!.querySelector('cl-badge')!.remove();
    expect(mountBadgeHosts(detection, CSS).has(detection.page.items[0]!.key)).toBe(true);
    expect(hostsIn(blocks[0]!)).toBe(1);
    blocks[0]!.querySelector('cl-badge')!.remove();
    expect(mountBadgeHosts(detection, CSS).has(detection.page.items[0]!.key)).toBe(false);
    expect(hostsIn(blocks[0]!)).toBe(0);
    expect(hostsIn(blocks[1]!)).toBe(1);
  });

  it('mounts nothing for an item without a block', () => {
    const blocks = setBody('<p><span>7.</span> Only one block</p>');
    const hosts = mountBadgeHosts(detectionFor(blocks), CSS);
    expect(hosts.size).toBe(1);
    expect(document.querySelectorAll('cl-badge')).toHaveLength(1);
  });
});

describe('mountOverlayRoot', () => {
  it('appends one host to the document element with the CSS and a container in its shadow root', () => {
    const { host, container } = mountOverlayRoot(document, CSS);
    expect(host.localName).toBe('cl-overlay');
    expect(host.parentNode).toBe(document.documentElement);
    expect(stylesOf(host.shadowRoot!)).toEqual([CSS_TEXT]);
    expect(container.parentNode).toBe(host.shadowRoot);
    host.remove();
  });
});

describe('shared styles', () => {
  it('gives every badge the same stylesheet object, parsed once', () => {
    const blocks = setBody('<p><span>7.</span> <strong>First text</strong></p><p><span>8.</span> <strong>Second text</strong></p>');
    const [a, b] = [...mountBadgeHosts(detectionFor(blocks), CSS).values()];
    expect(a!.root.adoptedStyleSheets).toHaveLength(1);
    expect(a!.root.adoptedStyleSheets[0]).toBe(b!.root.adoptedStyleSheets[0]);
  });
});

describe('removeStaleHosts', () => {
  it('removes hosts not kept, and leaves the page alone', () => {
    const blocks = setBody('<p><span>7.</span> <strong>First text</strong></p><p><span>8.</span> <strong>Second text</strong></p>');
    const all = mountBadgeHosts(detectionFor(blocks), CSS);
    const firstKey = [...all.keys()][0]!;
    removeStaleHosts(document, new Map([[firstKey, all.get(firstKey)!]]));
    expect(document.querySelectorAll('cl-badge')).toHaveLength(1);
    expect(document.querySelectorAll('p')).toHaveLength(2);
  });
});

describe('isLensNode', () => {
  it.each([
    [true, 'cl-badge'],
    [true, 'cl-overlay'],
    [false, 'p'],
    [false, 'cl-other'],
  ])('%s for <%s>', (expected, tag) => {
    expect(isLensNode(document.createElement(tag))).toBe(expected);
  });

  it('is false for text', () => {
    expect(isLensNode(document.createTextNode('cl-badge'))).toBe(false);
  });
});
