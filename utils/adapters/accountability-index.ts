import type { Adapter, Detection } from './adapter';
import type { DetectedItem, ReportIdentity } from '../model';
import { itemKey } from '../items';
import { blocksAfter, findHeadings, headingLevel } from '../detect/blocks';
import { splitParagraphReference } from '../detect/paragraph-refs';
import { normalizeSpace, quoteFor, textOf } from '../detect/text';
import { parseStatusWords } from '../statuses';

const SOURCE_NAME = 'Accountability Index';
const PAGE_PATH = /^\/committees\/(\d+)\/recommendation\/(\d+)\/?$/;
const TITLE = /^Recommendation\s+(\S+)$/i;
const BREADCRUMB = /Select Committees\s*[·•›>|/]\s*(.+)$/i;

/** The blocks under a heading, up to the next heading of any level. */
function blocksUnder(heading: Element): Element[] {
  const out: Element[] = [];
  for (const block of blocksAfter(heading)) {
    if (headingLevel(block) !== undefined) break;
    out.push(block);
  }
  return out;
}

function joinedText(blocks: Element[]): string {
  return normalizeSpace(blocks.map(textOf).join(' '));
}

function committeeName(doc: Document, before: Element): string | undefined {
  for (const el of doc.querySelectorAll('nav, ol, ul, p, div')) {
    if (!(el.compareDocumentPosition(before) & 4 /* FOLLOWING */)) continue;
    const text = textOf(el);
    const match = text.length < 200 ? BREADCRUMB.exec(text) : null;
    if (match?.[1])
      return match[1]
        .split(/\s*[·•›>|/]\s*/)
        .at(-1)
        ?.trim();
  }
  return undefined;
}

/** The one-line headline between the title and the "Recommendation" heading. */
function headline(title: Element, recommendationHeading: Element, number: string): string | undefined {
  for (const block of blocksAfter(title)) {
    if (block === recommendationHeading) return undefined;
    const text = textOf(block);
    if (!text || new RegExp(`^${number}\\b`).test(text) || text.length < 20) continue;
    return text;
  }
  return undefined;
}

export const accountabilityIndex: Adapter = {
  id: 'accountability-index',

  matches(url) {
    return /^(www\.)?accountabilityindex\.uk$/.test(url.hostname) && PAGE_PATH.test(url.pathname);
  },

  detect(doc, url): Detection {
    const [, committeeId = '', recommendationId = ''] = PAGE_PATH.exec(url.pathname) ?? [];
    const report: ReportIdentity = {
      key: `accountabilityindex/committees/${committeeId}/recommendation/${recommendationId}`,
    };
    const empty: Detection = {
      page: { adapter: 'accountability-index', kind: 'other', url: url.href, report, items: [], skipped: 0 },
      blocks: [],
    };
    try {
      const title = findHeadings(doc, TITLE)[0];
      const number = title ? TITLE.exec(textOf(title))?.[1] : undefined;
      const recHeading = findHeadings(doc, /^Recommendation$/i)[0];
      if (!title || !number || !recHeading) return empty;
      const recBlocks = blocksUnder(recHeading);
      const first = recBlocks[0];
      if (!first) return empty;
      const { text, refs, tail } = splitParagraphReference(joinedText(recBlocks));
      if (!text) return empty;

      const summaryHeading = findHeadings(doc, /^Government Response Summary$/i)[0];
      const responseHeading = findHeadings(doc, /^Government Response\b(?!\s+Summary)/i)[0];
      const statusWords = responseHeading ? textOf(responseHeading).replace(/^Government Response/i, '') : '';
      const status = parseStatusWords(statusWords) ?? 'pending';
      // The response heading is followed by "HM Government Rejected" (who answered) and the answer.
      const answer = responseHeading ? [...blocksAfter(responseHeading)] : [];
      const respondentHeading = answer.find((el) => headingLevel(el) !== undefined);
      const answerBlocks = answer.filter((el) => headingLevel(el) === undefined);

      const item: DetectedItem = {
        key: itemKey(report.key, number),
        number,
        text,
        headline: headline(title, recHeading, number),
        section: tail || undefined,
        paragraphRefs: refs,
        quote: quoteFor(first, text),
        reading: { status, source: 'tracker', sourceName: SOURCE_NAME },
        response: {
          summary: summaryHeading ? joinedText(blocksUnder(summaryHeading)) || undefined : undefined,
          summarySource: 'tracker',
          text: joinedText(answerBlocks) || undefined,
          respondent: respondentHeading ? textOf(respondentHeading).replace(statusWords.trim(), '').trim() || undefined : undefined,
        },
      };
      return {
        page: {
          adapter: 'accountability-index',
          kind: 'tracker',
          url: url.href,
          report: { ...report, committee: committeeName(doc, title) },
          items: [item],
          skipped: 0,
        },
        blocks: [first],
      };
    } catch (error) {
      console.debug('[committee-lens] accountability-index: could not read the page', error);
      return { ...empty, page: { ...empty.page, skipped: 1 } };
    }
  },
};

// Pages:
// https://accountabilityindex.uk/committees/3/recommendation/1593/
