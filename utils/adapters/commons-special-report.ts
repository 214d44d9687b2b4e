import type { Adapter, Detection } from './adapter';
import type { DetectedItem, ReportIdentity, ReportReference } from '../model';
import { blocksAfter, findHeadings } from '../detect/blocks';
import { probeReportPage } from '../detect/report-page';
import { committeeFromTitle, findReportReference, findRespondent, normalizeRespondent } from '../detect/report-reference';
import { readResponseEntries } from '../detect/response-blocks';
import { blocksWithin } from '../detect/response-page-blocks';
import { blocksBefore, inDocumentOrder, responseItems } from '../detect/response-items';
import { findResponseTables, readResponseTable } from '../detect/response-table';
import { normalizeSpace, textOf } from '../detect/text';
import { parsePublicationsUrl } from '../report-key';
import { isCommonsCommitteePage } from './commons-report';

const ID = 'commons-special-report';
/** "Appendix: Government Response", "Government response", "Appendix 1: Ministry of Justice response". */
const RESPONSE_HEADING =
  /^(?:(?:appendix|annex)\s*[a-z\d]{0,3}\s*[:.–—-]?\s*(?:the\s+)?(.{2,80}?)|(?:the\s+)?((?:hm\s+|uk\s+)?government))(?:['’]s)?\s+(?:response|reply)$/i;
const GOVERNMENT = 'HM Government';
const ONLY_ORDINAL = /^[A-Z][a-z]+(?:-[a-z]+)?\s+Special Report$/;
const COVER_COMMITTEE = /^[A-Z][\w ,’'&-]{2,80} Committee$/;

function contentRoot(doc: Document): Element | undefined {
  return doc.querySelector('main, [role="main"]') ?? doc.body ?? undefined;
}

function reportTitle(doc: Document): string | undefined {
  for (const h1 of doc.querySelectorAll('h1')) {
    const text = textOf(h1);
    if (text && !ONLY_ORDINAL.test(text)) return text;
  }
  return normalizeSpace(doc.title.replace(/^House of Commons\s*[-–—]\s*/i, '')) || undefined;
}

function pageCommittee(doc: Document, root: Element | undefined): string | undefined {
  for (const el of root?.querySelectorAll('p, div, span') ?? []) {
    if (el.children.length > 1) continue;
    const text = textOf(el);
    if (text.length > 120) continue;
    if (/^Select Committee on /.test(text)) return committeeFromTitle(text);
    if (COVER_COMMITTEE.test(text)) return text;
  }
  return committeeFromTitle(normalizeSpace(doc.title));
}

/** "HM Government", or who the appendix heading names ("Appendix: Ministry of Justice response"). */
function respondentFromHeading(heading: Element | undefined): string | undefined {
  const match = heading ? RESPONSE_HEADING.exec(textOf(heading)) : null;
  const name = match?.[1] ?? match?.[2];
  return name ? normalizeRespondent(name) : undefined;
}

interface ResponsePart {
  heading?: Element;
  blocks: Element[];
}

/** Each appended response under its own heading; without one, the whole page. */
function responseParts(doc: Document, root: Element | undefined): ResponsePart[] {
  const parts: ResponsePart[] = [];
  for (const heading of findHeadings(doc, RESPONSE_HEADING)) {
    if (parts.some((part) => part.blocks.includes(heading))) continue;
    parts.push({ heading, blocks: [...blocksAfter(heading)] });
  }
  return parts.length ? parts : [{ blocks: root ? blocksWithin(root) : [] }];
}

export const commonsSpecialReport: Adapter = {
  id: ID,

  matches(url, doc) {
    // The same probe `commons-report` and `commons-report-body` use to leave these pages to us.
    return isCommonsCommitteePage(url) && probeReportPage(doc).response;
  },

  detect(doc, url): Detection {
    const root = contentRoot(doc);
    const committee = pageCommittee(doc, root);
    const identity = parsePublicationsUrl(url) ?? { key: `${url.origin}${url.pathname}` };
    const report: ReportIdentity = { ...identity, title: reportTitle(doc), committee };
    const items: DetectedItem[] = [];
    const blocks: Element[] = [];
    let skipped = 0;
    let respondsTo: ReportReference | undefined;
    try {
      const pageBlocks = root ? blocksWithin(root) : [];
      const tables = root ? findResponseTables(root) : [];
      const parts = responseParts(doc, root);
      parts.forEach((part, index) => {
        // A response table belongs to the appendix it sits in (or, outside any, to the first).
        const own = tables.filter((table) => {
          const home = parts.findIndex((p) => p.blocks.some((b) => table.contains(b)));
          return home === index || (home < 0 && index === 0);
        });
        const scope = part.blocks.filter((block) => !tables.some((table) => table.contains(block)));
        // Without a response heading, bold committee text may stand beside the response: quotes must carry their reference.
        const running = readResponseEntries(scope, { requireReference: !part.heading });
        const tabled = own.map(readResponseTable);
        skipped += running.skipped + tabled.reduce((sum, t) => sum + t.skipped, 0);
        const entries = inDocumentOrder(
          running.entries,
          tabled.flatMap((t) => t.entries),
        );
        const intro = blocksBefore(pageBlocks, entries[0]?.block);
        if (index === 0) {
          const reference = findReportReference(intro, url);
          respondsTo = reference || committee ? { ...reference, committee: reference?.committee ?? committee } : undefined;
        }
        // "Appendix 2: Ofsted response" names who answered; a "Government response" may say which department.
        const named = respondentFromHeading(part.heading);
        const respondent = named && named !== GOVERNMENT ? named : (findRespondent(intro.map(textOf)) ?? named ?? GOVERNMENT);
        const read = responseItems(entries, report.key, respondent);
        items.push(...read.items);
        blocks.push(...read.blocks);
        skipped += read.skipped;
      });
    } catch (error) {
      skipped++;
      console.debug(`[committee-lens] ${ID}: could not read the page`, error);
    }

    return {
      page: { adapter: ID, kind: items.length ? 'response' : 'other', url: url.href, report, respondsTo, items, skipped },
      blocks,
    };
  },
};

// Pages:
// https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html
// https://publications.parliament.uk/pa/cm201314/cmselect/cmenvfru/1283/128304.htm
// https://publications.parliament.uk/pa/cm200708/cmselect/cmberr/1006/100604.htm
// https://publications.parliament.uk/pa/cm200001/cmselect/cmdfence/516/51613.htm
