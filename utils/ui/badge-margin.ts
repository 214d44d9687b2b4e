/**
 * Where a badge goes beside its recommendation. It hangs in the margin before the item's first
 * line, so the page's text never moves; where the margin is too narrow for the labelled badge it
 * tries the symbol alone, and only where neither fits does it sit inline, as the symbol (the one
 * case that reflows the text, once, by the symbol's width). A page shows one form throughout: when
 * one badge has to drop its word, they all do.
 */
export interface Box {
  left: number;
  right: number;
}

export type BadgePlace = 'margin' | 'compact' | 'inline';

export interface MarginInput {
  /** Our 1px anchor in the line, just after the item's number label (or at its start). */
  anchor: Box;
  /** The page's own number label before the anchor ("7."), when there is one. */
  label?: Box;
  /** The badge as drawn now, hanging before the anchor. */
  badge: Box;
  /** The horizontal extent the badge may use: the page, less any ancestor that clips. */
  room: Box;
  rtl: boolean;
}

/**
 * How far to move the badge further into the margin so it clears the page's number label:
 * the distance from the anchor back to the start of the line's first box.
 */
export function clearanceOf({ anchor, label, rtl }: Pick<MarginInput, 'anchor' | 'label' | 'rtl'>): number {
  if (!label) return 0;
  return Math.max(0, rtl ? label.right - anchor.right : anchor.left - label.left);
}

/**
 * Room kept round a badge for its focus ring (2px outline, 2px offset), shown while it is focused
 * or its popover is open: a badge that fits only without it is cut at the page's edge when opened.
 */
export const FOCUS_RING = 4;

/** Does the badge, moved by `clearance`, lie wholly inside the room, focus ring included? */
export function fitsInMargin(input: MarginInput, clearance = clearanceOf(input)): boolean {
  const shift = input.rtl ? clearance : -clearance;
  const left = input.badge.left + shift - FOCUS_RING;
  const right = input.badge.right + shift + FOCUS_RING;
  return left >= input.room.left && right <= input.room.right;
}

/** The horizontal room the page gives: the document's width, cut by every clipping ancestor. */
export function intersectRoom(boxes: readonly Box[]): Box {
  return boxes.reduce((room, box) => ({ left: Math.max(room.left, box.left), right: Math.min(room.right, box.right) }));
}
