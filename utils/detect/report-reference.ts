import type { ReportReference } from '../model/model';
import { normalizeSpace, textOf } from './text';

const ORDINAL_REPORT = String.raw`(?:[A-Z][a-z]+(?:-[a-z]+)?\s+)?Report(?:\s+of\s+Session\s+[\d–—/-]+)?`;
// "…our Fourth Report of Session 2022–23, Pre-legislative scrutiny of the draft Victims Bill (HC 304)…",
// "First Report: The Six-Nation Framework Agreement (HC 115)"
const NUMBERED_REFERENCE = new RegExp(
  String.raw`\b${ORDINAL_REPORT}\s*[,:–—-]?\s*(.+?)\s*\(((?:HC|HL)(?:\s+Paper)?\s*\d+(?:-[IVX]+)?)(?:[;,][^)]*)?\)`,
);
// "…response to the Efra Select Committee's Report on Defra's Annual Report 2012-13."
const NAMED_REFERENCE = /\bresponse\s+to\s+the\s+(.+?\bCommittee)['’]s\s+(?:[A-Z][a-z]+\s+)?Report\s+(?:on|into)\s+(.+?)(?:\[\d+\])?\.?$/;
const COMMITTEE = /\b((?:[A-Z][\w’'-]*,?\s+(?:(?:and|of|for|on|the)\s+)*)+Committee)\b/;
const SELECT_COMMITTEE_ON = /\bSelect Committee on\s+(.+?)\s+(?:[A-Z][a-z]+\s+)?(?:Special\s+)?Report\b/;
const REPORT_HOSTS = /(^|\.)parliament\.uk$/;

function committeeIn(text: string): string | undefined {
  const name = COMMITTEE.exec(text)?.[1];
  return name?.replace(/^(?:The|House of Commons|House of Lords)\s+/, '').trim() || undefined;
}

function stripQuotes(text: string): string {
  return normalizeSpace(text.replace(/^[“"‘']+|[”"’',]+$/g, ''));
}

/** The link in `el` to the answered report: on a parliament.uk host, preferring one around the title. */
function reportLink(el: Element, title: string | undefined, base: URL): string | undefined {
  const links = [...el.querySelectorAll('a[href]')].flatMap((a) => {
    try {
      const href = new URL(a.getAttribute('href') ?? '', base);
      return REPORT_HOSTS.test(href.hostname) && href.pathname !== base.pathname ? [{ a, href }] : [];
    } catch {
      return [];
    }
  });
  const aroundTitle = title ? links.find(({ a }) => title.includes(textOf(a)) || textOf(a).includes(title)) : undefined;
  const chosen = aroundTitle ?? links[0];
  return chosen ? `${chosen.href.origin}${chosen.href.pathname}` : undefined;
}

/** The title as the block sets it (in italics or a link) when that sits inside the matched words. */
function setTitle(el: Element, words: string): string | undefined {
  for (const candidate of el.querySelectorAll('em, i, cite, a')) {
    const text = stripQuotes(textOf(candidate));
    if (text.length > 8 && words.includes(text)) return text;
  }
  return undefined;
}

/**
 * How a block names the report it answers: "our Fourth Report of Session 2022–23, <title> (HC 304)",
 * or "response to the X Committee's Report on <title>". Undefined when it names none.
 */
export function parseReportReference(el: Element, base: URL): ReportReference | undefined {
  const text = textOf(el);
  const numbered = NUMBERED_REFERENCE.exec(text);
  if (numbered) {
    const words = stripQuotes(numbered[1] ?? '');
    const title = setTitle(el, words) ?? (words || undefined);
    const before = text.slice(0, numbered.index);
    return {
      title,
      paperNumber: normalizeSpace(numbered[2] ?? '').replace(/^(HC|HL)(?:\s+Paper)?\s*/, (_m, house: string) =>
        house === 'HL' ? 'HL Paper ' : 'HC ',
      ),
      committee: committeeIn(before),
      url: reportLink(el, title, base),
    };
  }
  const named = NAMED_REFERENCE.exec(text);
  if (named) {
    const title = stripQuotes(named[2] ?? '') || undefined;
    return { title, committee: committeeIn(named[1] ?? ''), url: reportLink(el, title, base) };
  }
  return undefined;
}

/** The first block (outside navigation) that names the answered report. */
export function findReportReference(blocks: Iterable<Element>, base: URL): ReportReference | undefined {
  for (const block of blocks) {
    if (block.closest('nav, [role="navigation"], footer')) continue;
    const text = textOf(block);
    if (text.length > 1500 || !/\breport\b/i.test(text)) continue;
    const reference = parseReportReference(block, base);
    if (reference) return reference;
  }
  return undefined;
}

/** A committee named by the page title ("… - Justice Committee - House of Commons", "Select Committee on Defence …"). */
export function committeeFromTitle(title: string): string | undefined {
  const selectOn = SELECT_COMMITTEE_ON.exec(title);
  if (selectOn?.[1]) return `${selectOn[1]} Committee`;
  return committeeIn(title);
}

/** "HM Government" for the Government itself; a department as the page names it. */
export function normalizeRespondent(name: string): string {
  const clean = normalizeSpace(name).replace(/^the\s+/i, '');
  return /^(?:(?:hm|uk|the)\s+)?government$/i.test(clean) ? 'HM Government' : clean;
}

// "This report sets out Defra's response", "The Government's response was received"
const POSSESSIVE_RESPONSE = /\b((?:(?:[A-Z][\w&-]*|for|of|and)\s+)*?[A-Z][\w&-]*)['’]s?\s+(?:response|reply)\b/;

/** Who answered, from sentences like "Defra's response" or "The Government's response". */
export function findRespondent(texts: Iterable<string>): string | undefined {
  for (const text of texts) {
    const name = POSSESSIVE_RESPONSE.exec(text)?.[1];
    if (name && !/^(?:Committee|Our|This|The Committee)$/i.test(name) && !/Committee$/.test(name)) return normalizeRespondent(name);
  }
  return undefined;
}

/**
 * What a response's own title says it answers: "Government response to the Justice Committee's
 * report on IPP sentences", "UK Government Response to the Covid-19 Inquiry Module 1 Report",
 * "Government response to the … Committee's Fourth Report of Session 2022–23: <title>".
 */
export function parseResponseTitle(title: string): ReportReference | undefined {
  const rest = /\b(?:response|reply)\s+to\s+(?:the\s+)?(.+)$/i.exec(normalizeSpace(title))?.[1];
  if (!rest) return undefined;
  const committee = /\bCommittee\b/.test(rest) ? committeeIn(rest) : undefined;
  const afterColon = /:\s*(.+)$/.exec(rest)?.[1];
  const onTopic = /\breport\s+(?:on|into)\s+(?:the\s+)?(.+)$/i.exec(rest)?.[1];
  const named = committee ? undefined : rest;
  const found = stripQuotes(afterColon ?? onTopic ?? named ?? '');
  return found || committee ? { title: found || undefined, committee } : undefined;
}
