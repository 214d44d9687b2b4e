import type { SegmentHints } from './segment';
import { RECOMMENDATIONS_SECTION } from './sections';

/*
 * A cheap look at a page before it is read: whether it has any cue that could make a list of
 * recommendations (a named label, a "(Paragraph N)" reference, a title naming recommendations,
 * conclusions or a response, or, for bold recommendations in a report's body, any bold text).
 * Without one the segmenter cannot accept a list, so a page with none is not read at all: the
 * content script costs about one walk over the text on the many pages of a supported site that
 * hold no report.
 *
 * Everything is looked for in that one walk, one text node at a time (building the whole
 * `textContent` of a long page, or matching a selector list over every element, each costs about
 * as much again): a title is found from the text node holding its words, bold from the text
 * node's nearest elements. A cue split across elements ("<b>Recommendation</b> 7",
 * "(<i>Paragraph</i> 12)") is caught by carrying a node's last words into the next node.
 */

const NAMED_LABEL =
  /\b(?:recommendations?|conclusions?)\s+(?:no\.?\s*)?(?:\d|[ivxlc]{1,6}\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)|\bR\s?\d{1,3}\b/i;
const REFERENCE = /\(\s*para(?:graph)?s?\.?\s+\d/i;
/** A text node that may hold the start of a cue, a title's words, or the whole of either. */
const WORTH_A_LOOK = /recommendation|conclusion|respons|reply|finding|\bparas?\b|paragraph|\bR\s?\d/i;
/** Words a recommendations or response title has; the title itself is then checked properly. */
const TITLE_WORDS = /\b(?:recommendations?|conclusions?|responses?|reply|findings)\b/i;
const TITLES = 'h1, h2, h3, h4, h5, h6, [role="heading"], b, strong, th, dt, caption, title';
/** A node ending in a cue's first word: the rest may be in the next node ("<b>Recommendation</b> 7"). */
const CUE_TAIL = /(?:recommendations?|conclusions?|\(\s*(?:para(?:graph)?s?\.?)?|\bR)\s*$/i;
/** How many of a text node's elements are looked at for bold ("<b><span>text</span></b>"). */
const BOLD_DEPTH = 3;

const hasCue = (text: string) => NAMED_LABEL.test(text) || REFERENCE.test(text);

/** Whether the text node is part of a title naming recommendations, conclusions or a response. */
function inTitle(node: Text, root: Element): boolean {
  const title = node.parentElement?.closest(TITLES);
  if (!title || !root.contains(title)) return false;
  const text = (title.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= 160 && RECOMMENDATIONS_SECTION.test(text);
}

function isBold(element: Element): boolean {
  return element.tagName === 'B' || element.tagName === 'STRONG' || /font-weight/i.test(element.getAttribute('style') ?? '');
}

/** Whether visible text of the node is set in bold by one of its nearest elements. */
function inBold(node: Text, root: Element): boolean {
  if (!node.data.trim()) return false;
  let element = node.parentElement;
  for (let depth = 0; element && element !== root && depth < BOLD_DEPTH; depth++, element = element.parentElement) {
    if (isBold(element)) return true;
  }
  return false;
}

export function mayHoldRecommendations(doc: Document, root: Element, hints: SegmentHints = {}): boolean {
  if (TITLE_WORDS.test(doc.title)) return true;
  const lookForBold = hints.bodyParagraphs === true;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let tail = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (lookForBold && inBold(node, root)) return true;
    const data = tail + node.data;
    // Whitespace between a cue's word and its number keeps the tail.
    if (tail && !data.trim()) {
      tail = data;
      continue;
    }
    tail = '';
    if (!WORTH_A_LOOK.test(data) && !data.endsWith('(') && !data.endsWith('( ')) continue;
    if (hasCue(data)) return true;
    if (TITLE_WORDS.test(node.data) && inTitle(node, root)) return true;
    tail = CUE_TAIL.exec(data)?.[0] ?? '';
  }
  return false;
}
