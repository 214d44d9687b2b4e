import type { Detection } from '../adapters/adapter';
import type { Block } from '../document/block';
import { readDocument } from '../document/read-document';
import { PENDING_READING, itemKey } from '../model/items';
import type { DetectedItem, PageKind, ReportIdentity, ReportReference, StatusReading } from '../model/model';
import type { VerdictLabel } from './response-labels';
import { mayHoldRecommendations } from './page-probe';
import { segment, type Segment, type SegmentHints } from './segment';
import { quoteFor } from './text';

/*
 * What every adapter runs: the page's content read once into blocks, segmented into
 * recommendations (and answers), and turned into detected items under the report's identity.
 * Adapters supply only site facts: where the content is, what the report is, how to read it.
 */

/** Name shown for statuses read from a label the response itself gives ("Accepted"). */
export const LABEL_SOURCE_NAME = 'the response’s own label';

export interface PageFacts {
  /** The adapter's id. */
  adapter: string;
  /** The element holding the page's content (default: the body). */
  root?: Element | null;
  hints?: SegmentHints;
  /** The document on this page. */
  report: ReportIdentity;
  /** On response pages: the report answered, from the blocks before the first recommendation. */
  respondsTo?: (intro: readonly Block[]) => ReportReference | undefined;
  /**
   * On response pages: who answered the recommendation at `at`, from the blocks before it (a Special
   * Report may append several responses, each under its own heading).
   */
  respondent?: (blocks: readonly Block[], at: number) => string | undefined;
}

function readingOf(verdict: VerdictLabel | undefined): StatusReading {
  // Only an explicit label on the page sets a status here; reading the prose is the classifier's job.
  return verdict ? { status: verdict.status, source: 'tracker', sourceName: LABEL_SOURCE_NAME, evidence: verdict.words } : PENDING_READING;
}

/** The item's key: its number; a further list's repeated number, or a body paragraph, kept apart. */
function keyNumber(segment: Segment, used: Set<string>): string {
  if (segment.numbering === 'paragraph') return `para-${segment.number}`;
  if (!used.has(segment.number)) return segment.number;
  return `${segment.number}~${segment.list + 1}`;
}

/** Read a page with the shared reader. Never throws. */
export function readPage(doc: Document, url: URL, facts: PageFacts): Detection {
  const { report } = facts;
  const empty = (skipped: number, kind: PageKind = 'other'): Detection => ({
    page: { adapter: facts.adapter, kind, url: url.href, report, items: [], skipped },
    blocks: [],
  });
  const root = facts.root ?? doc.body;
  if (!root) return empty(0);
  let model;
  let found;
  try {
    if (!mayHoldRecommendations(doc, root, facts.hints)) return empty(0);
    model = readDocument(root);
    found = segment(model, facts.hints);
  } catch (error) {
    console.debug(`[committee-lens] ${facts.adapter}: could not read the page`, error);
    return empty(1);
  }
  if (!found.segments.length) return empty(found.skipped);

  const response = found.kind === 'response';
  const intro = model.blocks.slice(0, found.segments[0]!.at);
  let respondsTo: ReportReference | undefined;
  try {
    respondsTo = response ? facts.respondsTo?.(intro) : undefined;
  } catch (error) {
    console.debug(`[committee-lens] ${facts.adapter}: could not read the introduction`, error);
  }
  const respondentAt = (at: number) => facts.respondent?.(model.blocks, at) ?? 'HM Government';

  const items: DetectedItem[] = [];
  const blocks: Element[] = [];
  const used = new Set<string>();
  let skipped = found.skipped;
  for (const seg of found.segments) {
    try {
      const number = keyNumber(seg, used);
      used.add(number);
      items.push({
        key: itemKey(report.key, number),
        number: seg.number,
        ...(seg.numbering ? { numbering: seg.numbering } : {}),
        text: seg.text,
        headline: seg.headline,
        section: seg.section,
        paragraphRefs: seg.refs,
        quote: quoteFor(seg.el, seg.text),
        reading: readingOf(seg.verdict),
        ...(response && seg.answer ? { response: { text: seg.answer, respondent: respondentAt(seg.at) } } : {}),
      });
      blocks.push(seg.el);
    } catch (error) {
      skipped++;
      console.debug(`[committee-lens] ${facts.adapter}: skipped an item`, error);
    }
  }
  return {
    page: { adapter: facts.adapter, kind: found.kind, url: url.href, report, ...(respondsTo ? { respondsTo } : {}), items, skipped },
    blocks,
  };
}

/** The element holding a page's content: its `<main>` (or the one article) when it has one, else the body. */
export function contentRoot(doc: Document): Element | null {
  const main = doc.querySelector('main, [role="main"]');
  // A main that holds paragraphs (not an empty shell beside the real content); no text is read here.
  if (main?.querySelector('p, li, td, dd, blockquote')) return main;
  return doc.body;
}
