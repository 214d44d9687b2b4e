import type { Block } from '../document/block';

/*
 * Section titles that frame recommendations, and the outline of headings above each block.
 */

/**
 * "Conclusions and recommendations", "Summary of conclusions and recommendations", "List of
 * recommendations", "Recommendations", "Chapter 8: Recommendations", "Recommendations made by the
 * Committee", "Response to the Committee's recommendations", "Government response", "Dissenting report".
 */
export const RECOMMENDATIONS_SECTION =
  /^(?:(?:chapter|part|section)\s+[\dIVX]+\s*[:.–—-]?\s*|[\dIVX]{1,3}\.?\s*)?(?:(?:a\s+)?(?:summary|list|table)\s+of\s+(?:the\s+)?(?:committee['’]s\s+)?)?(?:(?:conclusions?|findings?|observations?)\s*(?:,\s*\w+\s*)?(?:and|&)\s+)?(?:(?:the\s+)?committee['’]s\s+|key\s+|our\s+)?recommendations?(?:\s+(?:and|&)\s+conclusions?)?(?:\s+(?:made\s+)?(?:by|of|from)\s+the\s+.{2,80})?:?$|^(?:(?:chapter|part)\s+[\dIVX]+\s*[:.–—-]?\s*|\d{1,2}\.?\s*)?(?:summary\s+of\s+)?conclusions?(?:\s+and\s+recommendations?)?$|\b(?:response|reply|responses)\s+to\s+(?:the\s+)?(?:committee['’]s\s+|report['’]s\s+)?(?:conclusions?\s+and\s+)?recommendations?\b|^(?:the\s+)?(?:uk\s+|hm\s+|australian\s+|scottish\s+|welsh\s+)?government(?:['’]s)?\s+responses?\b|^(?:dissenting|additional|minority)\s+(?:report|comments|views|recommendations)\b|^(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:committee|greens['’]?|coalition|labor|liberal|senators['’]?|members['’]?|dissenting|minority)\s+recommendations?$|^(?:the\s+)?(?:government['’]s\s+)?(?:response|reply)\s+to\s+the\s+(?:[\w’'-]+\s+){0,6}?(?:report|dissenting\s+report|additional\s+comments|minority\s+report)$|^(?:appendix|annex)\s*[\dA-Z]{0,3}\s*[:.–—-]?\s*.{0,60}\bresponse$/i;

/** A title that names a whole response document. */
const RESPONSE_TITLE = /\bresponses?\b/i;

/** Sections that end a list of conclusions (the report's back matter). */
const BACK_MATTER =
  /^(?:annex|appendix|formal minutes|witnesses|list of witnesses|published written evidence|list of (?:reports|written evidence|abbreviations|acronyms)|glossary|declarations? of (?:lords['’]? )?interests|call for evidence|members and declarations|footnotes|notes|references|bibliography)\b/i;

/** A title that opens the body of a report: a summary list set under bold lines before it has ended. */
const BODY_START = /^(?:(?:chapter\s+)?\d{1,2}[.:]?\s+)?introduction$|^chapter\s+\d{1,2}\b/i;

/** A title naming the list itself ("Summary of conclusions and recommendations"), not a response. */
const LIST_TITLE = /\b(?:conclusions|recommendations)\b/i;

export function isTitleBlock(block: Block): boolean {
  return block.role === 'heading' || block.pseudoHeading;
}

/** Heading level, pseudo-headings counting as the lowest. */
export function titleLevel(block: Block): number {
  return block.role === 'heading' ? (block.level ?? 6) : 7;
}

export interface Outline {
  /** For each block, the index of the nearest title above it (or -1). */
  nearest: Int32Array;
  /** For each block, whether a title above it (in its outline) names recommendations. */
  inRecommendations: Uint8Array;
}

/** One pass: the outline of titles above every block. */
export function outlineOf(blocks: readonly Block[]): Outline {
  const nearest = new Int32Array(blocks.length).fill(-1);
  const inRecommendations = new Uint8Array(blocks.length);
  const stack: { level: number; rec: boolean; list: boolean; index: number }[] = [];
  blocks.forEach((block, index) => {
    if (isTitleBlock(block) && !block.label?.named) {
      const level = titleLevel(block);
      // Set in bold like the titles of its groups, a recommendations title stays open under them.
      const keepsOpen = (entry: { level: number; rec: boolean }) => entry.rec && entry.level === 7 && level === 7;
      while (stack.length && stack.at(-1)!.level >= level && !keepsOpen(stack.at(-1)!)) stack.pop();
      // A page titled "Government response to…" names the document; "List of recommendations" names its content.
      const rec =
        block.text.length <= 160 &&
        RECOMMENDATIONS_SECTION.test(block.text) &&
        block.linkShare < 0.5 &&
        (level > 1 || !RESPONSE_TITLE.test(block.text));
      // A bold-line recommendations title has no level to close it: the body's first title does.
      const bodyAfterBoldList = BODY_START.test(block.text) && stack.some((entry) => entry.list && entry.level === 7);
      if (BACK_MATTER.test(block.text) || bodyAfterBoldList) stack.length = 0;
      stack.push({ level, rec, list: rec && LIST_TITLE.test(block.text), index });
    }
    nearest[index] = stack.at(-1)?.index ?? -1;
    inRecommendations[index] = stack.some((entry) => entry.rec) ? 1 : 0;
  });
  return { nearest, inRecommendations };
}
