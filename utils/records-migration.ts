import {
  savedEntrySchema,
  savedItemSchema,
  type RecommendationRecord,
  type SaveItemInput,
  type SavedEntry,
  type StoredAnswer,
} from './model/model';
import { entryOfView, inputOfView, mergeEntries, newRecord, sameRecommendation, textKeyOf, withSighting } from './records';

/** A stored row that no longer fits its schema, kept aside (never deleted) with why. */
export interface QuarantinedRow {
  id?: number;
  table: string;
  row: unknown;
  error: string;
  at: number;
}

export type SplitRow =
  | { kind: 'split'; input: SaveItemInput; entry: SavedEntry }
  | { kind: 'entry'; entry: SavedEntry }
  | { kind: 'quarantine'; quarantined: QuarantinedRow };

/**
 * The v2 → v3 step for one saved-item row, pure: a v2 row (the recommendation and the reader's data
 * in one) is split into the save input it came from and the reader's entry; a row already in the v3
 * shape is passed through as it is (so running the step again changes nothing); anything else is
 * quarantined untouched. The input is never mutated.
 */
export function splitSavedItemRow(row: unknown, now: number): SplitRow {
  const v2 = savedItemSchema.safeParse(row);
  if (v2.success) return { kind: 'split', input: inputOfView(v2.data), entry: entryOfView(v2.data) };
  const v3 = savedEntrySchema.strict().safeParse(row);
  if (v3.success) return { kind: 'entry', entry: v3.data };
  return { kind: 'quarantine', quarantined: { table: 'savedItems', row, error: v2.error.message, at: now } };
}

const KIND_ORDER = { report: 0, response: 1, tracker: 2, other: 3 } as const;

/**
 * Every v2 row as v3 rows, pure: one recommendation record per recommendation, however many pages
 * it was saved from. Rows of one recommendation (the same report and number, found through the
 * stored answers for a response's rows, or the same text, quote marks and dashes aside) become one
 * record and one entry: both notes where they differ, every tag, the first save time.
 */
export function migrateSavedItems(
  rows: readonly unknown[],
  answers: readonly StoredAnswer[],
  now: number,
): { recommendations: RecommendationRecord[]; saved: SavedEntry[]; quarantined: QuarantinedRow[] } {
  const quarantined: QuarantinedRow[] = [];
  const passed: SavedEntry[] = [];
  const inputs: { input: SaveItemInput; entry: SavedEntry; key: string }[] = [];
  const answerOf = new Map(answers.map((answer) => [`${answer.responseKey}#${answer.number}`, answer]));
  for (const row of rows) {
    const split = splitSavedItemRow(row, now);
    if (split.kind === 'quarantine') quarantined.push(split.quarantined);
    else if (split.kind === 'entry') passed.push(split.entry);
    else {
      // A row saved on a response page: its number is answered under the report's key.
      const answer = answerOf.get(split.input.key);
      const input: SaveItemInput = answer
        ? {
            ...split.input,
            pageKind: 'response',
            respondsTo: split.input.respondsTo ?? (answer.paperNumber ? { paperNumber: answer.paperNumber } : {}),
          }
        : split.input;
      inputs.push({ input, entry: split.entry, key: answer?.key ?? input.key });
    }
  }
  // Report pages first, so a record is keyed and named by its report where one was saved.
  inputs.sort((a, b) => kindRank(a.input) - kindRank(b.input) || a.entry.savedAt - b.entry.savedAt);
  const byKey = new Map<string, { record: RecommendationRecord; entry: SavedEntry }>();
  const byText = new Map<string, string>();
  for (const { input, entry, key } of inputs) {
    const textKey = textKeyOf(input.text);
    const existingKey = byKey.has(key)
      ? key
      : ([...byKey.values()].find((g) => g.record.aliases.includes(input.key) || sameRecommendation(g.record, input))?.record.key ??
        byText.get(textKey));
    const group = existingKey === undefined ? undefined : byKey.get(existingKey);
    if (group) {
      group.record = withSighting(group.record, input, entry.updatedAt);
      group.entry = mergeEntries(group.entry, entry, group.record.key);
    } else {
      byKey.set(key, { record: newRecord(key, input, entry.updatedAt), entry: { ...entry, key } });
      byText.set(textKey, key);
    }
  }
  const groups = [...byKey.values()];
  return { recommendations: groups.map((g) => g.record), saved: [...groups.map((g) => g.entry), ...passed], quarantined };
}

function kindRank(input: SaveItemInput): number {
  return KIND_ORDER[
    input.pageKind ?? (input.reading.source === 'tracker' ? 'tracker' : input.numbering === 'selection' ? 'other' : 'report')
  ];
}
