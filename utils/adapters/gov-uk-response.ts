import type { Adapter, Detection } from './adapter';
import type { ReportIdentity, ReportReference } from '../model';
import { isInsideNavigation } from '../detect/blocks';
import { findReportReference, findRespondent, parseResponseTitle } from '../detect/report-reference';
import { readResponseEntries, type ResponseEntry } from '../detect/response-blocks';
import { blocksWithin } from '../detect/response-page-blocks';
import { blocksBefore, inDocumentOrder, responseItems } from '../detect/response-items';
import { isRecommendationLabel } from '../detect/response-labels';
import { findResponseTables, readResponseTable } from '../detect/response-table';
import { normalizeSpace, textOf } from '../detect/text';
import { canonicalKey } from '../report-key';

const ID = 'gov-uk-response';
/** An HTML publication sits one level below its landing page: /government/publications/<slug>/<slug>. */
const HTML_PUBLICATION = /^\/government\/publications\/[^/]+\/[^/]+\/?$/;
const RESPONSE_WORD = /\b(?:response|reply)\b/i;
const COMMAND_PAPER = /\b(CP|Cm|Cmd)\s?(\d{2,5})\b/;

function title(doc: Document): string {
  const h1 = doc.querySelector('h1');
  return (h1 ? textOf(h1) : '') || normalizeSpace(doc.title.replace(/\s+-\s+GOV\.UK$/, ''));
}

/** The element holding the body: the nearest ancestor of every "Recommendation N" heading, else main. */
function bodyRoot(doc: Document): Element | undefined {
  const main = doc.querySelector('main, [role="main"]') ?? doc.body ?? undefined;
  const headings = [...doc.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].filter(
    (el) => !isInsideNavigation(el) && isRecommendationLabel(textOf(el)),
  );
  let root = headings[0]?.parentElement ?? undefined;
  while (root && !headings.every((h) => root!.contains(h))) root = root.parentElement ?? undefined;
  return root ?? main;
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

function commandPaper(blocks: readonly Element[]): string | undefined {
  for (const block of blocks.slice(0, 40)) {
    const match = COMMAND_PAPER.exec(textOf(block));
    if (match) return `${match[1]} ${match[2]}`;
  }
  return undefined;
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
    const report: ReportIdentity = { key: canonicalKey(url), title: pageTitle || undefined };
    let skipped = 0;
    let entries: ResponseEntry[] = [];
    let respondsTo: ReportReference | undefined;
    let respondent: string | undefined;
    try {
      const root = bodyRoot(doc);
      const tables = root ? findResponseTables(root) : [];
      const scope = root ? blocksWithin(root).filter((block) => !tables.some((table) => table.contains(block))) : [];
      const running = readResponseEntries(scope);
      const tabled = tables.map(readResponseTable);
      skipped += running.skipped + tabled.reduce((sum, t) => sum + t.skipped, 0);
      entries = inDocumentOrder(
        running.entries,
        tabled.flatMap((t) => t.entries),
      );

      const main = doc.querySelector('main, [role="main"]') ?? doc.body;
      const pageBlocks = main ? blocksWithin(main) : [];
      const firstEntry = entries[0]?.block;
      const intro = blocksBefore(pageBlocks, firstEntry);
      report.paperNumber = commandPaper(pageBlocks);
      const fromTitle = parseResponseTitle(pageTitle);
      const reference = findReportReference(intro, url);
      respondsTo = mergeReferences(reference, fromTitle);
      respondent = fromOrganisations(doc) ?? findRespondent(intro.map(textOf)) ?? 'HM Government';
    } catch (error) {
      skipped++;
      console.debug(`[committee-lens] ${ID}: could not read the page`, error);
    }

    const { items, blocks, skipped: itemSkips } = responseItems(entries, report.key, respondent);
    return {
      page: {
        adapter: ID,
        kind: items.length ? 'response' : 'other',
        url: url.href,
        report,
        respondsTo,
        items,
        skipped: skipped + itemSkips,
      },
      blocks,
    };
  },
};

// Pages:
// https://www.gov.uk/government/publications/government-response-to-the-house-of-lords-statutory-inquiries-committee-report-enhancing-public-trust/government-response-to-the-house-of-lords-statutory-inquiries-committee-report-enhancing-public-trust-html
// https://www.gov.uk/government/publications/<slug>/<slug> (CP 1240, UK Government Response to the Covid-19 Inquiry Module 1 Report)
