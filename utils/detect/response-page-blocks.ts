import { headingLevel, isLeafBlock } from './blocks';
import { normalizeSpace, textOf } from './text';

/*
 * The parts of a response page's text that are not about recommendations: which blocks to read,
 * how much of a block is emphasised, an answer's text without footnote markers, and what is page
 * furniture rather than an answer.
 */

/** Page chrome and notes: never part of a recommendation or an answer. */
const CHROME = [
  'nav',
  'aside',
  'header',
  'footer',
  'form',
  'script',
  'style',
  'template',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="doc-endnotes"]',
  '[role="doc-footnote"]',
  '[data-lens-number]',
].join(',');
const MAX_STEPS = 200_000;

/** Leaf blocks and headings inside `root`, in document order, leaving out page chrome and notes. */
export function blocksWithin(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [...root.children].reverse();
  let steps = 0;
  while (stack.length && steps++ < MAX_STEPS) {
    const el = stack.pop()!;
    if (el.matches(CHROME)) continue;
    if (headingLevel(el) !== undefined || isLeafBlock(el)) {
      out.push(el);
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return out;
}

/** Share of a block's visible characters set in bold or italics (0–1). */
export function emphasisShare(block: Element): number {
  let all = 0;
  let emphasised = 0;
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node.nodeValue ?? '').replace(/\s+/g, '').length;
    const parent = node.parentElement;
    if (!length || parent?.closest('[data-lens-number], sup')) continue;
    all += length;
    if (parent?.closest('b, strong, em, i')) emphasised += length;
  }
  return all ? emphasised / all : 0;
}

const FOOTNOTE_MARKER = /^\[?(?:footnote\s+)?\d{1,3}\]?$/i;

/** An answer block's text without footnote markers ("[2]", "[footnote 4]"). */
export function answerText(blocks: readonly Element[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (headingLevel(block) !== undefined) continue;
    const markers = [...block.querySelectorAll('sup, [role="doc-noteref"]')].filter((el) => FOOTNOTE_MARKER.test(textOf(el)));
    if (!markers.length) {
      parts.push(textOf(block));
      continue;
    }
    const copy = block.cloneNode(true) as Element;
    for (const el of [...copy.querySelectorAll('sup, [role="doc-noteref"]')]) {
      if (FOOTNOTE_MARKER.test(textOf(el))) el.remove();
    }
    parts.push(textOf(copy));
  }
  return normalizeSpace(parts.join(' ').replace(/\s+([.,;:])/g, '$1'));
}

const BOILERPLATE =
  /^(?:©\s*)?parliamentary copyright\b|^prepared \d{1,2} \w+ \d{4}$|^(?:previous page|next page|contents|back to top|top of page)$/i;
const NOTE_NUMBER = /^\[?\d{1,3}\]?$/;

/**
 * Blocks that belong to no answer: page-turn links and copyright lines of older pages, and
 * footnote bodies ("[1] HC (2013–14) 687", "1 Victim Support (DVB0034)…") that start with a
 * link back to their marker.
 */
export function isNoteOrChrome(block: Element, text: string): boolean {
  if (BOILERPLATE.test(text)) return true;
  const first = block.querySelector('a[href^="#"]');
  if (first && NOTE_NUMBER.test(textOf(first)) && text.startsWith(textOf(first))) return true;
  const links = [...block.querySelectorAll('a[href]')];
  return text.length < 80 && links.length > 0 && links.reduce((sum, a) => sum + textOf(a).length, 0) >= text.replace(/\s/g, '').length - 2;
}
