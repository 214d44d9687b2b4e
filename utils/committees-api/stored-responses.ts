import type { LensDatabase } from '../db';
import { storedResponseSchema, type StoredResponse } from './facts';

/**
 * What is known about each report's government response, by report key (the library's Response
 * column). Rows are validated on the way out; a row that does not parse shows no response.
 */
export async function loadReportResponses(db: LensDatabase): Promise<Map<string, StoredResponse>> {
  const out = new Map<string, StoredResponse>();
  await db.reports.each((row) => {
    if (row.response === undefined) return;
    const parsed = storedResponseSchema.safeParse(row.response);
    if (parsed.success) out.set(row.key, parsed.data);
  });
  return out;
}

/** Reports whose response was due before `today` and is not known (the indexed `responseDue`). */
export async function overdueReportKeys(db: LensDatabase, today: string): Promise<Set<string>> {
  const keys = await db.reports.where('responseDue').between('0000-00-00', today, true, false).primaryKeys();
  return new Set(keys);
}
