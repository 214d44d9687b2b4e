/** Words and sizes the popup's React UI and its first paint (`paint-summary.ts`) share. */

export const KIND_LABELS = { report: 'Committee report', response: 'Government response', tracker: 'Tracker page', other: 'Page' } as const;

export const NUMBER_WORDS = { recommendation: 'Recommendation', paragraph: 'Paragraph', selection: 'Saved selection' } as const;

/** Rows in the list's first render: more than the popup shows. The rest follow in a background render. */
export const FIRST_ROWS = 20;
