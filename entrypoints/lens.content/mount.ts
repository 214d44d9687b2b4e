import type { Detection } from '@/utils/adapters/adapter';
import { BLOCK_TAGS } from '@/utils/detect/blocks';
import { textOf } from '@/utils/detect/text';

export interface BadgeHost {
  host: HTMLElement;
  root: ShadowRoot;
}

const HOST_TAG = 'cl-badge';
const OVERLAY_TAG = 'cl-overlay';
const LENS_TAGS = new Set([HOST_TAG, OVERLAY_TAG, 'cl-toast']);
const SEEN = 'data-cl-seen';
const MAX_REMOUNTS = 1;
const remounts = new WeakMap<Element, number>();
/** "7", "7.", "(7)", "7)", and Lords-style "(iv)", "iv." (a bare "I" is a word, not a label). */
const NUMBER_LABEL = /^(?:\(?\d{1,3}[.)]?|\(?[ivxlc]{1,7}[.)])$/i;

const HEADING = /^h[1-6]$/;
const hostOf = new WeakMap<Element, HTMLElement>();
/** Further items whose text starts inside a block that already holds a badge (lines split by <br>), by item key. */
const lineHostOf = new WeakMap<Element, Map<string, HTMLElement>>();

/** The text node where `text` begins inside `block`, if it begins inside one. */
function textStart(block: Element, text: string): Text | undefined {
  const probe = text.replace(/\s+/g, ' ').trim().slice(0, 24);
  if (!probe) return undefined;
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').replace(/\s+/g, ' ').includes(probe)) return node as Text;
  }
  return undefined;
}
const labelOf = new WeakMap<HTMLElement, Element>();

/** The page's own number label ("7." or a row's "(iv)" cell) just before the host, if any. */
export function numberLabelOf(host: HTMLElement): Element | undefined {
  return labelOf.get(host);
}

/** The first node that is not whitespace or a comment, starting at `node`. */
function firstContent(node: Node | null): Node | null {
  while (node && (node.nodeType === 8 || (node.nodeType === 3 && !node.nodeValue?.trim()))) node = node.nextSibling;
  return node;
}

interface InsertionPoint {
  parent: Element;
  before: Node | null;
  label?: Element;
}

/**
 * Where the item's first line starts: down through leading block children (a quotation's first
 * paragraph, a row's first cell), so our inline host never makes a line of its own. A row whose
 * first cell is only its number ("(iv)") starts in the next cell, with that cell as its label.
 */
function firstLine(block: Element): { container: Element; label?: Element } {
  let container = block;
  for (let first = firstContent(container.firstChild); first?.nodeType === 1; first = firstContent(container.firstChild)) {
    const child = first as Element;
    if (!BLOCK_TAGS.has(child.localName) && !HEADING.test(child.localName)) break;
    const next = child.nextElementSibling;
    if (container.localName === 'tr' && next && NUMBER_LABEL.test(textOf(child))) return { container: next, label: child };
    container = child;
  }
  return { container };
}

/** In the item's first line: just after a leading number label ("7." in its own span), else at its start. */
function insertionPoint(block: Element): InsertionPoint {
  const { container: parent, label } = firstLine(block);
  const first = firstContent(parent.firstChild);
  if (first?.nodeType !== 1 || !NUMBER_LABEL.test(textOf(first as Element))) return { parent, before: first, label };
  return { parent, before: firstContent(first.nextSibling), label: first as Element };
}

const sheets = new Map<string, CSSStyleSheet | null>();

/**
 * Give a shadow root our CSS: one shared constructed stylesheet for all of them where the browser
 * allows it (parsed once, however many badges), else a <style> element of its own.
 */
function addStyles(root: ShadowRoot, css: string): void {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Firefox content scripts may not adopt a sheet made in their own realm: fall back.
      sheets.set(css, null);
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
}

/**
 * One inline host per item, inside its block before the text, each with its own shadow root.
 * Idempotent: a block that already holds our host keeps it. With `indices`, only those items (a
 * slice of a larger pass), added to `hosts`.
 */
export function mountBadgeHosts(
  detection: Detection,
  css: string,
  indices: Iterable<number> = detection.page.items.keys(),
  hosts = new Map<string, BadgeHost>(),
): Map<string, BadgeHost> {
  for (const index of indices) {
    const item = detection.page.items[index];
    const block = detection.blocks[index];
    if (!item || !block) continue;
    try {
      let host = hostOf.get(block);
      if (host && !block.contains(host)) host = undefined;
      // A second item in the same block (one paragraph of lines): its own badge, before its own line.
      if (host?.shadowRoot && host.dataset.lensKey && host.dataset.lensKey !== item.key) {
        const lines = lineHostOf.get(block) ?? new Map<string, HTMLElement>();
        lineHostOf.set(block, lines);
        let line = lines.get(item.key);
        if (!line || !block.contains(line)) {
          const start = textStart(block, item.text);
          if (!start?.parentNode) continue;
          line = block.ownerDocument.createElement(HOST_TAG);
          addStyles(line.attachShadow({ mode: 'open' }), css);
          start.parentNode.insertBefore(line, start);
          lines.set(item.key, line);
        }
        line.dataset.lensNumber = item.number;
        line.dataset.lensStatus = item.reading.status;
        line.dataset.lensKey = item.key;
        hosts.set(item.key, { host: line, root: line.shadowRoot! });
        continue;
      }
      if (!host?.shadowRoot && block.hasAttribute(SEEN)) {
        // The page removed our badge. Put it back once; a page that keeps removing it wins.
        const count = remounts.get(block) ?? 0;
        if (count >= MAX_REMOUNTS) continue;
        remounts.set(block, count + 1);
      }
      if (!host?.shadowRoot) {
        host = block.ownerDocument.createElement(HOST_TAG);
        const root = host.attachShadow({ mode: 'open' });
        addStyles(root, css);
        const { parent, before, label } = insertionPoint(block);
        parent.insertBefore(host, before);
        hostOf.set(block, host);
        if (label) labelOf.set(host, label);
      }
      host.dataset.lensNumber = item.number;
      host.dataset.lensStatus = item.reading.status;
      host.dataset.lensKey = item.key;
      block.setAttribute(SEEN, '');
      hosts.set(item.key, { host, root: host.shadowRoot! });
    } catch (error) {
      console.debug('[committee-lens] could not mount a badge', error);
    }
  }
  return hosts;
}

/**
 * The items' indices with those at or below the top of the viewport first (in page order), then
 * those above it: badges the reader can see are mounted first. Blocks are in page order, so a
 * binary search finds the first one in view with a handful of reads.
 */
export function inViewFirst(blocks: readonly Element[]): number[] {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid]?.getBoundingClientRect().bottom ?? 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  const order = [...blocks.keys()];
  return [...order.slice(lo), ...order.slice(0, lo)];
}

/** The shadow root that holds the popover and the React root. */
export function mountOverlayRoot(doc: Document, css: string): { host: HTMLElement; container: HTMLElement } {
  const host = doc.createElement(OVERLAY_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const container = doc.createElement('div');
  addStyles(root, css);
  root.append(container);
  doc.documentElement.append(host);
  return { host, container };
}

/** Mirror saved state onto the hosts (`data-lens-saved`), for tools that read the page. */
export function markSaved(hosts: ReadonlyMap<string, BadgeHost>, savedKeys: ReadonlySet<string>): void {
  for (const [key, { host }] of hosts) {
    if (savedKeys.has(key)) host.dataset.lensSaved = 'true';
    else delete host.dataset.lensSaved;
  }
}

/** Remove badge hosts of items the page no longer has (after in-page navigation or edits). */
export function removeStaleHosts(doc: Document, keep: ReadonlyMap<string, BadgeHost>): void {
  const kept = new Set([...keep.values()].map((slot) => slot.host));
  for (const host of doc.querySelectorAll<HTMLElement>(`${HOST_TAG}[data-lens-key]`)) {
    if (!kept.has(host)) host.remove();
  }
}

/** Our own elements in the page: their coming and going is not a change of the page. */
export function isLensNode(node: Node): boolean {
  return node.nodeType === 1 && LENS_TAGS.has((node as Element).localName);
}

/** The reader's theme choice on our hosts; "system" leaves the colour scheme to the system. */
export function applyTheme(hosts: ReadonlyMap<string, BadgeHost>, theme: 'system' | 'light' | 'dark'): void {
  for (const { host } of hosts.values()) {
    if (theme === 'system') delete host.dataset.clTheme;
    else host.dataset.clTheme = theme;
  }
}
