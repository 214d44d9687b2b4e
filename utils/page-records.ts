import type { LensDatabase } from './db';
import { normalizeSpace } from './detect/text';
import { answeredReportKey, answersToStore } from './link';
import { LensFailure, errorMessage } from './errors';
import { itemKey } from './model/items';
import { type DetectedPage, type ReportIdentity, type StoredAnswer } from './model/model';
import { estimateFromPage, mergeResponse, responseDueOf, type StoredResponse } from './committees-api/facts';

const provisionalKey = (paperNumber: string) => `paper:${normalizeSpace(paperNumber).toUpperCase()}`;

/** A report page was read: remember it, and answer what the government said to it, if known. */
async function recordReport(db: LensDatabase, page: DetectedPage, now: number): Promise<StoredAnswer[]> {
  const { report } = page;
  return db.transaction('rw', db.reports, db.answers, async () => {
    const existing = await db.reports.get(report.key);
    // What is known of its response: kept; an estimate from this page where nothing better is known.
    const estimate = estimateFromPage(report, page.url, now);
    const response = estimate ? mergeResponse(existing?.response, estimate) : existing?.response;
    await db.reports.put({
      ...report,
      url: page.url,
      responseUrl: existing?.responseUrl,
      seenAt: now,
      ...(response ? { response } : {}),
      responseDue: responseDueOf(response),
    });
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
 * What was learnt about a report's response (from the Committees API or by following pages): kept
 * on the report's record, merged over what was there. Answers the record's facts.
 */
export async function recordResponseFacts(
  db: LensDatabase,
  report: ReportIdentity,
  url: string,
  facts: StoredResponse,
  now = Date.now(),
): Promise<StoredResponse> {
  try {
    return await db.transaction('rw', db.reports, async () => {
      const existing = await db.reports.get(report.key);
      const response = mergeResponse(existing?.response, facts);
      const responseUrl = existing?.responseUrl ?? response.answers.find((answer) => answer.url)?.url;
      await db.reports.put({
        ...(existing ?? { ...report, url, seenAt: now }),
        ...(responseUrl ? { responseUrl } : {}),
        response,
        responseDue: responseDueOf(response),
      });
      return response;
    });
  } catch (error) {
    throw new LensFailure('write-failed', `Could not record the response's deadline: ${errorMessage(error)}`);
  }
}

/** What is stored about a report's response, if anything. */
export async function storedResponseOf(db: LensDatabase, reportKey: string): Promise<StoredResponse | undefined> {
  return (await db.reports.get(reportKey))?.response;
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
    throw new LensFailure('write-failed', `Could not record this page: ${errorMessage(error)}`);
  }
}
