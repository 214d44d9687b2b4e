import { clearanceOf, fitsInMargin, intersectRoom, type BadgePlace, type Box, type MarginInput } from '@/utils/badge-margin';
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

/**
 * Put each new badge in the margin before its line where it fits (labelled, then symbol only),
 * else inline. Reads all geometry before writing any; a second pass only for the badges that
 * tried the symbol-only form. With `again`, every badge is placed afresh (after a resize or a
 * change of badge style).
 */
export function placeBadges(slots: Iterable<BadgeHost>, again = false): void {
  const hosts = [...slots].map((slot) => slot.host);
  if (again) for (const host of hosts) setPlace(host, undefined, 0);
  const unplaced = hosts.filter((host) => host.isConnected && !host.dataset.clPlace);
  if (unplaced.length === 0) return;

  const retry: HTMLElement[] = [];
  const decisions = measure(unplaced).map(({ host, input }) => {
    const clearance = clearanceOf(input);
    if (fitsInMargin(input, clearance)) return { host, place: 'margin' as const, clearance };
    const labelled = !!host.shadowRoot?.querySelector('.cl-badge-label');
    if (labelled) retry.push(host);
    return labelled ? { host, place: 'compact' as const, clearance } : { host, place: 'inline' as const, clearance: 0 };
  });
  for (const { host, place, clearance } of decisions) setPlace(host, place, clearance);

  // The symbol-only badges are drawn with their clearance already applied.
  for (const { host, input } of measure(retry)) if (!fitsInMargin(input, 0)) setPlace(host, 'inline', 0);
}
