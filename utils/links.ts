import { normalizeSpace } from './detect/text';

/** Encode for a text fragment: `-`, `,` and `&` are syntax there. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * A link that opens the page scrolled to the item's text (a URL text fragment, `#:~:text=`),
 * using its first words so small edits to the page do not break it.
 */
export function linkToText(pageUrl: string, text: string, words = 8): string {
  const start = normalizeSpace(text).split(' ').slice(0, words).join(' ');
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return start ? `${base}#:~:text=${encodeFragmentText(start)}` : base;
}
