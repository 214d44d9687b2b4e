import type { Adapter, Detection } from './adapter';
import type { ReportIdentity, ReportReference } from '../model/model';
import { readPage } from '../detect/read-page';
import { normalizeSpace, textOf } from '../detect/text';
import { OTHER_PARLIAMENT_SITES, matchesPattern } from '../sites';

/*
 * Other parliaments (Australia, Scotland, Wales, New Zealand, Canada): the shared reader with no
 * site knowledge beyond the page's identity. Whether the page is a report or a response is left to
 * the page's own cues.
 */

const ID = 'generic';
/** "Recommendations", "List of recommendations", "Conclusions and recommendations": a page of a split report, not its title. */
const LIST_TITLE =
  /^(?:(?:chapter\s+)?\d+(?:\.\d+)*\.?\s+)?(?:(?:list|summary) of\s+)?(?:(?:conclusions|findings) and\s+)?recommendations(?:\s+(?:made by|of)\s+the\s+committee)?:?$/i;

function reportKey(url: URL): string {
  const params = [...url.searchParams].filter(([name]) => !/^utm_/i.test(name));
  const search = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${url.origin}${url.pathname}${search}`;
}

function pageTitle(doc: Document): string | undefined {
  const h1 = [...doc.querySelectorAll('h1')].find((el) => !el.closest('nav, header, footer'));
  const text = h1 ? textOf(h1) : normalizeSpace(doc.title);
  // A report split into pages titles one of them "List of recommendations": that is not the report's title.
  return text && !LIST_TITLE.test(text) ? text : undefined;
}

/** "Australian Government response to the Joint Standing Committee on … report: Inquiry into …" */
function respondsTo(title: string | undefined): ReportReference | undefined {
  const match = title ? /\bresponse\s+to\s+the\s+(.+?)\s+report\s*[:–—-]\s*(.+)$/i.exec(title) : null;
  if (!match) return undefined;
  return { committee: match[1], title: match[2] };
}

/** A page title that says it is a government response (not a report that mentions one). */
const RESPONSE_PAGE = /^(?:the\s+)?(?:\S+\s+){0,2}government(?:['’]s)?\s+response\b/i;

export const generic: Adapter = {
  id: ID,

  matches(url) {
    return OTHER_PARLIAMENT_SITES.some((site) => site.matches.some((pattern) => matchesPattern(url, pattern)));
  },

  detect(doc, url): Detection {
    const title = pageTitle(doc);
    // Who answers on this parliament's site (the shared reader would say HM Government).
    const government = OTHER_PARLIAMENT_SITES.find((site) => site.matches.some((pattern) => matchesPattern(url, pattern)))?.government;
    const report: ReportIdentity = { key: reportKey(url), title };
    return readPage(doc, url, {
      adapter: ID,
      root: doc.body,
      hints: RESPONSE_PAGE.test(title ?? '') ? { kind: 'response' } : {},
      report,
      respondsTo: () => respondsTo(title),
      ...(government ? { respondent: () => government } : {}),
    });
  },
};

// Pages:
// https://www.aph.gov.au/Parliamentary_Business/Committees/Joint/National_Disability_Insurance_Scheme/IndependentAssessments/Report
// https://www.aph.gov.au/Parliamentary_Business/Tabled_Documents/ (Australian Government responses, tabled as PDFs)
// https://digitalpublications.parliament.scot/Committees/Report/
// https://senedd.wales/committees/
// https://www.parliament.nz/en/pb/sc/reports/
// https://www.ourcommons.ca/DocumentViewer/en/44-1/HESA/report-10/
