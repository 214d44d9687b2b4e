/*
 * The statuses and their words, without zod: the content script's first stage reads these without
 * evaluating a schema. `model.ts` builds `statusSchema` from `STATUSES`.
 */

export const STATUSES = ['accepted', 'partially-accepted', 'rejected', 'noted', 'no-response', 'pending'] as const;
export type Status = (typeof STATUSES)[number];

/** The word shown for each status. Colour is never the only signal: every badge shows this word. */
export const STATUS_LABELS: Record<Status, string> = {
  accepted: 'Accepted',
  'partially-accepted': 'Partly accepted',
  rejected: 'Rejected',
  noted: 'Noted',
  'no-response': 'No response',
  pending: 'Pending',
};

/** Longer wording for the popover and popup legends. */
export const STATUS_DESCRIPTIONS: Record<Status, string> = {
  accepted: 'The government accepted this recommendation.',
  'partially-accepted': 'The government accepted part of this recommendation, or accepted it in principle.',
  rejected: 'The government rejected this recommendation.',
  noted: 'The government answered without taking a clear position.',
  'no-response': 'The government’s response does not address this recommendation.',
  pending: 'No government response seen yet.',
};

/** Parse a tracker's status words ("Rejected", "Partially accepted", "Not yet responded") into a status. */
export function parseStatusWords(words: string): Status | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!w) return undefined;
  if (/\b(partial(ly)?|in part|in principle)\b/.test(w)) return 'partially-accepted';
  if (/\b(not (yet )?(accepted|agreed|supported)|disagreed|rejected|declined)\b/.test(w)) return 'rejected';
  // "Not implemented" says nothing about whether the recommendation was accepted.
  if (/\bnot (yet )?implemented\b/.test(w)) return undefined;
  if (/\b(accepted|agreed|supported|implemented)\b/.test(w)) return 'accepted';
  if (/\b(noted|under consideration|under review)\b/.test(w)) return 'noted';
  if (/\b(no response|not addressed|unanswered)\b/.test(w)) return 'no-response';
  if (/\b(pending|awaiting|not yet responded|not yet)\b/.test(w)) return 'pending';
  return undefined;
}

/** How many items have each status, in display order. */
export function countByStatus(items: readonly { reading: { status: Status } }[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const item of items) counts[item.reading.status]++;
  return counts;
}
