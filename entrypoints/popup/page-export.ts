import { downloadFile } from '@/components/download';
import { LensDatabase } from '@/utils/db';
import { exportFormat, type ExportKind } from '@/utils/export';
import { sendToTab, type PageSummary } from '@/utils/messages';
import { LensFailure } from '@/utils/errors';
import { toSaveInput } from '@/utils/model/items';
import { type SavedItem } from '@/utils/model/model';
import { savedViewsForKeys } from '@/utils/saved-items';

/**
 * "Export page". The popup imports this module only when a format is chosen, so the database
 * (Dexie) and the export formats are not in the popup's first load.
 */

/** Every item on the page as export records: the saved record where there is one (with its note and tags). */
export async function pageExportItems(db: LensDatabase, summary: PageSummary, now = Date.now()): Promise<SavedItem[]> {
  const { page } = summary;
  if (!page) return [];
  // The saved view (its current reading, note and tags) wherever the item was saved from.
  const saved = await savedViewsForKeys(
    db,
    page.items.map((item) => item.key),
  );
  return page.items.map(
    (item, i) => saved[i] ?? { ...toSaveInput(item, page, summary.title), savedAt: now, updatedAt: now, note: '', tags: [] },
  );
}

let db: LensDatabase | undefined;

/** Download every item on the tab's page in one format (the full summary: the popup's own has only what its rows show). */
export async function exportPage(tabId: number, kind: ExportKind): Promise<void> {
  const result = await sendToTab(tabId)('getPageSummary', {});
  if (!result.ok) throw new LensFailure(result.error.code, result.error.message);
  db ??= new LensDatabase();
  downloadFile(exportFormat(kind).run(await pageExportItems(db, result.data), { contents: 'page' }));
}
