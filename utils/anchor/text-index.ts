/**
 * The page's visible text as one whitespace-collapsed string, with a map from each character back
 * to its text node and offset: the ground on which text-quote anchors are made and re-found.
 */
export interface TextIndex {
  text: string;
  /** `nodes[i]`, `offsets[i]`: where character `i` of `text` comes from. */
  nodes: Text[];
  offsets: number[];
}

const SKIP = 'script, style, noscript, template, [data-lens-number], cl-overlay';
const BLOCK = 'p, li, div, td, th, blockquote, section, article, h1, h2, h3, h4, h5, h6, dd, dt, pre, tr, br';

function blockOf(node: Node): Element | null {
  return node.parentElement?.closest(BLOCK) ?? null;
}

export function buildTextIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const index: TextIndex = { text: '', nodes: [], offsets: [] };
  const chars: string[] = [];
  let lastBlock: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest(SKIP)) continue;
    const value = node.nodeValue ?? '';
    const block = blockOf(node);
    // Moving into another block reads as a space, as a selection's text does.
    if (block !== lastBlock && chars.length > 0 && chars[chars.length - 1] !== ' ') {
      chars.push(' ');
      index.nodes.push(node);
      index.offsets.push(0);
    }
    lastBlock = block;
    for (let i = 0; i < value.length; i++) {
      const space = /[\s\u00a0]/.test(value[i]!);
      if (space && (chars.length === 0 || chars[chars.length - 1] === ' ')) continue;
      chars.push(space ? ' ' : value[i]!);
      index.nodes.push(node);
      index.offsets.push(i);
    }
  }
  index.text = chars.join('');
  return index;
}

/** The index position of a DOM boundary point (as a Range gives it), or -1. */
export function positionOf(index: TextIndex, container: Node, offset: number): number {
  let target: Node | null = container;
  let targetOffset = offset;
  if (container.nodeType !== 3) {
    // An element boundary: the first text at or after it.
    target = container.childNodes[offset] ?? null;
    targetOffset = 0;
    if (!target) {
      for (let cur: Node | null = container; cur && !target; cur = cur.parentNode) target = cur.nextSibling;
    }
  }
  if (!target) return index.text.length;
  for (let i = 0; i < index.nodes.length; i++) {
    const node = index.nodes[i]!;
    if (node === target ? index.offsets[i]! >= targetOffset : target.contains(node) || isAfter(node, target)) return i;
  }
  return index.text.length;
}

function isAfter(node: Node, reference: Node): boolean {
  return (reference.compareDocumentPosition(node) & 4) /* FOLLOWING */ !== 0;
}
