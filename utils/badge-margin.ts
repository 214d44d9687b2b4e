/**
 * Where a badge goes beside its recommendation. It hangs in the margin before the item's first
 * line, so the page's text never moves; where the margin is too narrow for the labelled badge it
 * tries the symbol alone, and only where neither fits does it sit inline (the one case that
 * reflows the text, once).
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

/** Does the badge, moved by `clearance`, lie wholly inside the room? */
export function fitsInMargin(input: MarginInput, clearance = clearanceOf(input)): boolean {
  const shift = input.rtl ? clearance : -clearance;
  const left = input.badge.left + shift;
  const right = input.badge.right + shift;
  return left >= input.room.left && right <= input.room.right;
}

/** The horizontal room the page gives: the document's width, cut by every clipping ancestor. */
export function intersectRoom(boxes: readonly Box[]): Box {
  return boxes.reduce((room, box) => ({ left: Math.max(room.left, box.left), right: Math.min(room.right, box.right) }));
}
