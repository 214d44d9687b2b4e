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

export function headingLevel(el: Element): number | undefined {
  const match = /^h([1-6])$/.exec(el.localName);
  if (match) return Number(match[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level') ?? 2) || 2;
  return undefined;
}

export function isInsideNavigation(el: Element): boolean {
  return el.closest('nav, [role="navigation"], header, footer') !== null;
}
