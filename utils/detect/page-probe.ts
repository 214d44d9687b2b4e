import type { SegmentHints } from './segment';
import { RECOMMENDATIONS_SECTION } from './sections';

/*
 * A cheap look at a page before it is read: whether it has any cue that could make a list of
 * recommendations (a named label, a "(Paragraph N)" reference, a title naming recommendations,
 * conclusions or a response, or, for bold recommendations in a report's body, any bold text).
 * Without one the segmenter cannot accept a list, so a page with none is not read at all: the
 * content script costs almost nothing on the many pages of a supported site that hold no report.
 */

const NAMED_LABEL =
  /\b(?:recommendations?|conclusions?)\s+(?:no\.?\s*)?(?:\d|[ivxlc]{1,6}\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)|\bR\s?\d{1,3}\b/i;
const REFERENCE = /\(\s*para(?:graph)?s?\.?\s+\d/i;
/** Words a recommendations or response title has; the title itself is then checked properly. */
const TITLE_WORDS = /\b(?:recommendations?|conclusions?|responses?|reply|findings)\b/i;
const TITLES = 'h1, h2, h3, h4, h5, h6, [role="heading"], b, strong, th, dt, caption, title';
/** How many titles are looked at: enough for any real page's outline. */
const MAX_TITLES = 5_000;

export function mayHoldRecommendations(doc: Document, root: Element, hints: SegmentHints = {}): boolean {
  const text = root.textContent ?? '';
  if (NAMED_LABEL.test(text) || REFERENCE.test(text)) return true;
  if (TITLE_WORDS.test(doc.title)) return true;
  const titles = root.querySelectorAll(TITLES);
  for (let i = 0; i < titles.length && i < MAX_TITLES; i++) {
    const title = (titles[i]!.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (title.length <= 160 && TITLE_WORDS.test(title) && RECOMMENDATIONS_SECTION.test(title)) return true;
  }
  return hints.bodyParagraphs === true && root.querySelector('b, strong, [style*="font-weight"]') !== null;
}
