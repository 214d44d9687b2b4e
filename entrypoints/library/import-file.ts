import type { LensDatabase } from '@/utils/db';
import { applyImport } from '@/utils/import/apply-import';
import { MAX_IMPORT_BYTES, parseImport } from '@/utils/import/parse-import';
import { planMerge } from '@/utils/import/plan-merge';
import { LensFailure } from '@/utils/errors';
import { sendToBackground } from '@/utils/messages';
import { loadSavedViews } from '@/utils/saved-items';

/** Read, check and merge a library file; answers what happened in words for the reader. */
export async function importFile(db: LensDatabase, file: File): Promise<{ ok: boolean; message: string }> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `${file.name} is ${(file.size / 1048576).toFixed(0)} MB; the largest file Committee Lens imports is 50 MB. Nothing was imported.`,
    };
  }
  const parsed = parseImport(await file.text());
  if (!parsed.ok) {
    const said = parsed.error.message.startsWith('Nothing was imported');
    return { ok: false, message: `${file.name}: ${parsed.error.message}${said ? '' : ' Nothing was imported.'}` };
  }
  try {
    const plan = planMerge(await loadSavedViews(db), parsed.file.items);
    const pages = await applyImport(db, plan);
    // The list of pages with saved selections has one writer, the background.
    if (pages.length > 0) {
      const listed = await sendToBackground('selectionPagesChanged', { pageKeys: pages });
      if (!listed.ok) console.warn('[committee-lens] could not list the imported selections’ pages:', listed.error.message);
    }
    const { added, updated, skipped, notesKept } = plan.report;
    const kept = notesKept > 0 ? ` Where your note and the file's differed, both were kept (${notesKept}).` : '';
    return { ok: true, message: `Imported ${file.name}: ${added} added, ${updated} updated, ${skipped} unchanged.${kept}` };
  } catch (error) {
    return { ok: false, message: error instanceof LensFailure ? error.message : `Nothing was imported: ${String(error)}` };
  }
}
