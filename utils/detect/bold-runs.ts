import { normalizeSpace, textOf } from './text';

const BOLD_TAGS = new Set(['b', 'strong']);
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;
const SKIPPED = new Set(['script', 'style', 'template']);

function isBold(el: Element): boolean {
  return BOLD_TAGS.has(el.localName) || BOLD_STYLE.test(el.getAttribute('style') ?? '');
}

/** A footnote call: `<sup>12</sup>`, `<sup><a href="#note12">[12]</a></sup>`, `<a href="#n12">[12]</a>`. */
export function isFootnoteMarker(el: Element): boolean {
  if (el.localName !== 'sup' && el.localName !== 'a') return false;
  const text = textOf(el);
  if (!/^\[?\d{1,3}\]?$|^[*†‡]$/.test(text)) return false;
  return el.localName === 'sup' || /^\[\d+\]$/.test(text) || el.querySelector('sup') !== null;
}

/**
 * The runs of bold text in `block`, in order, each with whitespace collapsed. Bold elements that
 * are separated only by white space or a footnote call make one run; footnote calls are left out.
 */
export function boldRuns(block: Element): string[] {
  const runs: string[] = [];
  let current: string[] | undefined;
  const flush = () => {
    if (current) {
      const run = normalizeSpace(current.join(''));
      if (run) runs.push(run);
    }
    current = undefined;
  };
  const walk = (node: Node, bold: boolean) => {
    if (node.nodeType === 3 /* TEXT_NODE */) {
      const value = node.nodeValue ?? '';
      if (bold) (current ??= []).push(value);
      else if (value.trim()) flush();
      else current?.push(' ');
      return;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
    const el = node as Element;
    if (SKIPPED.has(el.localName) || el.hasAttribute('data-lens-number') || isFootnoteMarker(el)) return;
    if (el.localName === 'br') {
      current?.push(' ');
      return;
    }
    const inBold = bold || isBold(el);
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child, inBold);
  };
  walk(block, false);
  flush();
  return runs;
}
