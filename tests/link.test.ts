import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LensDatabase } from '@/utils/db';
import { answeredReportKey, applyAnswers, answersToStore, textSimilarity } from '@/utils/link';
import type { DetectedPage } from '@/utils/model/model';
import { recordPage } from '@/utils/page-records';
import { parsePublicationsUrl } from '@/utils/report-key';
import { sampleItem, samplePage } from './helpers/sample';

const REPORT_URL = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html';
const REPORT_KEY = 'commons/5803/cmjust/HC304';
const REC_7 = 'We call for an immediate end to the sharing of victims’ and witnesses’ data between the police and the Home Office.';

function reportPage(): DetectedPage {
  return {
    ...samplePage([sampleItem('7', { text: REC_7 }), sampleItem('8', { text: 'We recommend that clause 4 be amended.' })]),
    kind: 'report',
    url: REPORT_URL,
    report: { key: REPORT_KEY, paperNumber: 'HC 304', title: 'Pre-legislative scrutiny of the draft Victims Bill' },
  };
}

function responsePage(respondsTo: DetectedPage['respondsTo'], quoted = REC_7): DetectedPage {
  return {
    ...samplePage([
      sampleItem('7', {
        text: quoted,
        reading: {
          status: 'rejected',
          source: 'classifier',
          confidence: 0.75,
          evidence: 'As such, we do not consider that any changes are necessary.',
        },
        response: {
          text: '14. The Government acknowledges… As such, we do not consider that any changes are necessary.',
          summary: 'No changes.',
        },
      }),
      sampleItem('9', { text: 'Unanswered in this sample.' }),
    ]),
    kind: 'response',
    url: 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html',
    report: { key: 'commons/5803/cmjust/HC932', title: 'Government Response' },
    respondsTo,
  };
}

describe('textSimilarity', () => {
  it('orders closer texts higher', () => {
    expect(textSimilarity(REC_7, REC_7)).toBe(1);
    expect(textSimilarity(REC_7, `${REC_7} (Paragraph 22)`)).toBeGreaterThan(
      textSimilarity(REC_7, 'We recommend that clause 4 be amended.'),
    );
    expect(textSimilarity('', REC_7)).toBe(0);
  });
});

const LORDS_URL = 'https://publications.parliament.uk/pa/ld5803/ldselect/ldstatinq/9/902.htm';

describe('answeredReportKey', () => {
  it.each([
    ['the report link', { url: REPORT_URL, paperNumber: 'HC 304' }, [], REPORT_KEY],
    ['a known paper number', { paperNumber: 'hc  304' }, [{ key: 'k', paperNumber: 'HC 304', url: 'u', seenAt: 1 }], 'k'],
    ['an unknown paper number', { paperNumber: 'HC 304' }, [], 'paper:HC 304'],
    [
      'a Lords paper number as a response prints it, against the report read from its URL',
      { paperNumber: 'HL Paper 9' },
      [{ key: 'lords/5803/ldstatinq/HL9', paperNumber: parsePublicationsUrl(new URL(LORDS_URL))!.paperNumber, url: LORDS_URL, seenAt: 1 }],
      'lords/5803/ldstatinq/HL9',
    ],
    ['nothing to go on', { title: 'Some report' }, [], undefined],
  ])('from %s', (_name, respondsTo, known, expected) => {
    expect(answeredReportKey(responsePage(respondsTo), known)).toBe(expected);
  });
});

describe('applyAnswers', () => {
  it('gives answered items the stored status and summary, confirms matching text, flags a mismatch', () => {
    const answers = answersToStore(responsePage({ url: REPORT_URL }), REPORT_KEY, 5);
    expect(answers.map((a) => a.key)).toEqual([`${REPORT_KEY}#7`]);
    const page = applyAnswers(reportPage(), answers);
    expect(page.items[0]).toMatchObject({
      reading: { status: 'rejected' },
      response: { summary: 'No changes.' },
      link: { match: 'confirmed' },
    });
    expect(page.items[1]!.reading.status).toBe('pending');
    const mismatched = applyAnswers(
      reportPage(),
      answersToStore(responsePage({ url: REPORT_URL }, 'Something about courts entirely different.'), REPORT_KEY, 5),
    );
    expect(mismatched.items[0]!.link?.match).toBe('mismatch');
  });

  it('leaves tracker statuses, body paragraphs and other page kinds alone', () => {
    const answers = answersToStore(responsePage({ url: REPORT_URL }), REPORT_KEY, 5);
    const tracker = reportPage();
    tracker.items[0] = sampleItem('7', { reading: { status: 'accepted', source: 'tracker' } });
    expect(applyAnswers(tracker, answers).items[0]!.reading.status).toBe('accepted');
    const body = reportPage();
    body.items[0] = { ...body.items[0]!, numbering: 'paragraph' };
    expect(applyAnswers(body, answers).items[0]!.link).toBeUndefined();
    expect(applyAnswers({ ...reportPage(), kind: 'response' }, answers).items[0]!.link).toBeUndefined();
  });
});

describe('recordPage (real Dexie on fake-indexeddb)', () => {
  const dbs: LensDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });
  const open = () => {
    const db = new LensDatabase(`link-${Date.now()}-${dbs.length}`);
    dbs.push(db);
    return db;
  };

  it('response first, report later: the report gets the answers', async () => {
    const db = open();
    expect(await recordPage(db, responsePage({ url: REPORT_URL, paperNumber: 'HC 304' }), 1)).toEqual({ answers: [], stored: 1 });
    const { answers } = await recordPage(db, reportPage(), 2);
    expect(answers.map((a) => [a.number, a.reading.status])).toEqual([['7', 'rejected']]);
    expect((await db.reports.get(REPORT_KEY))?.responseUrl).toBeUndefined();
  });

  it('a response naming only a paper number is filed under it, then moved to the report when it is read', async () => {
    const db = open();
    await recordPage(db, responsePage({ paperNumber: 'HC 304' }), 1);
    expect(await db.answers.where('reportKey').equals('paper:HC 304').count()).toBe(1);
    const { answers } = await recordPage(db, reportPage(), 2);
    expect(answers.map((a) => a.key)).toEqual([`${REPORT_KEY}#7`]);
    expect(await db.answers.where('reportKey').equals('paper:HC 304').count()).toBe(0);
    expect((await db.reports.get(REPORT_KEY))?.responseUrl).toContain('/932/');
  });

  it('report first, response later: the known paper number links them', async () => {
    const db = open();
    await recordPage(db, reportPage(), 1);
    await recordPage(db, responsePage({ paperNumber: 'HC 304' }), 2);
    expect((await recordPage(db, reportPage(), 3)).answers).toHaveLength(1);
    expect((await db.reports.get(REPORT_KEY))?.responseUrl).toContain('/932/');
  });

  it('records nothing for trackers and other pages', async () => {
    const db = open();
    expect(await recordPage(db, { ...reportPage(), kind: 'tracker' }, 1)).toEqual({ answers: [], stored: 0 });
    expect(await db.reports.count()).toBe(0);
  });
});
