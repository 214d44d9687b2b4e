import type { Detection } from '@/utils/adapters/adapter';
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
const NUMBER_LABEL = /^\(?\d{1,3}[.)]?$/;

/** Just after a leading number label ("7." in its own span) and its space, else the block's start. */
function insertionPoint(block: Element): Node | null {
  const first = block.firstElementChild;
  const before = first ? first.previousSibling : null;
  const onlySpaceBefore = !before || (before.nodeType === 3 && !before.nodeValue?.trim());
  if (!first || !onlySpaceBefore || !NUMBER_LABEL.test(textOf(first))) return block.firstChild;
  let next = first.nextSibling;
  while (next && next.nodeType === 3 && !next.nodeValue?.trim()) next = next.nextSibling;
  return next;
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
 * Idempotent: a block that already holds our host keeps it.
 */
export function mountBadgeHosts(detection: Detection, css: string): Map<string, BadgeHost> {
  const hosts = new Map<string, BadgeHost>();
  detection.page.items.forEach((item, index) => {
    const block = detection.blocks[index];
    if (!block) return;
    try {
      let host = block.querySelector<HTMLElement>(`:scope > ${HOST_TAG}[data-lens-number]`);
      if (!host?.shadowRoot && block.hasAttribute(SEEN)) {
        // The page removed our badge. Put it back once; a page that keeps removing it wins.
        const count = remounts.get(block) ?? 0;
        if (count >= MAX_REMOUNTS) return;
        remounts.set(block, count + 1);
      }
      if (!host?.shadowRoot) {
        host = block.ownerDocument.createElement(HOST_TAG);
        const root = host.attachShadow({ mode: 'open' });
        addStyles(root, css);
        block.insertBefore(host, insertionPoint(block));
      }
      host.dataset.lensNumber = item.number;
      host.dataset.lensStatus = item.reading.status;
      host.dataset.lensKey = item.key;
      block.setAttribute(SEEN, '');
      hosts.set(item.key, { host, root: host.shadowRoot! });
    } catch (error) {
      console.debug('[committee-lens] could not mount a badge', error);
    }
  });
  return hosts;
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
