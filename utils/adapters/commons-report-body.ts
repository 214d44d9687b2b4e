import type { Adapter, Detection } from './adapter';
import { isSplitReportPage, probeReportPage } from '../detect/report-page';
import { isCommonsCommitteePage, readReport } from './commons-report';

const ID = 'commons-report-body';

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
    return readReport(ID, doc, url);
  },
};

// Pages:
// https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25104.htm
// https://publications.parliament.uk/pa/cm200405/cmselect/cmtran/251/25103.htm
