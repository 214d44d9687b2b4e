import type { Adapter, Detection } from './adapter';
import type { DetectedItem, ReportIdentity } from '../model/model';
import type { Block } from '../document/block';
import { readDocument } from '../document/read-document';
import { itemKey } from '../model/items';
import { contentRoot } from '../detect/read-page';
import { isTitleBlock, titleLevel } from '../detect/sections';
import { splitParagraphReference } from '../detect/paragraph-refs';
import { normalizeSpace, quoteFor, textOf } from '../detect/text';
import { parseStatusWords } from '../model/statuses';

const SOURCE_NAME = 'Accountability Index';
const PAGE_PATH = /^\/committees\/(\d+)\/recommendation\/(\d+)\/?$/;
const TITLE = /^Recommendation\s+(\S+)$/i;
const BREADCRUMB = /Select Committees\s*[·•›>|/]\s*(.+)$/i;

/** The first title (a heading, or a line set as one) from `from` on whose text matches `pattern`. */
function findTitle(blocks: readonly Block[], pattern: RegExp, from = 0): number {
  for (let k = from; k < blocks.length; k++) if (isTitleBlock(blocks[k]!) && pattern.test(blocks[k]!.text)) return k;
  return -1;
}

/** The blocks under the title at `at`, up to the next title. */
function blocksUnder(blocks: readonly Block[], at: number): Block[] {
  const out: Block[] = [];
  for (let k = at + 1; k < blocks.length && !isTitleBlock(blocks[k]!); k++) if (!blocks[k]!.note) out.push(blocks[k]!);
  return out;
}

function joinedText(blocks: readonly Block[]): string {
  return normalizeSpace(blocks.map((block) => block.text).join(' '));
}

/** The committee the breadcrumb names ("Source · Select Committees · Justice Committee"): the report's identity. */
function committeeName(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll('nav, [aria-label*="readcrumb" i]')) {
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
function headline(blocks: readonly Block[], title: number, recommendation: number, number: string): string | undefined {
  for (let k = title + 1; k < recommendation; k++) {
    const text = blocks[k]!.text;
    if (!text || new RegExp(`^${number}\\b`).test(text) || text.length < 20) continue;
    return text;
  }
  return undefined;
}

/** The answer under "Government Response …": who answered (its first sub-title) and the text, up to a title as high. */
function answerAfter(blocks: readonly Block[], at: number): { respondent?: string; text: Block[] } {
  const level = titleLevel(blocks[at]!);
  let respondent: string | undefined;
  const text: Block[] = [];
  for (let k = at + 1; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (isTitleBlock(block)) {
      if (titleLevel(block) <= level) break;
      respondent ??= block.text;
    } else if (!block.note) text.push(block);
  }
  return { respondent, text };
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
      const blocks = readDocument(contentRoot(doc) ?? doc.body).blocks;
      const title = findTitle(blocks, TITLE);
      const number = title >= 0 ? TITLE.exec(blocks[title]!.text)?.[1] : undefined;
      const recHeading = findTitle(blocks, /^Recommendation$/i, title + 1);
      if (title < 0 || !number || recHeading < 0) return empty;
      const recBlocks = blocksUnder(blocks, recHeading);
      const first = recBlocks[0];
      if (!first) return empty;
      const { text, refs, tail } = splitParagraphReference(joinedText(recBlocks));
      if (!text) return empty;

      const summaryHeading = findTitle(blocks, /^Government Response Summary$/i, recHeading + 1);
      const responseHeading = findTitle(blocks, /^Government Response\b(?!\s+Summary)/i, recHeading + 1);
      const statusWords = responseHeading >= 0 ? blocks[responseHeading]!.text.replace(/^Government Response/i, '') : '';
      const status = parseStatusWords(statusWords) ?? 'pending';
      // The response heading is followed by "HM Government Rejected" (who answered) and the answer.
      const answer = responseHeading >= 0 ? answerAfter(blocks, responseHeading) : { text: [] };

      const item: DetectedItem = {
        key: itemKey(report.key, number),
        number,
        text,
        headline: headline(blocks, title, recHeading, number),
        section: tail || undefined,
        paragraphRefs: refs,
        quote: quoteFor(first.el, text),
        reading: { status, source: 'tracker', sourceName: SOURCE_NAME },
        response: {
          summary: summaryHeading >= 0 ? joinedText(blocksUnder(blocks, summaryHeading)) || undefined : undefined,
          summarySource: 'tracker',
          text: joinedText(answer.text) || undefined,
          respondent: answer.respondent?.replace(statusWords.trim(), '').trim() || undefined,
        },
      };
      return {
        page: {
          adapter: 'accountability-index',
          kind: 'tracker',
          url: url.href,
          report: { ...report, committee: committeeName(doc) },
          items: [item],
          skipped: 0,
        },
        blocks: [first.el],
      };
    } catch (error) {
      console.debug('[committee-lens] accountability-index: could not read the page', error);
      return { ...empty, page: { ...empty.page, skipped: 1 } };
    }
  },
};

// Pages:
// https://accountabilityindex.uk/committees/3/recommendation/1593/
