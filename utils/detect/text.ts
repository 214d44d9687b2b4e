import type { TextQuote } from '../model/model';

/** Collapse runs of whitespace (including non-breaking spaces) to one space and trim. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** An element's text with whitespace collapsed; our own injected badges are skipped. */
export function textOf(node: Node): string {
  return normalizeSpace(rawTextOf(node));
}

function rawTextOf(node: Node): string {
  if (node.nodeType === 3 /* TEXT_NODE */) return node.nodeValue ?? '';
  if (node.nodeType !== 1 /* ELEMENT_NODE */) return '';
  const el = node as Element;
  if (el.hasAttribute('data-lens-number')) return '';
  const name = el.localName;
  if (name === 'script' || name === 'style' || name === 'template') return '';
  let out = '';
  for (let child = el.firstChild; child; child = child.nextSibling) out += rawTextOf(child);
  // Block boundaries read as spaces so "<p>a</p><p>b</p>" does not become "ab".
  return name === 'br' || name === 'p' || name === 'div' || name === 'li' ? ` ${out} ` : out;
}

const QUOTE_CONTEXT = 32;

/** Text within `limit` characters before a node, in document order (nearest text last). */
function contextBefore(node: Node, limit: number): string {
  let out = '';
  for (let cur: Node | null = node; cur && out.length < limit; cur = cur.parentNode) {
    for (let sib = cur.previousSibling; sib && out.length < limit; sib = sib.previousSibling) {
      out = `${textOf(sib)} ${out}`;
    }
  }
  return normalizeSpace(out).slice(-limit);
}

function contextAfter(node: Node, limit: number): string {
  let out = '';
  for (let cur: Node | null = node; cur && out.length < limit; cur = cur.parentNode) {
    for (let sib = cur.nextSibling; sib && out.length < limit; sib = sib.nextSibling) {
      out = `${out} ${textOf(sib)}`;
    }
  }
  return normalizeSpace(out).slice(0, limit);
}

/** A text-quote anchor for `exact`, the text of `block`, with ~32 characters of context. */
export function quoteFor(block: Element, exact: string): TextQuote {
  const blockText = textOf(block);
  const at = blockText.indexOf(exact);
  const inBlockBefore = at > 0 ? blockText.slice(0, at) : '';
  const inBlockAfter = at >= 0 ? blockText.slice(at + exact.length) : '';
  const prefix = normalizeSpace(`${contextBefore(block, QUOTE_CONTEXT)} ${inBlockBefore}`).slice(-QUOTE_CONTEXT);
  const suffix = normalizeSpace(`${inBlockAfter} ${contextAfter(block, QUOTE_CONTEXT)}`).slice(0, QUOTE_CONTEXT);
  return { exact, prefix, suffix };
}
