import type { Block, BlockRole, CellPosition, DocumentModel } from './block';
import { parseLabel, type Label } from './labels';
import { fromRoman, toRoman } from './numbers';

/*
 * One pass over a page's content: the DOM becomes a flat list of blocks in reading order (text,
 * role, heading level, native list number, table cell, emphasis, the leading label parsed once).
 * Every reader works on this list; nothing walks the DOM again. Bounded and never throws.
 */

const HEADING = /^h([1-6])$/;
/** Elements that start a new block of text. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const BLOCK_SELECTOR = [...BLOCK_TAGS].filter((tag) => tag !== 'body').join(',') + ',[role="heading"]';
/** Never content: scripts, page chrome, notes, our own badges. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'nav',
  'aside',
  'footer',
  'form',
  'select',
  'button',
  'iframe',
  'object',
  'canvas',
  'dialog',
]);
const SKIPPED_ROLES = new Set([
  'navigation',
  'complementary',
  'search',
  'banner',
  'contentinfo',
  'doc-endnotes',
  'doc-footnote',
  'dialog',
  'menu',
  'menubar',
  'toolbar',
]);
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;
const ITALIC_STYLE = /font-style\s*:\s*(?:italic|oblique)\b/i;
/** An element holding only a number: "1.", "8.1", "(iv)", "a)", "R3". */
const NUMBER_ONLY = /^\s*(?:\d{1,3}(?:\.\d{1,3})*[.):]?|\(?[ivxlc]{1,6}\)|\(?[a-z]\)|R\d{1,3})\s*$/;
const NOTE_NUMBER = /^\s*\[?\d{1,3}\]?\s*$/;
const BOILERPLATE =
  /^(?:©\s*)?parliamentary copyright\b|^crown copyright\b|^prepared \d{1,2} \w+ \d{4}$|^(?:previous page|next page|contents|back to top|top of page|print this page|share this page)$/i;
const NON_SPACE = /[^\s\u00a0]/;
/** Only text starting like this can start with a label ("7.", "(iv)", "a)", "Recommendation", "R3", "IV"). */
const MAY_BE_LABEL = /^[\d(a-zRCFIVXL]/;
const MAX_ELEMENTS = 300_000;
const MAX_BLOCKS = 60_000;
const MAX_DEPTH = 400;
/** A pseudo-heading is short. */
const MAX_PSEUDO_HEADING_CHARS = 120;

interface Context {
  quote: boolean;
  cell?: CellPosition;
  /** The native number of the list item being read, until its first block takes it. */
  listNumber?: { value: number; type: string; taken: boolean };
  inMain: boolean;
}

interface TableState {
  index: number;
  row: number;
  col: number;
}

interface Line {
  /** Whether the line opens with a link back to a footnote call ("[1]", "12"). */
  opensWithNote: boolean | undefined;
  parts: string[];
  /** The parts without footnote calls. */
  bare: string[];
  chars: number;
  bold: number;
  italic: number;
  link: number;
  runs: string[];
  run: string[] | undefined;
}

function mergeLines(lines: readonly Line[]): Line {
  const merged = newLine();
  for (const part of lines) {
    merged.opensWithNote ??= part.opensWithNote;
    merged.parts.push(...part.parts, ' ');
    merged.bare.push(...part.bare, ' ');
    merged.chars += part.chars;
    merged.bold += part.bold;
    merged.italic += part.italic;
    merged.link += part.link;
    merged.runs.push(...part.runs);
    if (part.run) merged.runs.push(collapse(part.run.join('')));
  }
  return merged;
}

/** A line set wholly in bold or in capitals, without a label: part of a title. */
function isTitleLine(line: Line): boolean {
  const text = collapse(line.parts.join(''));
  return (
    text.length <= MAX_PSEUDO_HEADING_CHARS &&
    !parseLabel(text) &&
    (line.bold >= line.chars * 0.95 || (/[A-Z]{3}/.test(text) && text === text.toUpperCase()))
  );
}

const newLine = (): Line => ({
  opensWithNote: undefined,
  parts: [],
  bare: [],
  chars: 0,
  bold: 0,
  italic: 0,
  link: 0,
  runs: [],
  run: undefined,
});

function headingLevelOf(el: Element): number | undefined {
  const match = HEADING.exec(el.localName);
  if (match) return Number(match[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level') ?? 2) || 2;
  return undefined;
}

function isSkipped(el: Element, inMain: boolean): boolean {
  const name = el.localName;
  if (SKIPPED_TAGS.has(name)) return true;
  // A page header is chrome; a header inside the article holds its title.
  if (name === 'header' && !inMain) return true;
  if (name.startsWith('cl-') || el.hasAttribute('data-lens-number') || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role);
}

function isBoldElement(el: Element): boolean {
  const name = el.localName;
  return name === 'b' || name === 'strong' || BOLD_STYLE.test(el.getAttribute('style') ?? '');
}

function isItalicElement(el: Element): boolean {
  const name = el.localName;
  return name === 'i' || name === 'em' || name === 'cite' || ITALIC_STYLE.test(el.getAttribute('style') ?? '');
}

/** A footnote call: `<sup>12</sup>`, `<a href="#n12">[12]</a>`. Kept in the text, left out of bold runs. */
function isFootnoteCall(el: Element): boolean {
  if (el.localName !== 'sup' && el.localName !== 'a') return false;
  const text = (el.textContent ?? '').trim();
  if (!/^\[?(?:footnote\s+)?\d{1,3}\]?$|^[*†‡]$/i.test(text)) return false;
  return el.localName === 'sup' || /^\[/.test(text) || el.getAttribute('role') === 'doc-noteref' || el.querySelector('sup') !== null;
}

/** Any white space but a single plain space (`\s` includes no-break and other Unicode spaces). */
const TO_COLLAPSE = /[^\S ]| {2}/;
/** Runs of white space to one space, trimmed. Most text needs nothing: it is only tested. */
function collapse(text: string): string {
  return TO_COLLAPSE.test(text) ? text.replace(/[\s\u00a0]+/g, ' ').trim() : text.trim();
}

/** The number an `<ol type>` item shows, as it would be printed. */
function printedListNumber(value: number, type: string): string {
  if (type === 'a') return value >= 1 && value <= 26 ? String.fromCharCode(96 + value) : String(value);
  if (type === 'A') return value >= 1 && value <= 26 ? String.fromCharCode(64 + value) : String(value);
  if (type === 'i' || type === 'I') return toRoman(value);
  return String(value);
}

function nativeLabel(value: number, type: string, rest: string): Label {
  const number = printedListNumber(value, type).toLowerCase();
  const style = type === 'a' || type === 'A' ? 'letter' : type === 'i' || type === 'I' ? 'roman' : 'arabic';
  const order = style === 'roman' ? (fromRoman(number) ?? value) : value;
  return { number, style, order: [order], numbers: [number], sep: '.', rest };
}

/** Elements inside `root` that hold a block somewhere below them (found in one pass). */
function containersOf(root: Element): Set<Element> {
  const marked = new Set<Element>();
  let steps = 0;
  for (const el of root.querySelectorAll(BLOCK_SELECTOR)) {
    if (steps++ > MAX_ELEMENTS) break;
    for (let parent = el.parentElement; parent && !marked.has(parent); parent = parent.parentElement) {
      marked.add(parent);
      if (parent === root) break;
    }
  }
  return marked;
}

/**
 * Read `root` (the page's content, or the whole body) into blocks. Headings, paragraphs, list
 * items, table cells and definition terms become blocks; text set directly in a container between
 * its blocks becomes a block of its own; a `<br>` starts a new line (a block sharing the element).
 */
export function readDocument(root: Element): DocumentModel {
  const blocks: Block[] = [];
  let skipped = 0;
  let elements = 0;
  let tables = 0;
  const containers = containersOf(root);

  const emitLine = (line: Line, el: Element, role: BlockRole, ctx: Context, level: number | undefined) => {
    if (line.run) line.runs.push(collapse(line.run.join('')));
    const text = collapse(line.parts.join(''));
    if (!text || blocks.length >= MAX_BLOCKS) return;
    const chars = line.chars || 1;
    const bold = line.bold / chars;
    const italic = line.italic / chars;
    let label = MAY_BE_LABEL.test(text) ? parseLabel(text) : undefined;
    let nativeNumber = false;
    if (ctx.listNumber && !ctx.listNumber.taken) {
      ctx.listNumber.taken = true;
      // The list's own number counts unless the text names its item; a report paragraph number
      // before the text ("4.41 The committee…") is not the item's number.
      if (!label || (label.named === undefined && label.style === 'chapter')) {
        label = nativeLabel(ctx.listNumber.value, ctx.listNumber.type, text);
        nativeNumber = true;
      }
    }
    const pseudoHeading =
      role !== 'heading' &&
      role !== 'list-item' &&
      !ctx.cell &&
      !label &&
      text.length <= MAX_PSEUDO_HEADING_CHARS &&
      /^[A-Z0-9“"‘']/.test(text) &&
      text.split(' ').length <= 14 &&
      !/[.:;,!?)\]"”’]$/.test(text) &&
      (bold >= 0.95 || (/[A-Z]{3}/.test(text) && text === text.toUpperCase()));
    blocks.push({
      el,
      text,
      bare: line.bare.length === line.parts.length ? text : collapse(line.bare.join('')).replace(/\s+([.,;:])/g, '$1'),
      role,
      level,
      pseudoHeading,
      label,
      nativeNumber,
      cell: ctx.cell,
      quote: ctx.quote,
      bold,
      italic,
      boldRuns: line.runs.filter(Boolean),
      linkShare: line.link / chars,
      note: line.opensWithNote === true || BOILERPLATE.test(text) || (line.link / chars >= 0.9 && text.length < 80),
      shape: `${role}:${el.localName}:${el.parentElement?.localName ?? ''}${ctx.quote ? ':q' : ''}${ctx.cell ? `:c${ctx.cell.col}` : ''}`,
    });
  };

  /** Read inline content (text and inline elements) into lines split at `<br>`. */
  const readInline = (nodes: Iterable<Node>, el: Element, role: BlockRole, ctx: Context, level?: number) => {
    let line = newLine();
    const lines: Line[] = [line];
    const visit = (node: Node, bold: boolean, italic: boolean, link: boolean, depth: number, noteLink = false) => {
      if (node.nodeType === 3 /* TEXT_NODE */) {
        const value = node.nodeValue ?? '';
        line.parts.push(value);
        line.bare.push(value);
        // Shares are of characters, spaces included: close enough, and one pass cheaper.
        const chars = NON_SPACE.test(value) ? value.length : 0;
        if (!chars) {
          line.run?.push(' ');
          return;
        }
        line.opensWithNote ??= noteLink;
        line.chars += chars;
        if (bold) {
          line.bold += chars;
          (line.run ??= []).push(value);
        } else if (line.run) {
          line.runs.push(collapse(line.run.join('')));
          line.run = undefined;
        }
        if (italic) line.italic += chars;
        if (link) line.link += chars;
        return;
      }
      if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
      const child = node as Element;
      if (elements++ > MAX_ELEMENTS || depth > MAX_DEPTH) return;
      if (child.localName === 'br') {
        line = newLine();
        lines.push(line);
        return;
      }
      if (isSkipped(child, true)) return;
      const childNote =
        noteLink ||
        (child.localName === 'a' && (child.getAttribute('href') ?? '').startsWith('#') && NOTE_NUMBER.test(child.textContent ?? ''));
      if (isFootnoteCall(child)) {
        line.parts.push(child.textContent ?? '');
        line.opensWithNote ??= childNote;
        return;
      }
      const childBold = bold || isBoldElement(child);
      const childItalic = italic || isItalicElement(child);
      const childLink = link || (child.localName === 'a' && child.hasAttribute('href'));
      for (let next = child.firstChild; next; next = next.nextSibling) visit(next, childBold, childItalic, childLink, depth + 1, childNote);
      // A number set in its own element ("<span>1.</span><strong>The…") and images separate words.
      if (child.localName === 'img' || NUMBER_ONLY.test(child.textContent ?? '')) {
        line.parts.push(' ');
        line.bare.push(' ');
      }
    };
    for (const node of nodes) visit(node, isBoldElement(el), isItalicElement(el), el.localName === 'a', 0);
    if (role === 'heading') {
      // A heading is one block however it is broken into lines.
      emitLine(mergeLines(lines), el, role, ctx, level);
      return;
    }
    // A title set over several lines ("SUMMARY OF CONCLUSIONS<br>AND RECOMMENDATIONS") is one block.
    const spoken = lines.filter((part) => part.chars > 0);
    if (spoken.length > 1 && spoken.every(isTitleLine)) {
      emitLine(mergeLines(spoken), el, role, ctx, level);
      return;
    }
    for (const part of lines) emitLine(part, el, role, ctx, level);
  };

  const roleOf = (el: Element, ctx: Context): BlockRole => {
    const name = el.localName;
    if (name === 'li') return 'list-item';
    if (name === 'dt') return 'term';
    if (name === 'dd') return 'description';
    if (ctx.cell) return 'cell';
    return 'paragraph';
  };

  let table: TableState | undefined;

  const walk = (el: Element, ctx: Context, depth: number) => {
    if (elements++ > MAX_ELEMENTS || blocks.length >= MAX_BLOCKS) return;
    try {
      const name = el.localName;
      if (el !== root && isSkipped(el, ctx.inMain)) return;
      let inner = ctx;
      if (name === 'main' || name === 'article' || el.getAttribute('role') === 'main') inner = { ...inner, inMain: true };
      if (name === 'blockquote') inner = { ...inner, quote: true };
      const level = headingLevelOf(el);
      if (level !== undefined) {
        readInline(el.childNodes, el, 'heading', inner, level);
        return;
      }
      let savedTable: TableState | undefined;
      if (name === 'table') {
        savedTable = table;
        table = { index: tables++, row: -1, col: 0 };
      } else if (name === 'tr' && table) {
        table.row++;
        table.col = 0;
      } else if ((name === 'td' || name === 'th') && table) {
        const header = name === 'th' || el.closest('thead') !== null;
        const rows = Math.min(50, Number(el.getAttribute('rowspan') ?? 1) || 1);
        const cell = { table: table.index, row: Math.max(0, table.row), col: table.col, header };
        inner = { ...inner, cell: rows > 1 ? { ...cell, rows } : cell };
        table.col += Math.max(1, Number(el.getAttribute('colspan') ?? 1) || 1);
      } else if (name === 'li') {
        const list = el.parentElement;
        if (list?.localName === 'ol') {
          const value = Number(el.getAttribute('value'));
          const counter = listCounters.get(list) ?? Number(list.getAttribute('start') ?? 1);
          const number = Number.isFinite(value) && el.hasAttribute('value') ? value : Number.isFinite(counter) ? counter : 1;
          listCounters.set(list, number + 1);
          inner = { ...inner, listNumber: { value: number, type: list.getAttribute('type') ?? '1', taken: false } };
        } else inner = { ...inner, listNumber: undefined };
      }
      if (depth > MAX_DEPTH || !containers.has(el)) {
        if (BLOCK_TAGS.has(name) || el === root) readInline(el.childNodes, el, roleOf(el, inner), inner);
        if (name === 'table') table = savedTable;
        return;
      }
      // A container: its blocks in order, and the text between them as blocks of its own.
      let run: Node[] = [];
      const flush = () => {
        if (run.length) readInline(run, el, roleOf(el, inner), inner);
        run = [];
      };
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (
          child.nodeType === 1 &&
          (BLOCK_TAGS.has((child as Element).localName) ||
            containers.has(child as Element) ||
            headingLevelOf(child as Element) !== undefined)
        ) {
          flush();
          walk(child as Element, inner, depth + 1);
        } else run.push(child);
      }
      flush();
      if (name === 'table') table = savedTable;
    } catch (error) {
      skipped++;
      console.debug('[committee-lens] read-document: skipped an element', error);
    }
  };

  const listCounters = new Map<Element, number>();
  const inMain = root.closest('main, article, [role="main"]') !== null;
  walk(root, { quote: root.closest('blockquote') !== null, inMain }, 0);
  return { blocks, skipped };
}
