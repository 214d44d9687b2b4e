import type { SavedItem } from '../model/model';
import { isoDay } from '../export/export-file';

export interface MergeReport {
  /** Items that were not in the library. */
  added: number;
  /** Items in the library that the file changes. */
  updated: number;
  /** Items in the file that change nothing (already there, or older with nothing new). */
  skipped: number;
  /** Items whose library note and imported note differed, so both were kept. */
  notesKept: number;
}

export interface MergePlan {
  add: SavedItem[];
  update: SavedItem[];
  unchanged: number;
  report: MergeReport;
}

/** The line put between the library's note and a differing imported note. */
export function importedNoteHeading(updatedAt: number): string {
  const day = isoDay(updatedAt);
  return day ? `— Imported note (${day}):` : '— Imported note:';
}

/** True when `block` is the whole of `text` or whole lines of it. */
function hasLines(text: string, block: string): boolean {
  return text === block || text.startsWith(`${block}\n`) || text.endsWith(`\n${block}`) || text.includes(`\n${block}\n`);
}

/** Both notes, never one silently replacing the other; a note already contained is not repeated. */
function mergeNotes(existing: SavedItem, incoming: SavedItem): { note: string; keptBoth: boolean } {
  const ours = existing.note;
  const theirs = incoming.note;
  if (!theirs.trim() || hasLines(ours, theirs)) return { note: ours, keptBoth: false };
  if (!ours.trim() || hasLines(theirs, ours)) return { note: theirs, keptBoth: false };
  return { note: `${ours}\n\n${importedNoteHeading(incoming.updatedAt)}\n${theirs}`, keptBoth: true };
}

/**
 * One record from two versions of an item: the newer (by `updatedAt`; the library's on a tie) gives
 * every field, except that notes are both kept when they differ, tags are the union (library's order
 * first) and `savedAt` is the earliest.
 */
export function mergeItem(existing: SavedItem, incoming: SavedItem): { item: SavedItem; keptBothNotes: boolean } {
  const newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
  const { note, keptBoth } = mergeNotes(existing, incoming);
  return {
    item: {
      ...newer,
      note,
      tags: [...new Set([...existing.tags, ...incoming.tags])],
      savedAt: Math.min(existing.savedAt, incoming.savedAt),
      updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
    },
    keptBothNotes: keptBoth,
  };
}

/** Deep equality for plain data (what zod parses from JSON); keys holding `undefined` count as absent. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => sameData(value, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameData(left[key], right[key])) return false;
  return true;
}

/**
 * What importing `incoming` into a library holding `existing` would do, without doing it. Apply it
 * in one transaction: `db.savedItems.bulkPut([...plan.add, ...plan.update])`. An item that appears
 * twice in the file is merged with itself first.
 */
export function planMerge(existing: readonly SavedItem[], incoming: readonly SavedItem[]): MergePlan {
  const library = new Map(existing.map((item) => [item.key, item]));
  const merged = new Map<string, SavedItem>();
  const notesKept = new Set<string>();
  for (const item of incoming) {
    const current = merged.get(item.key) ?? library.get(item.key);
    if (!current) {
      merged.set(item.key, item);
      continue;
    }
    const result = mergeItem(current, item);
    if (result.keptBothNotes) notesKept.add(item.key);
    merged.set(item.key, result.item);
  }

  const add: SavedItem[] = [];
  const update: SavedItem[] = [];
  let unchanged = 0;
  for (const [key, item] of merged) {
    const before = library.get(key);
    if (!before) add.push(item);
    else if (sameData(before, item)) unchanged++;
    else update.push(item);
  }
  return { add, update, unchanged, report: { added: add.length, updated: update.length, skipped: unchanged, notesKept: notesKept.size } };
}
