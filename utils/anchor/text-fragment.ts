import { normalizeSpace } from '../detect/text';

const MAX_FRAGMENT_CHARS = 120;

/** Encode for a text fragment: `-`, `,` and `&` are syntax there. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * A link that opens the page scrolled to the item's text (a URL text fragment, `#:~:text=`),
 * using its first words so small edits to the page do not break it.
 */
export function linkToText(pageUrl: string, text: string, words = 8): string {
  // A few words, and never a huge link (a page may hold one enormous "word").
  const start = normalizeSpace(text).split(' ').slice(0, words).join(' ').slice(0, MAX_FRAGMENT_CHARS).trim();
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return start ? `${base}#:~:text=${encodeFragmentText(start)}` : base;
}
