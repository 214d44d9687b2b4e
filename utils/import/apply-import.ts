import type { LensDatabase } from '../db';
import { LensFailure, errorMessage } from '../errors';
import { putSavedViews } from '../saved-items';
import { selectionPagesOf } from '../selection-pages';
import type { MergePlan } from './plan-merge';

/**
 * Write an import plan in one transaction: all of it or, on any failure, none of it.
 * The library page does this itself: a large file is too big to pass as one message. Answers the
 * pages with saved selections it wrote, for the background (the list's one writer) to list.
 */
export async function applyImport(db: LensDatabase, plan: MergePlan): Promise<string[]> {
  const rows = [...plan.add, ...plan.update];
  if (rows.length === 0) return [];
  try {
    await db.transaction('rw', [db.savedItems, db.recommendations, db.answers], () => putSavedViews(db, rows));
  } catch (error) {
    throw new LensFailure('write-failed', `Nothing was imported: ${errorMessage(error)}`);
  }
  return [...new Set(selectionPagesOf(rows))];
}
