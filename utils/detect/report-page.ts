import { headingLevel, isInsideNavigation } from './blocks';
import { textOf } from './text';

/**
 * The title of a report's list of conclusions: "Conclusions and recommendations", "6 Conclusions
 * and recommendations", "6Conclusions and recommendations" (chapter number in its own span),
 * "SUMMARY OF CONCLUSIONS AND RECOMMENDATIONS", "Chapter 8: Summary of conclusions and recommendations".
 */
export const CONCLUSIONS_TITLE =
  /^(?:chapter\s+\d+\s*[:.–-]?\s*|\d{1,2}\.?\s*)?(?:(?:summary|list)\s+of\s+(?:the\s+)?)?conclusions\s+and\s+recommendations$/i;

/** A page that prints a government response (Special Report, appended reply) rather than a report. */
const RESPONSE_HEADING =
  /^(?:appendix\s*\d*\s*[:.–-]?\s*)?(?:the\s+)?government(?:['’]s)?\s+responses?(?:\s+to\s+the\s+committee['’]s\s+.*report.*)?$/i;
const RESPONSE_TITLE = /\bspecial\s+report\b|\bgovernment(?:['’]s)?\s+responses?\s+to\s+the\s+(?:committee|[\w\s,–-]*report)/i;

/** A heading longer than this is running text, not a title. */
const MAX_TITLE_CHARS = 140;
const PSEUDO_HEADING_PARENT = 'p, div, td, th, center, li, dt';

/** Whether all of `el`'s text sits inside links (a contents entry, not a section title). */
function isLinkOnly(el: Element): boolean {
  if (el.closest('a[href]')) return true;
  const links = el.querySelectorAll('a[href]');
  if (links.length === 0) return false;
  let linked = 0;
  for (const link of links) linked += textOf(link).length;
  return linked >= textOf(el).replace(/\s/g, '').length - 2;
}

/**
 * A bold run that is the whole of its paragraph, as older pages set their section titles
 * (`<p align="center"><b>SUMMARY OF CONCLUSIONS<br>AND RECOMMENDATIONS</b></p>`): the paragraph.
 */
function pseudoHeadingBlock(bold: Element): Element | undefined {
  if (bold.closest('h1, h2, h3, h4, h5, h6, [role="heading"]')) return undefined;
  const block = bold.parentElement?.closest(PSEUDO_HEADING_PARENT);
  if (!block || headingLevel(block) !== undefined) return undefined;
  const boldText = textOf(bold);
  return boldText && boldText === textOf(block) ? block : undefined;
}

export interface ReportPageProbe {
  /** The page has a "Conclusions and recommendations" section title (not a contents link). */
  conclusions: boolean;
  /** The page prints a government response: a Special Report, or a "Government response" section. */
  response: boolean;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const BOLD = 'b, strong';
/** Cheap test on raw text before anything is read properly. */
const MAY_BE_TITLE = /conclusions|response/i;

/** `el`'s text when it is short enough to be a title and may be one we look for. */
function titleText(el: Element): string | undefined {
  const raw = el.textContent ?? '';
  if (raw.length > MAX_TITLE_CHARS * 2 || !MAY_BE_TITLE.test(raw)) return undefined;
  const text = textOf(el);
  return text.length <= MAX_TITLE_CHARS ? text : undefined;
}

/** Bold runs set as a title: only the outermost of nested bold elements is read. */
function* pseudoConclusionsTitles(doc: Document): Generator<Element> {
  for (const el of doc.querySelectorAll(BOLD)) {
    const parent = el.parentElement;
    if (parent && (parent.localName === 'b' || parent.localName === 'strong')) continue;
    const text = titleText(el);
    if (!text || !CONCLUSIONS_TITLE.test(text) || isInsideNavigation(el) || isLinkOnly(el)) continue;
    const block = pseudoHeadingBlock(el);
    if (block) yield block;
  }
}

/**
 * Does the page hold a list of conclusions, and does it print a government response? Reads the
 * `<title>` and the headings (short ones only), and the bold runs only when no heading answered.
 * Cheap enough for `matches`.
 */
export function probeReportPage(doc: Document): ReportPageProbe {
  // Several adapters ask in turn while one page is matched: the page is read once per task.
  if (lastProbe?.doc === doc) return lastProbe.probe;
  const probe = readProbe(doc);
  lastProbe = { doc, probe };
  queueMicrotask(() => (lastProbe = undefined));
  return probe;
}

let lastProbe: { doc: Document; probe: ReportPageProbe } | undefined;

function readProbe(doc: Document): ReportPageProbe {
  const probe: ReportPageProbe = { conclusions: false, response: RESPONSE_TITLE.test(doc.title) };
  for (const el of doc.querySelectorAll(HEADINGS)) {
    const text = titleText(el);
    if (!text || isInsideNavigation(el)) continue;
    const level = headingLevel(el) ?? 6;
    if (level <= 3 && (RESPONSE_HEADING.test(text) || (level === 1 && RESPONSE_TITLE.test(text)))) probe.response = true;
    if (CONCLUSIONS_TITLE.test(text) && !isLinkOnly(el)) probe.conclusions = true;
  }
  if (!probe.conclusions && !probe.response) probe.conclusions = !pseudoConclusionsTitles(doc).next().done;
  return probe;
}

/**
 * An older report split over several pages, one file per section, named after the paper number:
 * `…/251/25107.htm`, `…/954/95413.htm`, `…/17/1709.htm`. Not `report.html`, not evidence pages.
 */
export function isSplitReportPage(url: URL): boolean {
  const match = /\/(\d+)\/(\d+)\.html?$/i.exec(url.pathname);
  if (!match) return false;
  const [, paper = '', file = ''] = match;
  return file.startsWith(paper) && file.length >= paper.length + 1 && file.length <= paper.length + 3;
}
