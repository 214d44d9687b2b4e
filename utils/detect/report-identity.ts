import type { ReportIdentity } from '../model/model';
import { canonicalKey, parsePublicationsUrl } from '../report-key';
import { definedOnly, publishedDateFromPage } from '../report-date';
import { isInsideNavigation } from './blocks';
import { normalizeSpace, textOf } from './text';

/** How many short blocks near the top of the page are read for the running head and cover. */
const TOP_BLOCKS = 80;
const ORDINAL =
  '(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|[A-Z][a-z]+teenth|[A-Z][a-z]+tieth|[A-Z][a-z]+-[a-z]+|\\d+(?:st|nd|rd|th))';
/** Older pages: "Select Committee on Transport First Report", "Joint Committee on House of Lords Reform First Report". */
const OLD_RUNNING_HEAD = new RegExp(`^((?:Select|Joint) Committee on .+?) ${ORDINAL}(?: Special)? Report$`);
/**
 * 2010s pages: "Legacy Report - Liaison Contents", "Report - House of Commons Governance - House of
 * Commons Governance Committee Contents", "The effectiveness and influence of the select committee system Contents".
 */
function contentsRunningHead(line: string): { title: string; committee?: string } | undefined {
  const match = /^(.+) Contents$/.exec(line);
  if (!match?.[1]) return undefined;
  const parts = match[1].split(' - ');
  if (parts.length < 2) return { title: match[1] };
  const last = parts.pop()!;
  return { title: parts.join(' - '), committee: /\bCommittee\b/.test(last) ? last : `${last} Committee` };
}
/** A cover line or title segment that is a committee's name. */
const COMMITTEE_NAME = /^(?:The )?((?:Joint |Select )?Committee (?:on|of) [A-Z].{2,80}|[A-Z][\w,'’&() -]{1,80} Committee)$/;
const GENERIC_TITLES = /^(?:UK Parliament|House of (?:Commons|Lords)|Parliament|Contents|Publications)$/i;

function committeeOf(segment: string): string | undefined {
  const name = COMMITTEE_NAME.exec(segment.trim())?.[1];
  return name && !/^(?:House|UK Parliament)\b/.test(name) ? name : undefined;
}

const CONTAINERS = 'p, td, div, table, ul, ol, h1, h2, h3';
const CONTAINER_TAGS = new Set(CONTAINERS.split(', '));
const LINE_TAGS = new Set(['p', 'td', 'div', 'center']);

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (CONTAINER_TAGS.has(child.localName)) return true;
  }
  return false;
}

/** Whether `el.textContent` is longer than `limit`, without building it (stops once past the limit). */
function textLongerThan(el: Element, limit: number): boolean {
  let length = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as Text).length;
    if (length > limit) return true;
  }
  return false;
}

/** Short text blocks at the top of the page, outside navigation: running heads and cover lines. */
function topLines(doc: Document): string[] {
  const out: string[] = [];
  if (!doc.body) return out;
  // Bounded: the running head and cover are near the top, and long or deep pages must stay cheap.
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  let examined = 0;
  for (let node = walker.nextNode(); node && out.length < TOP_BLOCKS && examined++ < TOP_BLOCKS * 25; node = walker.nextNode()) {
    const el = node as Element;
    if (!LINE_TAGS.has(el.localName)) continue;
    if (hasBlockChild(el) || textLongerThan(el, 400) || el.querySelector(CONTAINERS) || isInsideNavigation(el)) continue;
    const text = textOf(el);
    if (text && text.length <= 200) out.push(text);
  }
  return out;
}

function titleSegments(doc: Document): string[] {
  return normalizeSpace(doc.title)
    .split(/\s+[-–|]\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The committee the page names: its cover line, running head or `<title>`. */
export function committeeFromPage(doc: Document): string | undefined {
  const lines = topLines(doc);
  for (const line of lines) {
    const old = OLD_RUNNING_HEAD.exec(line);
    if (old?.[1]) return old[1].replace(/^Select Committee on (.+)$/, '$1 Committee');
    const contents = contentsRunningHead(line);
    if (contents?.committee) return contents.committee;
    const name = committeeOf(line);
    if (name) return name;
  }
  for (const segment of titleSegments(doc)) {
    const name = committeeOf(segment);
    if (name) return name;
  }
  return undefined;
}

/** The report's title: its `<h1>`, else the running head of a split report, else `<title>`. */
export function reportTitleFromPage(doc: Document): string | undefined {
  const h1 = doc.querySelector('h1');
  const heading = h1 && !isInsideNavigation(h1) ? textOf(h1) : '';
  if (heading && !GENERIC_TITLES.test(heading)) return heading;
  for (const line of topLines(doc)) {
    const contents = contentsRunningHead(line);
    if (contents) return contents.title;
  }
  const segments = titleSegments(doc).filter((part) => !GENERIC_TITLES.test(part) && !committeeOf(part));
  return segments.join(' - ') || undefined;
}

/** House, session and paper number from the URL; committee and title from the page. */
export function reportIdentityFromPage(doc: Document, url: URL): ReportIdentity {
  const fromUrl = parsePublicationsUrl(url) ?? { key: canonicalKey(url) };
  const identity: ReportIdentity = { ...fromUrl };
  try {
    const committee = committeeFromPage(doc);
    const title = reportTitleFromPage(doc);
    if (committee) identity.committee = committee;
    if (title) identity.title = title;
    Object.assign(identity, definedOnly({ published: publishedDateFromPage(doc) }));
  } catch (error) {
    console.debug('[committee-lens] could not read the report identity', error);
  }
  return identity;
}
