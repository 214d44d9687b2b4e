import type { SegmentHints } from './segment';
import { RECOMMENDATIONS_SECTION } from './sections';

/*
 * A cheap look at a page before it is read: whether it has any cue that could make a list of
 * recommendations (a named label, a "(Paragraph N)" reference, a title naming recommendations,
 * conclusions or a response, or, for bold recommendations in a report's body, any bold text).
 * Without one the segmenter cannot accept a list, so a page with none is not read at all: the
 * content script costs about one walk over the text on the many pages of a supported site that
 * hold no report. The text is looked at node by node (building the whole `textContent` of a long
 * page costs several walks); a cue split across elements ("<b>Recommendation</b> 7",
 * "(<i>Paragraph</i> 12)") is caught by carrying a node's last words into the next node.
 */

const NAMED_LABEL =
  /\b(?:recommendations?|conclusions?)\s+(?:no\.?\s*)?(?:\d|[ivxlc]{1,6}\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)|\bR\s?\d{1,3}\b/i;
const REFERENCE = /\(\s*para(?:graph)?s?\.?\s+\d/i;
/** A text node that may hold the start of a cue (or the whole of one). */
const CUE_WORD = /recommendation|conclusion|\bparas?\b|paragraph|\bR\s?\d/i;
/** Words a recommendations or response title has; the title itself is then checked properly. */
const TITLE_WORDS = /\b(?:recommendations?|conclusions?|responses?|reply|findings)\b/i;
const TITLES = 'h1, h2, h3, h4, h5, h6, [role="heading"], b, strong, th, dt, caption, title';
/** A node ending in a cue's first word: the rest may be in the next node ("<b>Recommendation</b> 7"). */
const CUE_TAIL = /(?:recommendations?|conclusions?|\(\s*(?:para(?:graph)?s?\.?)?|\bR)\s*$/i;
/** How many titles are looked at: enough for any real page's outline. */
const MAX_TITLES = 5_000;

const hasCue = (text: string) => NAMED_LABEL.test(text) || REFERENCE.test(text);

function hasTitle(doc: Document, root: Element): boolean {
  if (TITLE_WORDS.test(doc.title)) return true;
  const titles = root.querySelectorAll(TITLES);
  for (let i = 0; i < titles.length && i < MAX_TITLES; i++) {
    const title = (titles[i]!.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (title.length <= 160 && TITLE_WORDS.test(title) && RECOMMENDATIONS_SECTION.test(title)) return true;
  }
  return false;
}

/** Whether the text holds a named label or a paragraph reference, reading it one text node at a time. */
function hasCueInText(root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let tail = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = tail + (node as Text).data;
    // Whitespace between a cue's word and its number keeps the tail.
    if (tail && !data.trim()) {
      tail = data;
      continue;
    }
    tail = '';
    if (!CUE_WORD.test(data) && !data.endsWith('(') && !data.endsWith('( ')) continue;
    if (hasCue(data)) return true;
    tail = CUE_TAIL.exec(data)?.[0] ?? '';
  }
  return false;
}

export function mayHoldRecommendations(doc: Document, root: Element, hints: SegmentHints = {}): boolean {
  if (hasTitle(doc, root)) return true;
  if (hints.bodyParagraphs === true && root.querySelector('b, strong, [style*="font-weight"]') !== null) return true;
  return hasCueInText(root);
}
