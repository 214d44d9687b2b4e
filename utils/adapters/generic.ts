import { LABEL_SOURCE_NAME } from '../detect/response-items';
import { splitParagraphReference } from '../detect/paragraph-refs';
import type { Adapter, Detection } from './adapter';
import type { DetectedItem, ReportIdentity, ReportReference, Status, StatusReading } from '../model';
import { PENDING_READING, itemKey } from '../items';
import { headingLevel } from '../detect/blocks';
import { normalizeSpace, quoteFor, textOf } from '../detect/text';
import { OTHER_PARLIAMENT_SITES, matchesPattern } from '../sites';

/*
 * Other parliaments (Australia, Scotland, Wales, New Zealand, Canada) through the cues their
 * committee reports and government responses share. Conservative: a page gives items only when
 * a recommendations heading or an explicit "Recommendation N – Supported" label line frames them.
 */

const ID = 'generic';

/** "Recommendations", "List of recommendations", "Conclusions and recommendations", "Recommendations made by the Committee"… */
const SECTION_HEADING =
  /^(?:(?:chapter\s+)?\d+(?:\.\d+)*\.?\s+)?(?:(?:list|summary) of\s+)?(?:(?:conclusions|findings) and\s+)?recommendations(?:\s+(?:made by|of)\s+the\s+committee)?:?$/i;
/** "Response to the Committee's Recommendation(s)" */
const RESPONSE_HEADING = /^(?:(?:the\s+)?government(?:['’]s)?\s+)?responses?\s+to\s+the\s+committee['’]?s?\s+recommendations?:?$/i;
/** A block that only says "Recommendation 4". */
const MARKER = /^Recommendation\s+(\d{1,3}):?$/i;
/** "1. The Commonwealth Government implement …" */
const NUMBERED = /^(\d{1,3})\.\s+(\S[\s\S]*)$/;
/** The report's own paragraph number before a recommendation's text: "1.35 The committee recommends …". */
const PARAGRAPH_NUMBER = /^(\d{1,2}\.\d{1,3})\.?\s+(\S[\s\S]*)$/;
/** "Recommendation 2 – Supported in principle", "Recommendations 3 – Noted for NDIS Review to consider". */
const LABEL =
  /^Recommendations?\s+(\d{1,3}(?:\s*(?:,|&|and|[–—-])\s*\d{1,3})*)\s*[–—:-]\s*((?:supported|agreed)(?:\s+in\s+(?:principle|part))?|(?:partially|partly)\s+(?:supported|agreed)|not\s+(?:supported|agreed)|noted(?:\s+for\s+[^.]{1,80})?)\.?$/i;
/** A page title that says it is a government response (not a report that mentions one). */
const RESPONSE_PAGE = /^(?:the\s+)?(?:\S+\s+){0,2}government(?:['’]s)?\s+response\b/i;
/** One label line or marker is short; anything longer is prose that mentions a recommendation. */
const MAX_LABEL_CHARS = 160;
/** Upper bound on elements one walk visits, so a pathological page cannot stall us. */
const MAX_STEPS = 200_000;
const MAX_ITEMS = 1_000;
const MAX_SECTIONS = 50;
/** How far back (in blocks) an item looks for its sub-heading. */
const SECTION_LOOKBACK = 400;

const BLOCK_TAGS = new Set(['p', 'li', 'blockquote', 'dd', 'dt', 'td', 'th', 'div', 'section', 'article', 'figure', 'table']);
const LEAF_PARENTS = [...BLOCK_TAGS, 'ul', 'ol', 'dl', 'tr', 'tbody', 'thead', 'pre', 'main', 'aside', 'nav', 'header', 'footer'];
/** What makes an element more than a leaf: a block or a heading inside it (a heading in a table cell counts). */
const BLOCK_SELECTOR = [...LEAF_PARENTS, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[role="heading"]'].join(',');
const CHROME =
  'nav, aside, header, footer, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [data-lens-number]';

interface Block {
  el: Element;
  text: string;
  level: number | undefined;
}

// ---------------------------------------------------------------------------------------------
// Walking the page

function nextInOrder(el: Element, skipChildren: boolean): Element | null {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.nextElementSibling) return cur.nextElementSibling;
  }
  return null;
}

/**
 * Elements with a block inside them, found in one pass (each ancestor is marked once), so telling
 * leaf blocks apart stays linear however deeply the page nests.
 */
function blockParents(root: Element): Set<Element> {
  const marked = new Set<Element>();
  let steps = 0;
  for (const el of root.querySelectorAll(BLOCK_SELECTOR)) {
    if (steps++ > MAX_STEPS) break;
    for (let parent = el.parentElement; parent && !marked.has(parent); parent = parent.parentElement) marked.add(parent);
  }
  return marked;
}

/** Headings and leaf blocks of the page's content, in document order, page chrome left out. */
function contentBlocks(doc: Document): Block[] {
  const out: Block[] = [];
  const body = doc.body;
  const start = body?.firstElementChild;
  if (!body || !start) return out;
  const parents = blockParents(body);
  let steps = 0;
  let cur: Element | null = start;
  while (cur && steps++ < MAX_STEPS) {
    const level = headingLevel(cur);
    if (cur.matches(CHROME)) {
      cur = nextInOrder(cur, true);
    } else if (level !== undefined) {
      out.push({ el: cur, text: textOf(cur), level });
      cur = nextInOrder(cur, true);
    } else if (BLOCK_TAGS.has(cur.localName) && !parents.has(cur)) {
      const text = textOf(cur);
      if (text) out.push({ el: cur, text, level: undefined });
      cur = nextInOrder(cur, true);
    } else {
      cur = nextInOrder(cur, false);
    }
  }
  return out;
}

/** The blocks under the heading at `index`, up to the next heading of its level or higher. */
function sectionAt(blocks: readonly Block[], index: number): Block[] {
  const level = blocks[index]?.level ?? 6;
  let end = index + 1;
  while (end < blocks.length && (blocks[end]!.level === undefined || blocks[end]!.level! > level)) end++;
  return blocks.slice(index + 1, end);
}

// ---------------------------------------------------------------------------------------------
// Readings

function labelStatus(label: string): Status {
  const words = label.toLowerCase();
  if (/^not\b/.test(words)) return 'rejected';
  if (/^noted\b/.test(words)) return 'noted';
  if (/\bin\s+(principle|part)\b|^(partially|partly)\b/.test(words)) return 'partially-accepted';
  return 'accepted';
}

// ---------------------------------------------------------------------------------------------
// Items

interface Draft {
  number: string;
  text: string;
  refs: string[];
  block: Element;
  section?: string;
  reading: StatusReading;
  response?: string;
}

/** "3 and 4", "3–5", "3, 4" → ["3", "4", "5"]; unreasonably long ranges give nothing. */
function labelNumbers(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(/\s*(?:,|&|\band\b)\s*/)) {
    const range = /^(\d+)\s*[–—-]\s*(\d+)$/.exec(part.trim());
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to < from || to - from > 20) return [];
      for (let n = from; n <= to; n++) out.push(String(n));
    } else if (/^\d+$/.test(part.trim())) out.push(part.trim());
  }
  return out;
}

/**
 * The report paragraphs an item points to: a leading paragraph number ("1.35 The committee …")
 * or a trailing reference ("… (paragraph 17)"), both taken out of the text.
 */
function splitParagraphNumber(input: string): { text: string; refs: string[] } {
  const match = PARAGRAPH_NUMBER.exec(input);
  const leading = match ? { text: match[2] ?? '', refs: [match[1] ?? ''] } : { text: input, refs: [] };
  const trailing = splitParagraphReference(leading.text);
  return trailing.refs.length > 0 && trailing.text ? { text: trailing.text, refs: [...leading.refs, ...trailing.refs] } : leading;
}

function joined(blocks: readonly Block[]): string {
  return normalizeSpace(blocks.map((b) => b.text).join(' '));
}

/** The nearest sub-heading before `index` that is not the page title or the section heading. */
function sectionBefore(blocks: readonly Block[], index: number): string | undefined {
  for (let i = index - 1; i >= Math.max(0, index - SECTION_LOOKBACK); i--) {
    const block = blocks[i]!;
    if (block.level === undefined) continue;
    if (block.level <= 1 || SECTION_HEADING.test(block.text) || RESPONSE_HEADING.test(block.text)) return undefined;
    return block.text || undefined;
  }
  return undefined;
}

/** Where a quoted recommendation starts: "N. text" or a "Recommendation N" marker. */
function startsItem(block: Block, number: string): boolean {
  if (block.level !== undefined) return MARKER.exec(block.text)?.[1] === number;
  return NUMBERED.exec(block.text)?.[1] === number || MARKER.exec(block.text)?.[1] === number;
}

/** Response pages with label lines: quoted recommendation, "Recommendation N – Supported", answer. */
function fromLabels(blocks: readonly Block[]): Draft[] {
  const labels: { index: number; numbers: string[]; words: string; line: string }[] = [];
  blocks.forEach((block, index) => {
    if (block.text.length > MAX_LABEL_CHARS) return;
    const match = LABEL.exec(block.text);
    const numbers = match ? labelNumbers(match[1] ?? '') : [];
    if (match && numbers.length) labels.push({ index, numbers, words: match[2] ?? '', line: block.text });
  });

  // Where each label's quoted recommendations start, searched back to the previous label.
  const starts = labels.map((label, k) => {
    const floor = k > 0 ? labels[k - 1]!.index + 1 : 0;
    return label.numbers.map((number) => {
      for (let i = label.index - 1; i >= floor; i--) if (startsItem(blocks[i]!, number)) return i;
      return -1;
    });
  });

  const drafts: Draft[] = [];
  labels.forEach((label, k) => {
    const mine = starts[k]!;
    if (!mine.some((i) => i >= 0)) return;
    // The answer runs from the label to where the next label's quotes start (or a heading).
    const nextStarts = (starts[k + 1] ?? []).filter((i) => i >= 0);
    const end = nextStarts.length ? Math.min(...nextStarts) : (labels[k + 1]?.index ?? blocks.length);
    const answer: Block[] = [];
    for (let i = label.index + 1; i < end; i++) {
      const block = blocks[i]!;
      if (block.level !== undefined) break;
      answer.push(block);
    }
    const status = labelStatus(label.words);
    label.numbers.forEach((number, n) => {
      const from = mine[n]!;
      if (from < 0) return;
      // The quote runs to the next quote of this label, or to the label itself.
      const to = Math.min(label.index, ...mine.filter((i) => i > from));
      const first = blocks[from]!;
      const numbered = first.level === undefined ? NUMBERED.exec(first.text) : null;
      // After a "Recommendation N" marker the text starts on the next block.
      const leadIndex = numbered ? from : from + 1;
      const lead = blocks[leadIndex];
      if (leadIndex >= to || !lead || lead.level !== undefined) return;
      const rest = joined(blocks.slice(from + 1, to).filter((b) => b.level === undefined));
      const { text, refs } = splitParagraphNumber(normalizeSpace(numbered ? `${numbered[2] ?? ''} ${rest}` : rest));
      if (!text) return;
      drafts.push({
        number,
        text,
        refs,
        block: lead.el,
        section: sectionBefore(blocks, from),
        reading: { status, source: 'tracker', sourceName: LABEL_SOURCE_NAME, evidence: label.line },
        response: joined(answer) || undefined,
      });
    });
  });
  return drafts;
}

/** A section under a recommendations heading: "Recommendation N" markers, or "N." paragraphs. */
function fromSection(blocks: readonly Block[], responsePage: boolean): Draft[] {
  const markers = blocks.flatMap((block, index) => {
    const number = block.text.length <= MAX_LABEL_CHARS ? MARKER.exec(block.text)?.[1] : undefined;
    return number ? [{ index, number }] : [];
  });
  const drafts: Draft[] = [];

  if (markers.length) {
    markers.forEach(({ index, number }, k) => {
      const end = markers[k + 1]?.index ?? blocks.length;
      const body: Block[] = [];
      for (let i = index + 1; i < end; i++) {
        const block = blocks[i]!;
        if (block.level !== undefined) break;
        body.push(block);
      }
      const lead = body[0];
      if (!lead) return;
      // On a response page the recommendation is the quoted paragraph (and its list); the rest answers it.
      let quoteLength = body.length;
      if (responsePage) {
        quoteLength = 1;
        if (/:$/.test(lead.text)) while (body[quoteLength]?.el.localName === 'li') quoteLength++;
      }
      const { text, refs } = splitParagraphNumber(joined(body.slice(0, quoteLength)));
      if (!text) return;
      const response = responsePage ? joined(body.slice(quoteLength)) || undefined : undefined;
      drafts.push({
        number,
        text,
        refs,
        block: lead.el,
        section: sectionBefore(blocks, index),
        // Prose answers are read by the classifier (utils/read-answers.ts), like every other answer.
        reading: PENDING_READING,
        response,
      });
    });
    return drafts;
  }

  // Numbered paragraphs must count up from 1 without gaps, or the section is something else.
  let expected = 1;
  blocks.forEach((block, index) => {
    if (block.level !== undefined) return;
    const match = NUMBERED.exec(block.text);
    if (!match || Number(match[1]) !== expected) return;
    const { text, refs } = splitParagraphNumber(match[2] ?? '');
    if (!text) return;
    expected++;
    drafts.push({
      number: match[1] ?? '',
      text,
      refs,
      block: block.el,
      section: sectionBefore(blocks, index),
      reading: PENDING_READING,
    });
  });
  return drafts.length >= 2 || (drafts.length === 1 && blocks.filter((b) => b.level === undefined).length <= 3) ? drafts : [];
}

interface Reading {
  drafts: Draft[];
  responseKind: boolean;
  skipped: number;
}

/** Label lines first (the strongest cue); else the richest recommendations section. */
function readPage(doc: Document, title: string | undefined): Reading {
  const blocks = contentBlocks(doc);
  const labelled = fromLabels(blocks);
  if (labelled.length) return { drafts: labelled, responseKind: true, skipped: 0 };
  const isHeading = (block: Block, pattern: RegExp) =>
    block.level !== undefined && block.text.length <= MAX_LABEL_CHARS && pattern.test(block.text);
  const responsePage = RESPONSE_PAGE.test(title ?? '') || blocks.some((block) => isHeading(block, RESPONSE_HEADING));
  const sections = blocks
    .flatMap((block, index) => (isHeading(block, SECTION_HEADING) || isHeading(block, RESPONSE_HEADING) ? [index] : []))
    .slice(0, MAX_SECTIONS);
  let drafts: Draft[] = [];
  let skipped = 0;
  for (const index of sections) {
    try {
      const found = fromSection(sectionAt(blocks, index), responsePage);
      if (found.length >= drafts.length) drafts = found;
    } catch (error) {
      skipped++;
      console.debug('[committee-lens] generic: skipped a section', error);
    }
  }
  return { drafts, responseKind: responsePage, skipped };
}

// ---------------------------------------------------------------------------------------------
// Page identity

function reportKey(url: URL): string {
  const params = [...url.searchParams].filter(([name]) => !/^utm_/i.test(name));
  const search = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${url.origin}${url.pathname}${search}`;
}

function pageTitle(doc: Document): string | undefined {
  const h1 = [...doc.querySelectorAll('h1')].find((el) => !el.closest('nav, header, footer'));
  const text = h1 ? textOf(h1) : normalizeSpace(doc.title);
  // A report split into pages titles one of them "List of recommendations": that is not the report's title.
  return text && !SECTION_HEADING.test(text) ? text : undefined;
}

/** "Australian Government response to the Joint Standing Committee on … report: Inquiry into …" */
function respondsTo(title: string | undefined): ReportReference | undefined {
  const match = title ? /\bresponse\s+to\s+the\s+(.+?)\s+report\s*[:–—-]\s*(.+)$/i.exec(title) : null;
  if (!match) return undefined;
  return { committee: match[1], title: match[2] };
}

export const generic: Adapter = {
  id: ID,

  matches(url) {
    return OTHER_PARLIAMENT_SITES.some((site) => site.matches.some((pattern) => matchesPattern(url, pattern)));
  },

  detect(doc, url): Detection {
    const title = pageTitle(doc);
    const report: ReportIdentity = { key: reportKey(url), title };
    const empty = (skipped: number): Detection => ({
      page: { adapter: ID, kind: 'other', url: url.href, report, items: [], skipped },
      blocks: [],
    });

    let reading: Reading;
    try {
      reading = readPage(doc, title);
    } catch (error) {
      console.debug('[committee-lens] generic: could not read the page', error);
      return empty(1);
    }
    const { drafts, responseKind } = reading;
    let { skipped } = reading;

    // One item per number: a number seen twice is ambiguous, so keep the first.
    const seen = new Set<string>();
    const items: DetectedItem[] = [];
    const blocks: Element[] = [];
    for (const draft of drafts.slice(0, MAX_ITEMS)) {
      try {
        if (seen.has(draft.number)) continue;
        seen.add(draft.number);
        items.push({
          key: itemKey(report.key, draft.number),
          number: draft.number,
          text: draft.text,
          section: draft.section,
          paragraphRefs: draft.refs,
          quote: quoteFor(draft.block, draft.text),
          reading: draft.reading,
          ...(draft.response !== undefined ? { response: { text: draft.response } } : {}),
        });
        blocks.push(draft.block);
      } catch (error) {
        skipped++;
        console.debug('[committee-lens] generic: skipped an item', error);
      }
    }
    if (!items.length) return empty(skipped);
    const kind = responseKind ? 'response' : 'report';
    return {
      page: {
        adapter: ID,
        kind,
        url: url.href,
        report,
        ...(kind === 'response' ? { respondsTo: respondsTo(title) } : {}),
        items,
        skipped,
      },
      blocks,
    };
  },
};

// Pages:
// https://www.aph.gov.au/Parliamentary_Business/Committees/Joint/National_Disability_Insurance_Scheme/IndependentAssessments/Report
// https://www.aph.gov.au/Parliamentary_Business/Tabled_Documents/ (Australian Government responses, tabled as PDFs)
// https://digitalpublications.parliament.scot/Committees/Report/
// https://senedd.wales/committees/
// https://www.parliament.nz/en/pb/sc/reports/
// https://www.ourcommons.ca/DocumentViewer/en/44-1/HESA/report-10/
