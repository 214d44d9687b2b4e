import type { Status } from '@/utils/model/statuses';

/** One SVG shape of an icon, on a 16 × 16 grid. */
export type Shape = { tag: 'path'; d: string; fill?: string; stroke?: string } | { tag: 'circle'; cx: number; cy: number; r: number };

const RING: Shape = { tag: 'circle', cx: 8, cy: 8, r: 5.25 };

/** The status symbols (so colour is never the only signal), drawn by React and by the badge alike. */
export const STATUS_SHAPES: Record<Status, readonly Shape[]> = {
  accepted: [{ tag: 'path', d: 'M3.5 8.5l3 3 6-7' }],
  'partially-accepted': [RING, { tag: 'path', d: 'M8 2.75a5.25 5.25 0 0 1 0 10.5z', fill: 'currentColor', stroke: 'none' }],
  rejected: [{ tag: 'path', d: 'M4.5 4.5l7 7M11.5 4.5l-7 7' }],
  noted: [RING, { tag: 'path', d: 'M8 7.25v3.5M8 5.1v.1' }],
  'no-response': [RING, { tag: 'path', d: 'M4.4 11.6l7.2-7.2' }],
  pending: [RING, { tag: 'path', d: 'M8 5v3.25l2.1 1.3' }],
};

/** A bookmark. */
export const SAVED_SHAPES: readonly Shape[] = [{ tag: 'path', d: 'M4.5 2.5h7v11l-3.5-2.6-3.5 2.6z' }];

/** Stroke settings of the status symbols. */
export const STATUS_STROKE = { strokeWidth: '1.9', strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
/** Stroke settings of the bookmark. */
export const SAVED_STROKE = { strokeWidth: '1.6', strokeLinejoin: 'round' } as const;
