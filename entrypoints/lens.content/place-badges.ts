import { clearanceOf, fitsInMargin, intersectRoom, type BadgePlace, type Box, type MarginInput } from '@/utils/ui/badge-margin';
import { numberLabelOf, type BadgeHost } from './mount';

const CLEARANCE = '--cl-clearance';

/** Horizontal room the badge may use at this host, caching each ancestor's clip for the pass. */
function roomFor(host: HTMLElement, clips: Map<Element, Box | null>, page: Box): Box {
  const boxes = [page];
  for (let el = host.parentElement; el && el !== host.ownerDocument.documentElement; el = el.parentElement) {
    let clip = clips.get(el);
    if (clip === undefined) {
      const { overflowX } = getComputedStyle(el);
      clip = overflowX === 'visible' ? null : el.getBoundingClientRect();
      clips.set(el, clip);
    }
    if (clip) boxes.push(clip);
  }
  return intersectRoom(boxes);
}

interface Measured {
  host: HTMLElement;
  input: MarginInput;
}

/** Read every host's geometry in one go (one layout), skipping badges not drawn (filtered, hidden). */
function measure(hosts: readonly HTMLElement[]): Measured[] {
  const clips = new Map<Element, Box | null>();
  const doc = hosts[0]?.ownerDocument;
  if (!doc?.defaultView) return [];
  const view = doc.defaultView;
  const page = { left: -view.scrollX, right: doc.documentElement.clientWidth };
  const measured: Measured[] = [];
  for (const host of hosts) {
    const badge = host.shadowRoot?.querySelector('.cl-badge')?.getBoundingClientRect();
    if (!badge || badge.width === 0) continue;
    const label = numberLabelOf(host)?.getBoundingClientRect();
    const rtl = getComputedStyle(host).direction === 'rtl';
    measured.push({ host, input: { anchor: host.getBoundingClientRect(), label, badge, room: roomFor(host, clips, page), rtl } });
  }
  return measured;
}

function setPlace(host: HTMLElement, place: BadgePlace | undefined, clearance: number): void {
  if (place) host.dataset.clPlace = place;
  else delete host.dataset.clPlace;
  if (clearance === 0) host.style.removeProperty(CLEARANCE);
  else host.style.setProperty(CLEARANCE, `${Math.ceil(clearance)}px`);
}

const labelled = (host: HTMLElement) => !!host.shadowRoot?.querySelector('.cl-badge-label');

/**
 * Put each new badge in the margin before its line where it fits, else inline. One form for the
 * whole page: labelled while every badge fits labelled in the margin; once one does not, every
 * badge shows its symbol only (those already placed too), in the margin where the symbol fits and
 * inline (the symbol, in the line) where it does not. No lone symbol among labelled badges.
 * Reads all geometry before writing any. With `again`, every badge is placed afresh (after a
 * resize or a change of badge style).
 */
export function placeBadges(slots: Iterable<BadgeHost>, again = false): void {
  const hosts = [...slots].map((slot) => slot.host).filter((host) => host.isConnected);
  if (again) for (const host of hosts) setPlace(host, undefined, 0);
  const unplaced = hosts.filter((host) => !host.dataset.clPlace);
  if (unplaced.length === 0) return;

  // Symbols already (an earlier slice, or the compact setting): the new ones follow.
  const symbols = hosts.some((host) => host.dataset.clPlace && host.dataset.clPlace !== 'margin');
  if (!symbols) {
    const measured = measure(unplaced);
    const fits = measured.map(({ input }) => ({ input, clearance: clearanceOf(input) }));
    if (fits.every(({ input, clearance }) => fitsInMargin(input, clearance))) {
      measured.forEach(({ host }, i) => setPlace(host, 'margin', fits[i]!.clearance));
      return;
    }
    // One does not fit labelled: the badges placed labelled become symbols, keeping their clearance.
    for (const host of hosts) if (host.dataset.clPlace === 'margin' && labelled(host)) host.dataset.clPlace = 'compact';
  }

  // The new badges as symbols (drawn so, then measured): in the margin where they fit, else inline.
  for (const host of unplaced) setPlace(host, 'compact', 0);
  const measured = measure(unplaced);
  const placed = new Set<HTMLElement>();
  for (const { host, input } of measured) {
    const clearance = clearanceOf(input);
    if (fitsInMargin(input, clearance)) setPlace(host, 'compact', clearance);
    else setPlace(host, 'inline', 0);
    placed.add(host);
  }
  // Badges not drawn (filtered out, hidden) are placed when they are shown.
  for (const host of unplaced) if (!placed.has(host)) setPlace(host, undefined, 0);
}
