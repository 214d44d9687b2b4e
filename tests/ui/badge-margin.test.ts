import { describe, expect, it } from 'vitest';
import { clearanceOf, fitsInMargin, FOCUS_RING, intersectRoom, type MarginInput } from '@/utils/ui/badge-margin';

const box = (left: number, right: number) => ({ left, right });

/** A line starting at x = 224 with a "7." label 38 px wide, our anchor after it. */
const ltr = (badge: MarginInput['badge'], room = box(0, 1280)): MarginInput => ({
  anchor: box(262, 263),
  label: box(224, 262),
  badge,
  room,
  rtl: false,
});

/** The same mirrored: the line starts at the right, x = 1056. */
const rtl = (badge: MarginInput['badge'], room = box(0, 1280)): MarginInput => ({
  anchor: box(1017, 1018),
  label: box(1018, 1056),
  badge,
  room,
  rtl: true,
});

describe('clearanceOf', () => {
  it.each([
    ['past the number label, left to right', 38, ltr(box(120, 254))],
    ['past the number label, right to left', 38, rtl(box(1026, 1160))],
    ['nothing to clear without a label', 0, { ...ltr(box(120, 254)), label: undefined }],
    ['nothing to clear when the label comes after the anchor', 0, { ...ltr(box(120, 254)), label: box(300, 330) }],
  ])('%s', (_name, expected, input) => {
    expect(clearanceOf(input)).toBe(expected);
  });
});

describe('fitsInMargin', () => {
  it.each([
    ['a labelled badge in a wide margin', true, ltr(box(120, 254))],
    ['a badge that would cross the page edge once past the label', false, ltr(box(20, 154))],
    ['a symbol-only badge in the same margin', true, ltr(box(120, 150))],
    ['a badge cut by a clipping ancestor', false, ltr(box(120, 254), box(200, 1100))],
    ['right to left, into the right margin', true, rtl(box(1026, 1160))],
    ['right to left, past the page edge', false, rtl(box(1026, 1160), box(0, 1180))],
  ])('%s', (_name, expected, input) => {
    expect(fitsInMargin(input)).toBe(expected);
  });

  it('keeps room for the focus ring an open badge shows, so it is not cut at the page edge', () => {
    expect(fitsInMargin(ltr(box(FOCUS_RING, 30)), 0)).toBe(true);
    expect(fitsInMargin(ltr(box(FOCUS_RING - 1, 30)), 0)).toBe(false);
    expect(fitsInMargin(rtl(box(1200, 1280 - FOCUS_RING)), 0)).toBe(true);
    expect(fitsInMargin(rtl(box(1200, 1280 - FOCUS_RING + 1)), 0)).toBe(false);
  });

  it('takes a badge already drawn past the label as it is when told the clearance is 0', () => {
    expect(fitsInMargin(ltr(box(20, 50)), 0)).toBe(true);
    expect(fitsInMargin(ltr(box(20, 50)))).toBe(false);
  });
});

describe('intersectRoom', () => {
  it.each([
    ['the page alone', box(0, 1280), [box(0, 1280)]],
    ['cut by a scrolling column', box(200, 1100), [box(0, 1280), box(200, 1100)]],
    ['cut from both sides by nested clips', box(210, 900), [box(0, 1280), box(200, 1100), box(210, 900)]],
  ])('%s', (_name, expected, boxes) => {
    expect(intersectRoom(boxes)).toEqual(expected);
  });
});
