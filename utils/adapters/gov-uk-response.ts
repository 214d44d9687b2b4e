import type { Adapter, Detection } from './adapter';
import type { ReportIdentity, ReportReference } from '../model/model';
import { contentRoot, readPage } from '../detect/read-page';
import { findReportReference, findRespondent, parseResponseTitle } from '../detect/report-reference';
import { normalizeSpace, textOf } from '../detect/text';
import { canonicalKey } from '../report-key';

const ID = 'gov-uk-response';
/** An HTML publication sits one level below its landing page: /government/publications/<slug>/<slug>. */
const HTML_PUBLICATION = /^\/government\/publications\/[^/]+\/[^/]+\/?$/;
const RESPONSE_WORD = /\b(?:response|reply)\b/i;
/** How many blocks of the introduction are read for who answered. */
const INTRO_BLOCKS = 400;
const COMMAND_PAPER = /\b(CP|Cm|Cmd)\s?(\d{2,5})\b/;

function title(doc: Document): string {
  const h1 = doc.querySelector('h1');
  return (h1 ? textOf(h1) : '') || normalizeSpace(doc.title.replace(/\s+-\s+GOV\.UK$/, ''));
}

/** The publishing organisations in GOV.UK's metadata ("From: Ministry of Justice"). */
function fromOrganisations(doc: Document): string | undefined {
  for (const term of doc.querySelectorAll('dt')) {
    if (!/^From:?$/i.test(textOf(term))) continue;
    const definition = term.nextElementSibling;
    if (!definition) continue;
    const links = [...definition.querySelectorAll('a')].map(textOf).filter(Boolean);
    return (links.length ? links.join(' and ') : textOf(definition)) || undefined;
  }
  for (const el of doc.querySelectorAll('p, div, span')) {
    if (el.children.length > 3) continue;
    const match = /^From:\s*(.{2,120})$/.exec(textOf(el));
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** The Command Paper number near the top of the page ("CP 1240"). */
function commandPaper(doc: Document): string | undefined {
  const top = (contentRoot(doc)?.textContent ?? '').slice(0, 20_000);
  const match = COMMAND_PAPER.exec(top);
  return match ? `${match[1]} ${match[2]}` : undefined;
}

/** What the body says about the answered report, filled in from what the title says. */
function mergeReferences(...references: (ReportReference | undefined)[]): ReportReference | undefined {
  const merged: ReportReference = {};
  for (const reference of references) {
    for (const [key, value] of Object.entries(reference ?? {}) as [keyof ReportReference, string | undefined][]) {
      if (value && !merged[key]) merged[key] = value;
    }
  }
  return Object.keys(merged).length ? merged : undefined;
}

export const govUkResponse: Adapter = {
  id: ID,

  matches(url, doc) {
    return url.hostname === 'www.gov.uk' && HTML_PUBLICATION.test(url.pathname) && RESPONSE_WORD.test(title(doc));
  },

  detect(doc, url): Detection {
    const pageTitle = title(doc);
    // One publisher answers the whole publication: read once.
    let respondent: string | undefined;
    const report: ReportIdentity = { key: canonicalKey(url), title: pageTitle || undefined, paperNumber: commandPaper(doc) };
    return readPage(doc, url, {
      adapter: ID,
      root: contentRoot(doc),
      hints: { kind: 'response' },
      report,
      respondsTo: (intro) =>
        mergeReferences(
          findReportReference(
            intro.map((block) => block.el),
            url,
          ),
          parseResponseTitle(pageTitle),
        ),
      respondent: (blocks, at) =>
        (respondent ??=
          fromOrganisations(doc) ??
          findRespondent(blocks.slice(0, Math.min(at, INTRO_BLOCKS)).map((block) => block.text)) ??
          'HM Government'),
    });
  },
};

// Pages:
// https://www.gov.uk/government/publications/government-response-to-the-house-of-lords-statutory-inquiries-committee-report-enhancing-public-trust/government-response-to-the-house-of-lords-statutory-inquiries-committee-report-enhancing-public-trust-html
// https://www.gov.uk/government/publications/<slug>/<slug> (CP 1240, UK Government Response to the Covid-19 Inquiry Module 1 Report)
