import type { Adapter, Detection } from './adapter';
import type { DetectedItem } from '../model';
import { PENDING_READING, itemKey } from '../items';
import { readNumberedList, type ListReading, type NumberStyle } from '../detect/numbered-list';
import { reportIdentityFromPage } from '../detect/report-identity';
import { findConclusionsTitles, isSplitReportPage, probeReportPage } from '../detect/report-page';
import { quoteFor } from '../detect/text';
import { parsePublicationsUrl } from '../report-key';

const ID = 'commons-report';

/** A Commons committee page on publications.parliament.uk. */
export function isCommonsCommitteePage(url: URL): boolean {
  return parsePublicationsUrl(url)?.house === 'commons' && /\.html?$/.test(url.pathname);
}

/**
 * A body chapter that happens to be titled "Conclusions and recommendations": its paragraphs run
 * on from the report's numbering (not from 1) and none points back to another paragraph.
 */
function looksLikeBodyChapter(reading: ListReading): boolean {
  const first = reading.items[0];
  return first !== undefined && first.number !== '1' && first.number !== 'i' && reading.items.every((item) => item.refs.length === 0);
}

/**
 * The page's list of conclusions and recommendations as items (shared with `lords-report`). The
 * last list on the page is the report's own; an earlier one may be a quoted summary.
 */
export function detectConclusionsList(id: string, doc: Document, url: URL, styles: readonly NumberStyle[]): Detection {
  const report = reportIdentityFromPage(doc, url);
  const items: DetectedItem[] = [];
  const blocks: Element[] = [];
  let reading: ListReading = { items: [], skipped: 0 };
  try {
    for (const start of findConclusionsTitles(doc).reverse()) {
      reading = readNumberedList(start, styles);
      if (looksLikeBodyChapter(reading)) reading = { items: [], skipped: reading.skipped };
      if (reading.items.length) break;
    }
  } catch (error) {
    console.debug(`[committee-lens] ${id}: could not read the list`, error);
    reading = { items: [], skipped: reading.skipped + 1 };
  }
  let skipped = reading.skipped;
  for (const listed of reading.items) {
    try {
      items.push({
        key: itemKey(report.key, listed.number),
        number: listed.number,
        text: listed.text,
        section: listed.section,
        paragraphRefs: listed.refs,
        quote: quoteFor(listed.block, listed.text),
        reading: PENDING_READING,
      });
      blocks.push(listed.block);
    } catch (error) {
      skipped++;
      console.debug(`[committee-lens] ${id}: skipped an item`, error);
    }
  }
  return {
    page: { adapter: id, kind: items.length ? 'report' : 'other', url: url.href, report, items, skipped },
    blocks,
  };
}

/**
 * The list of conclusions and recommendations near the end of a Commons report, numbered 1…n,
 * each ending "(Paragraph N)": the whole report on one page (`…/report.html`), or the page of a
 * split report that holds the list. A split report's other pages are `commons-report-body`'s;
 * pages that print a government response (Special Reports) are left to the response adapters.
 */
export const commonsReport: Adapter = {
  id: ID,

  matches(url, doc) {
    if (!isCommonsCommitteePage(url)) return false;
    const probe = probeReportPage(doc);
    return !probe.response && (probe.conclusions || !isSplitReportPage(url));
  },

  detect(doc, url): Detection {
    return detectConclusionsList(ID, doc, url, ['arabic']);
  },
};

// Pages:
// https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html
// https://publications.parliament.uk/pa/cm201415/cmselect/cmliaisn/954/95413.htm
// https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25107.htm
