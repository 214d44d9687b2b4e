import type { Adapter, Detection } from './adapter';
import type { Block } from '../document/block';
import type { ReportIdentity } from '../model/model';
import { contentRoot, readPage } from '../detect/read-page';
import { probeReportPage } from '../detect/report-page';
import { committeeFromTitle, findReportReference, findRespondent, normalizeRespondent } from '../detect/report-reference';
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

function reportTitle(doc: Document): string | undefined {
  for (const h1 of doc.querySelectorAll('h1')) {
    const text = textOf(h1);
    if (text && !ONLY_ORDINAL.test(text)) return text;
  }
  return normalizeSpace(doc.title.replace(/^House of Commons\s*[-–—]\s*/i, '')) || undefined;
}

function pageCommittee(doc: Document, blocks: readonly Block[]): string | undefined {
  for (const block of blocks) {
    if (block.text.length > 120) continue;
    if (/^Select Committee on /.test(block.text)) return committeeFromTitle(block.text);
    if (COVER_COMMITTEE.test(block.text)) return block.text;
  }
  return committeeFromTitle(normalizeSpace(doc.title));
}

/** How far back a recommendation looks for the heading of the response it is in. */
const RESPONDENT_LOOKBACK = 5_000;
/** How many blocks of the introduction are read for who answered. */
const INTRO_BLOCKS = 400;

/**
 * Who answered the recommendation at `at`: the nearest appendix heading above it names them
 * ("Appendix 2: Ofsted response"); under "Government response" the introduction may name the
 * department ("Defra's response").
 */
function respondentAt(blocks: readonly Block[], at: number, memo: Map<number, string>): string {
  let named: string | undefined;
  let headingAt = 0;
  for (let k = at - 1; k >= Math.max(0, at - RESPONDENT_LOOKBACK); k--) {
    const block = blocks[k]!;
    const match = block.role === 'heading' ? RESPONSE_HEADING.exec(block.text) : null;
    if (match) {
      named = normalizeRespondent(match[1] ?? match[2] ?? '');
      headingAt = k;
      break;
    }
  }
  if (named && named !== GOVERNMENT) return named;
  // Read once per response: the introduction up to its first recommendation.
  let found = memo.get(headingAt);
  if (found === undefined) {
    found = findRespondent(blocks.slice(0, Math.min(at, INTRO_BLOCKS)).map((block) => block.text)) ?? named ?? GOVERNMENT;
    memo.set(headingAt, found);
  }
  return found;
}

/**
 * A Commons Special Report printing the government's response: each recommendation quoted
 * (numbered, in bold or italics, or under a "Recommendation N" heading), then the answer.
 */
export const commonsSpecialReport: Adapter = {
  id: ID,

  matches(url, doc) {
    // The same probe `commons-report` and `commons-report-body` use to leave these pages to us.
    return isCommonsCommitteePage(url) && probeReportPage(doc).response;
  },

  detect(doc, url): Detection {
    const identity = parsePublicationsUrl(url) ?? { key: `${url.origin}${url.pathname}` };
    const report: ReportIdentity = { ...identity, title: reportTitle(doc) };
    let committee: string | undefined;
    const respondents = new Map<number, string>();
    const detection = readPage(doc, url, {
      adapter: ID,
      root: contentRoot(doc),
      hints: { kind: 'response' },
      report,
      respondsTo: (intro) => {
        committee = pageCommittee(doc, intro);
        const reference = findReportReference(
          intro.map((block) => block.el),
          url,
        );
        return reference || committee ? { ...reference, committee: reference?.committee ?? committee } : undefined;
      },
      respondent: (blocks, at) => respondentAt(blocks, at, respondents),
    });
    report.committee = committee ?? committeeFromTitle(normalizeSpace(doc.title));
    return detection;
  },
};

// Pages:
// https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html
// https://publications.parliament.uk/pa/cm201314/cmselect/cmenvfru/1283/128304.htm
// https://publications.parliament.uk/pa/cm200708/cmselect/cmberr/1006/100604.htm
// https://publications.parliament.uk/pa/cm200001/cmselect/cmdfence/516/51613.htm
