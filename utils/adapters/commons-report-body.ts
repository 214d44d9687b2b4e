import type { Adapter, Detection } from './adapter';
import type { DetectedItem } from '../model';
import { PENDING_READING, itemKey } from '../items';
import { headingLevel, isInsideNavigation } from '../detect/blocks';
import { boldRuns } from '../detect/bold-runs';
import { reportIdentityFromPage } from '../detect/report-identity';
import { isSplitReportPage, probeReportPage } from '../detect/report-page';
import { quoteFor, textOf } from '../detect/text';
import { isCommonsCommitteePage } from './commons-report';

const ID = 'commons-report-body';
const NUMBERED = /^(\d{1,3})\.(?!\d)\s*/;
/** Fewer words than this in bold is emphasis, not a recommendation. */
const MIN_WORDS = 8;
/** A recommendation is one or more sentences; a bold run without closing punctuation is a lead-in title. */
const SENTENCE_END = /[.!?:;]["'”’)\]]*$/;
const WALK = 'h1, h2, h3, h4, h5, h6, [role="heading"], p, li, hr';

interface BodyParagraph {
  number: string;
  block: Element;
  section: string | undefined;
  runs: string[];
}

function isRecommendation(run: string): boolean {
  return run.split(' ').length >= MIN_WORDS && SENTENCE_END.test(run);
}

/**
 * A body page of a Commons report split over several pages (`…/251/25104.htm`): the committee's
 * conclusions and recommendations are set in bold inside its numbered paragraphs, which are
 * numbered straight through the report. Each numbered paragraph holding one becomes an item
 * numbered by the paragraph (`numbering: 'paragraph'`). Pages with a "Conclusions and
 * recommendations" list are `commons-report`'s; Special Reports are left to the response adapters.
 */
export const commonsReportBody: Adapter = {
  id: ID,

  matches(url, doc) {
    if (!isCommonsCommitteePage(url) || !isSplitReportPage(url)) return false;
    const probe = probeReportPage(doc);
    return !probe.conclusions && !probe.response;
  },

  detect(doc, url): Detection {
    const report = reportIdentityFromPage(doc, url);
    const items: DetectedItem[] = [];
    const blocks: Element[] = [];
    let skipped = 0;

    const emit = (paragraph: BodyParagraph | undefined) => {
      if (!paragraph) return;
      try {
        const text = paragraph.runs.filter(isRecommendation).join(' ');
        if (!text) return;
        items.push({
          // Body paragraph numbers are their own sequence: keep them apart from recommendation numbers.
          key: itemKey(report.key, `para-${paragraph.number}`),
          number: paragraph.number,
          numbering: 'paragraph',
          text,
          section: paragraph.section,
          paragraphRefs: [paragraph.number],
          quote: quoteFor(paragraph.block, text),
          reading: PENDING_READING,
        });
        blocks.push(paragraph.block);
      } catch (error) {
        skipped++;
        console.debug(`[committee-lens] ${ID}: skipped a paragraph`, error);
      }
    };

    let section: string | undefined;
    let current: BodyParagraph | undefined;
    let lastNumber = 0;
    for (const el of doc.querySelectorAll(WALK)) {
      try {
        if (isInsideNavigation(el) || el.closest('blockquote')) continue;
        if (headingLevel(el) !== undefined || el.localName === 'hr') {
          // A heading, or the rule above the footnotes, ends the paragraph.
          emit(current);
          current = undefined;
          if (el.localName !== 'hr') section = textOf(el) || undefined;
          continue;
        }
        if (el.querySelector('p, li')) continue;
        const text = textOf(el);
        const match = el.localName === 'p' ? NUMBERED.exec(text) : null;
        const number = match ? Number(match[1]) : 0;
        if (match && number > lastNumber) {
          emit(current);
          lastNumber = number;
          const prefix = new RegExp(`^${number}\\.(?!\\d)\\s*`);
          current = { number: String(number), block: el, section, runs: boldRuns(el).map((run) => run.replace(prefix, '')) };
        } else if (match) {
          // A number out of sequence (a footnote, a quoted list) is not part of the paragraph.
          emit(current);
          current = undefined;
        } else if (current && text) {
          // Sub-paragraphs and lists that continue the numbered paragraph.
          current.runs.push(...boldRuns(el));
        }
      } catch (error) {
        skipped++;
        console.debug(`[committee-lens] ${ID}: skipped a block`, error);
      }
    }
    emit(current);

    return {
      page: { adapter: ID, kind: items.length ? 'report' : 'other', url: url.href, report, items, skipped },
      blocks,
    };
  },
};

// Pages:
// https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25104.htm
// https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25103.htm
