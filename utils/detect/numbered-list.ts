import { headingLevel } from './blocks';
import { splitParagraphReference } from './paragraph-refs';
import type { SectionStart } from './report-page';
import { textOf } from './text';

/** `1.` … `n.` (Commons, modern Lords) or `(i)` … `(xx)` (older Lords and joint committees). */
export type NumberStyle = 'arabic' | 'roman';

export interface ListedItem {
  /** As printed, without its punctuation: "7", "iv". */
  number: string;
  /** The item's text, without its number and its "(Paragraph N)" reference. */
  text: string;
  refs: string[];
  /** The nearest sub-heading above the item inside the list. */
  section?: string;
  /** Where the item starts: its numbered paragraph (or, for a number in its own cell, the row). */
  block: Element;
}

export interface ListReading {
  items: ListedItem[];
  skipped: number;
}

const LEAF_TAGS = new Set(['p', 'li', 'blockquote', 'dd', 'dt', 'td', 'th', 'div', 'pre', 'center']);
const LEAF_SELECTOR = [...LEAF_TAGS, 'table', 'ul', 'ol', 'dl', 'tr', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].join(',');
const MAX_STEPS = 200_000;

function nextInOrder(el: Element, skipChildren: boolean): Element | null {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

const CONTAINER_TAGS = new Set(LEAF_SELECTOR.split(','));

function isLeaf(el: Element): boolean {
  if (!LEAF_TAGS.has(el.localName)) return false;
  if (!el.firstElementChild) return true;
  // Fast path for deep nesting: a block child settles it without searching the whole subtree.
  for (let child: Element | null = el.firstElementChild; child; child = child.nextElementSibling) {
    if (CONTAINER_TAGS.has(child.localName)) return false;
  }
  return el.querySelector(LEAF_SELECTOR) === null;
}

function isPageEnd(el: Element): boolean {
  return el.localName === 'footer' || el.getAttribute('role') === 'contentinfo';
}

const CHROME_TAGS = new Set(['nav', 'aside', 'script', 'style', 'template']);
const CHROME_ROLES = new Set(['navigation', 'complementary']);

function isChrome(el: Element): boolean {
  return CHROME_TAGS.has(el.localName) || CHROME_ROLES.has(el.getAttribute('role') ?? '') || el.hasAttribute('data-lens-number');
}

/**
 * Leaf blocks and headings after `start`, up to the next heading of `level` or higher (a
 * `blocksAfter` whose level is given, so a bold paragraph can open a section too).
 */
export function* blocksUntilLevel(start: Element, level: number): Generator<Element> {
  let steps = 0;
  let cur = nextInOrder(start, true);
  while (cur && steps++ < MAX_STEPS) {
    if (isPageEnd(cur)) return;
    const curLevel = headingLevel(cur);
    if (isChrome(cur)) {
      cur = nextInOrder(cur, true);
    } else if (curLevel !== undefined) {
      if (curLevel <= level) return;
      yield cur;
      cur = nextInOrder(cur, true);
    } else if (isLeaf(cur)) {
      yield cur;
      cur = nextInOrder(cur, true);
    } else {
      cur = nextInOrder(cur, false);
    }
  }
}

const EMPHASIS = new Set(['b', 'strong', 'i', 'em']);

function isEmphasised(node: Node, block: Element): boolean {
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
    if (EMPHASIS.has(el.localName)) return true;
  }
  return false;
}

/**
 * A short paragraph set wholly in bold or italics, or in capitals, with no closing punctuation:
 * how older pages title the groups inside a list ("The Scrutiny Unit", "TARGETS").
 */
export function isPseudoHeading(block: Element, text = textOf(block)): boolean {
  if (!text || text.length > 120 || text.split(' ').length > 12) return false;
  if (/[.:;,!?)\]"”’]$/.test(text) || /^(\d{1,3}\.|\([ivxlc]+\))/i.test(text)) return false;
  if (/[A-Z]{2}/.test(text) && text === text.toUpperCase()) return true;
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */);
  let sawText = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.nodeValue ?? '').trim()) continue;
    if (!isEmphasised(node, block)) return false;
    sawText = true;
  }
  return sawText;
}

/** Sections that follow a list of conclusions and end it, however they are set. */
const AFTER_THE_LIST =
  /^(?:annex|appendix|formal minutes|witnesses|list of witnesses|published written evidence|list of (?:reports|written evidence|abbreviations|acronyms)|glossary|declarations? of (?:lords['’]? )?interests|call for evidence|members and declarations)\b/i;

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function toRoman(value: number): string {
  const parts: [number, string][] = [
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = value;
  for (const [size, letters] of parts) {
    while (rest >= size) {
      out += letters;
      rest -= size;
    }
  }
  return out;
}

/** "xiv" → 14; undefined unless written the usual way. */
export function fromRoman(numeral: string): number | undefined {
  const lower = numeral.toLowerCase();
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = ROMAN_VALUES[lower[i]!];
    const next = ROMAN_VALUES[lower[i + 1] ?? ''] ?? 0;
    if (value === undefined) return undefined;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === lower ? total : undefined;
}

const ARABIC = /^(\d{1,3})\.(?!\d)\s*(.*)$/s;
const ROMAN = /^\(([ivxlc]{1,7})\)\s*(.*)$/is;
/** How far a list may skip ahead: a typo, not a number quoted from elsewhere. */
const MAX_STEP = 5;

interface Numbered {
  number: string;
  value: number;
  style: NumberStyle;
  rest: string;
}

/** The item number a block starts with, if it is the list's next one. */
function nextNumber(text: string, styles: readonly NumberStyle[], last: Numbered | undefined): Numbered | undefined {
  const arabic = ARABIC.exec(text);
  if (arabic && styles.includes('arabic') && (!last || last.style === 'arabic')) {
    const value = Number(arabic[1]);
    const fits = last ? value > last.value && value <= last.value + MAX_STEP : value >= 1;
    if (fits) return { number: String(value), value, style: 'arabic', rest: arabic[2] ?? '' };
  }
  const roman = ROMAN.exec(text);
  if (roman && styles.includes('roman') && (!last || last.style === 'roman')) {
    const value = fromRoman(roman[1] ?? '');
    // A first item "(c)" or "(l)" is a lettered paragraph, not item 100 or 50.
    const fits = value !== undefined && (last ? value === last.value + 1 : value <= 39);
    if (fits) return { number: roman[1]!.toLowerCase(), value, style: 'roman', rest: roman[2] ?? '' };
  }
  return undefined;
}

const hasReference = (text: string) => splitParagraphReference(text).refs.length > 0;

interface OpenItem {
  numbered: Numbered;
  section: string | undefined;
  block: Element | undefined;
  /** The numbered paragraph's own text (or, for a bare number, the paragraph after it). */
  first: string;
  /** Later paragraphs that belong to it, kept once a "(Paragraph N)" reference closes the item. */
  more: string[];
  pending: string[];
  complete: boolean;
}

/**
 * Read the numbered conclusions and recommendations that follow `start`. An item is its numbered
 * paragraph plus any unnumbered paragraphs after it up to the one ending with its "(Paragraph N)"
 * reference (quoted standing orders, sub-paragraphs (a)/(b), a second paragraph of the same
 * recommendation); paragraphs after an item that never reach a reference are not taken.
 */
export function readNumberedList(start: SectionStart, styles: readonly NumberStyle[]): ListReading {
  const items: ListedItem[] = [];
  let skipped = 0;
  let section: string | undefined;
  let last: Numbered | undefined;
  let open: OpenItem | undefined;

  const close = () => {
    if (!open) return;
    const item = open;
    open = undefined;
    try {
      const { text, refs } = splitParagraphReference([item.first, ...item.more].join(' '));
      if (!text || !item.block) return;
      items.push({ number: item.numbered.number, text, refs, section: item.section, block: item.block });
    } catch (error) {
      skipped++;
      console.debug('[committee-lens] numbered list: skipped an item', error);
    }
  };

  for (const block of blocksUntilLevel(start.element, start.level)) {
    try {
      const text = textOf(block);
      if (!text) continue;
      // Inside an unfinished item a short bold line is more likely part of it than a title.
      const mayBeTitle = !open || open.complete;
      if (headingLevel(block) !== undefined || (mayBeTitle && block.localName !== 'li' && isPseudoHeading(block, text))) {
        if (AFTER_THE_LIST.test(text)) break;
        close();
        section = text;
        continue;
      }
      const numbered = nextNumber(text, styles, last);
      if (numbered) {
        close();
        last = numbered;
        const bare = numbered.rest === '';
        open = {
          numbered,
          section,
          block: bare ? (block.closest('tr') ?? undefined) : block,
          first: numbered.rest,
          more: [],
          pending: [],
          complete: hasReference(numbered.rest),
        };
        continue;
      }
      if (!open || open.complete) continue;
      open.block ??= block;
      if (!open.first) {
        open.first = text;
        open.complete = hasReference(text);
        continue;
      }
      open.pending.push(text);
      if (hasReference(text)) {
        open.more.push(...open.pending);
        open.pending = [];
        open.complete = true;
      }
    } catch (error) {
      skipped++;
      console.debug('[committee-lens] numbered list: skipped a paragraph', error);
    }
  }
  close();
  return { items, skipped };
}
