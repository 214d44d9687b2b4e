import type { LensDatabase } from './db';
import { normalizeSpace } from './detect/text';
import { answeredReportKey, answersToStore } from './link';
import { LensFailure } from './messages';
import { itemKey, type DetectedPage, type StoredAnswer } from './model';

const provisionalKey = (paperNumber: string) => `paper:${normalizeSpace(paperNumber).toUpperCase()}`;

/** A report page was read: remember it, and answer what the government said to it, if known. */
async function recordReport(db: LensDatabase, page: DetectedPage, now: number): Promise<StoredAnswer[]> {
  const { report } = page;
  return db.transaction('rw', db.reports, db.answers, async () => {
    const existing = await db.reports.get(report.key);
    await db.reports.put({ ...report, url: page.url, responseUrl: existing?.responseUrl, seenAt: now });
    const answers = await db.answers.where('reportKey').equals(report.key).toArray();
    if (!report.paperNumber) return answers;
    // Answers read before this report was known, filed under its paper number: file them here now.
    const waiting = await db.answers.where('reportKey').equals(provisionalKey(report.paperNumber)).toArray();
    if (waiting.length === 0) return answers;
    const moved = waiting.map((answer) => ({ ...answer, key: itemKey(report.key, answer.number), reportKey: report.key }));
    await db.answers.bulkDelete(waiting.map((answer) => answer.key));
    await db.answers.bulkPut(moved);
    await db.reports.update(report.key, { responseUrl: moved[0]!.responseUrl });
    const movedKeys = new Set(moved.map((answer) => answer.key));
    return [...answers.filter((answer) => !movedKeys.has(answer.key)), ...moved];
  });
}

/** A response page was read: store its answers under the report they answer. */
async function recordResponse(db: LensDatabase, page: DetectedPage, now: number): Promise<number> {
  const paper = page.respondsTo?.paperNumber;
  const candidates = paper ? await db.reports.where('paperNumber').equals(paper).toArray() : [];
  const reportKey = answeredReportKey(page, candidates);
  if (!reportKey) return 0;
  const answers = answersToStore(page, reportKey, now);
  await db.transaction('rw', db.reports, db.answers, async () => {
    await db.answers.bulkPut(answers);
    if (await db.reports.get(reportKey)) await db.reports.update(reportKey, { responseUrl: page.url });
  });
  return answers.length;
}

/**
 * What the background does when a page has been read: reports are remembered and get their stored
 * answers back; responses have their answers stored (without the reader saving anything).
 */
export async function recordPage(
  db: LensDatabase,
  page: DetectedPage,
  now = Date.now(),
): Promise<{ answers: StoredAnswer[]; stored: number }> {
  try {
    if (page.kind === 'report' && page.items.length > 0) return { answers: await recordReport(db, page, now), stored: 0 };
    if (page.kind === 'response') return { answers: [], stored: await recordResponse(db, page, now) };
    return { answers: [], stored: 0 };
  } catch (error) {
    throw new LensFailure('write-failed', `Could not record this page: ${error instanceof Error ? error.message : String(error)}`);
  }
}
