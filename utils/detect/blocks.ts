import { textOf } from './text';

/** Elements that make a block of text (as opposed to inline runs). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'li',
  'blockquote',
  'dd',
  'dt',
  'td',
  'th',
  'div',
  'section',
  'article',
  'figure',
  'table',
  'ul',
  'ol',
  'dl',
  'tr',
  'tbody',
  'thead',
  'pre',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
]);
export const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',');
const PAGE_END = 'footer, [role="contentinfo"]';
const PAGE_CHROME = 'nav, aside, [role="navigation"], [role="complementary"], [data-lens-number]';
/** Upper bound on elements visited by one walk, so a pathological page cannot stall us. */
const MAX_STEPS = 200_000;

export function headingLevel(el: Element): number | undefined {
  const match = /^h([1-6])$/.exec(el.localName);
  if (match) return Number(match[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level') ?? 2) || 2;
  return undefined;
}

export function isInsideNavigation(el: Element): boolean {
  return el.closest('nav, [role="navigation"], header, footer') !== null;
}

/** Headings (h1–h6, role=heading) outside navigation whose text matches `pattern`. */
export function findHeadings(root: ParentNode, pattern: RegExp): Element[] {
  return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].filter(
    (el) => !isInsideNavigation(el) && pattern.test(textOf(el)),
  );
}

/** A block with no block inside it (a paragraph, a list item, a cell…). */
export function isLeafBlock(el: Element): boolean {
  if (!BLOCK_TAGS.has(el.localName)) return false;
  // A block child settles it without searching the whole subtree (deeply nested pages).
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAGS.has(child.localName)) return false;
  }
  return el.querySelector(BLOCK_SELECTOR) === null;
}

function nextInOrder(el: Element, skipChildren: boolean): Element | null {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

/**
 * The leaf blocks (paragraphs, list items, cells…) and sub-headings that follow `heading` in
 * document order, up to the next heading of the same or a higher level.
 */
export function* blocksAfter(heading: Element): Generator<Element> {
  const level = headingLevel(heading) ?? 6;
  let steps = 0;
  let cur = nextInOrder(heading, true);
  while (cur && steps++ < MAX_STEPS) {
    const curLevel = headingLevel(cur);
    // The page footer ends any section; navigation and asides are not part of one.
    if (cur.matches(PAGE_END)) return;
    if (cur.matches(PAGE_CHROME)) {
      cur = nextInOrder(cur, true);
    } else if (curLevel !== undefined) {
      if (curLevel <= level) return;
      yield cur;
      cur = nextInOrder(cur, true);
    } else if (isLeafBlock(cur)) {
      yield cur;
      cur = nextInOrder(cur, true);
    } else {
      cur = nextInOrder(cur, false);
    }
  }
}
