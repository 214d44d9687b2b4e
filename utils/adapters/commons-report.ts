import type { Adapter, Detection } from './adapter';
import { contentRoot, readPage } from '../detect/read-page';
import { reportIdentityFromPage } from '../detect/report-identity';
import { isSplitReportPage, probeReportPage } from '../detect/report-page';
import { parsePublicationsUrl } from '../report-key';

const ID = 'commons-report';

/**
 * A report page on publications.parliament.uk (shared with `commons-report-body` and `lords-report`):
 * its list of conclusions and recommendations, or where the page has none, the recommendations set
 * in bold inside its numbered paragraphs.
 */
export function readReport(id: string, doc: Document, url: URL): Detection {
  return readPage(doc, url, {
    adapter: id,
    root: contentRoot(doc),
    // A whole report on one page has its list; bold body paragraphs are read on the pages of a split report.
    hints: { kind: 'report', bodyParagraphs: !/\/report\.html?$/.test(url.pathname) },
    report: reportIdentityFromPage(doc, url),
  });
}

/** A Commons committee page on publications.parliament.uk. */
export function isCommonsCommitteePage(url: URL): boolean {
  return parsePublicationsUrl(url)?.house === 'commons' && /\.html?$/.test(url.pathname);
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
    return readReport(ID, doc, url);
  },
};

// Pages:
// https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html
// https://publications.parliament.uk/pa/cm201415/cmselect/cmliaisn/954/95413.htm
// https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25107.htm
