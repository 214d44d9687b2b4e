import type { Adapter, Detection } from './adapter';
import { probeReportPage } from '../detect/report-page';
import { parsePublicationsUrl } from '../report-key';
import { readReport } from './commons-report';

const ID = 'lords-report';

/**
 * House of Lords committee reports (`/pa/ld…/ldselect/…`) and joint committee reports of both
 * Houses (`/pa/jt…/jtselect/…`): the "Summary of conclusions and recommendations" (or
 * "Conclusions and recommendations") list, numbered `(i)`, `(ii)` … with "(paragraph N)" in older
 * reports, `1.` … `n.` with "(Paragraph N)" in newer ones. Roman numbers are kept as printed
 * ("iv"). Pages that print a government response are left to the response adapters.
 */
export const lordsReport: Adapter = {
  id: ID,

  matches(url, doc) {
    const house = parsePublicationsUrl(url)?.house;
    if ((house !== 'lords' && house !== 'joint') || !/\.html?$/.test(url.pathname)) return false;
    return !probeReportPage(doc).response;
  },

  detect(doc, url): Detection {
    return readReport(ID, doc, url);
  },
};

// Pages:
// https://publications.parliament.uk/pa/jt200203/jtselect/jtholref/17/1709.htm
// https://publications.parliament.uk/pa/jt201012/jtselect/jtdraftref/284/28408.htm
// https://publications.parliament.uk/pa/ld5901/ldselect/ldstatinq/9/909.htm
