import type { LensDatabase } from '@/utils/db';
import type { PageSummary } from '@/utils/messages';
import { toSaveInput, type SavedItem } from '@/utils/model';

/** Every item on the page as export records: the saved record where there is one (with its note and tags). */
export async function pageExportItems(db: LensDatabase, summary: PageSummary, now = Date.now()): Promise<SavedItem[]> {
  const { page } = summary;
  if (!page) return [];
  const saved = await db.savedItems.bulkGet(page.items.map((item) => item.key));
  return page.items.map(
    (item, i) => saved[i] ?? { ...toSaveInput(item, page, summary.title), savedAt: now, updatedAt: now, note: '', tags: [] },
  );
}
