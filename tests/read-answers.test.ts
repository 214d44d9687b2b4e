import { describe, expect, it } from 'vitest';
import { readAnswer, readAnswers } from '@/utils/read-answers';
import { samplePage, sampleItem } from './helpers/sample';

const SEED_ANSWER =
  '14. The Government acknowledges the points raised by the Committee. However, the Home Office Review published in December 2021 sets out the reasons why data sharing restrictions for victims and witnesses for immigration purposes are not considered operable by Immigration Enforcement nor policing. As such, we do not consider that any changes are necessary.';

describe('readAnswers', () => {
  it('reads the answer on a response page: status, evidence, deciding words and a summary', () => {
    const page = readAnswers(samplePage([sampleItem('7', { response: { text: SEED_ANSWER } })]));
    const item = page.items[0]!;
    expect(item.reading).toMatchObject({
      status: 'rejected',
      source: 'classifier',
      evidence: 'As such, we do not consider that any changes are necessary.',
    });
    expect(item.reading.confidence).toBeGreaterThan(0.5);
    const [start, end] = item.reading.deciding![0]!;
    expect(item.reading.evidence!.slice(start, end)).toMatch(/do not consider/);
    expect(item.response).toMatchObject({ summarySource: 'classifier' });
    expect(SEED_ANSWER).toContain(item.response!.summary!.replace(/…$/, '').slice(0, 40));
  });

  it('keeps a tracker status, and notes our reading beside it only when it differs', () => {
    const tracker = { status: 'accepted' as const, source: 'tracker' as const, sourceName: 'Accountability Index' };
    const page = readAnswers(
      samplePage([
        sampleItem('7', { reading: tracker, response: { text: SEED_ANSWER, summary: 'Tracker words', summarySource: 'tracker' } }),
      ]),
    );
    expect(page.items[0]!.reading).toEqual(tracker);
    expect(page.items[0]!.otherReading?.status).toBe('rejected');
    expect(page.items[0]!.response?.summary).toBe('Tracker words');
    const agreeing = readAnswers(
      samplePage([sampleItem('7', { reading: { ...tracker, status: 'rejected' }, response: { text: SEED_ANSWER } })]),
    );
    expect(agreeing.items[0]!.otherReading).toBeUndefined();
  });

  it.each([
    ['no answer text', sampleItem('1')],
    [
      'an explicit label already read',
      sampleItem('1', { reading: { status: 'accepted', source: 'classifier', confidence: 1 }, response: { text: 'Supported.' } }),
    ],
  ])('leaves an item with %s as it is', (_name, item) => {
    expect(readAnswers(samplePage([item])).items[0]).toEqual(item);
  });

  it('never guesses accepted from an answer with no verdict words', () => {
    const page = readAnswers(
      samplePage([sampleItem('3', { response: { text: 'The Department published guidance in 2022. Local areas deliver services.' } })]),
    );
    expect(page.items[0]!.reading.status).toBe('noted');
    expect(page.items[0]!.reading.confidence).toBeLessThan(0.5);
  });
  /** Recommendations 9 and 10 and their one shared answer, as in tests/fixtures/pages/response-justice-hc932. */
  const REC_9 =
    'We welcome the proposal for statutory guidance on the role of Independent Sexual Violence Advisers and Independent Domestic Violence Advisers, which should help to professionalise these roles and give them greater standing with the police, prosecutors and the courts. The guidance should be published in draft in time for Parliament to consider it alongside the Bill.';
  const REC_10 =
    'Guidance alone will not address the shortage of advisers. We recommend that the Government commit to multi-year funding for ISVA and IDVA services, and publish an assessment of the number of advisers needed to meet demand in each police force area.';
  const SHARED =
    '17. The Government welcomes the Committee’s support for statutory guidance on the roles of Independent Sexual Violence Advisers and Independent Domestic Violence Advisers. We will publish the guidance in draft for consultation during the passage of the Bill.\n18. The Government is increasing the number of ISVAs and IDVAs and the funding available to support them. Funding for future years will be set at the next Spending Review, and it would not be appropriate to commit to it in advance.\n19. We will work with police and crime commissioners to assess the demand for advisers in each police force area as part of the commissioning framework for victim support services.';

  it('reads a shared answer per recommendation: a sentence about the other one’s subject does not decide this one', () => {
    const page = readAnswers(
      samplePage([
        sampleItem('9', { text: REC_9, response: { text: SHARED } }),
        sampleItem('10', { text: REC_10, response: { text: SHARED } }),
      ]),
    );
    const nine = page.items[0]!.reading;
    expect(nine.status).toBe('noted');
    expect(nine.confidence).toBeLessThan(0.5);
    // Read on its own, without the page, the funding sentence still decides (no way to tell).
    expect(readAnswer(SHARED, '9').reading.status).toBe('rejected');
  });

  it('reads a group verdict for the sub-item it names', () => {
    const answer = 'Recommendations 12 a–c are accepted in full, d–e in principle. The Department will report on progress.';
    expect(readAnswer(answer, '12b').reading).toMatchObject({ status: 'accepted', evidence: answer.split(' The')[0] });
    expect(readAnswer(answer, '12e').reading.status).toBe('partially-accepted');
    expect(readAnswer(answer, '12(d)').reading.status).toBe('partially-accepted');
    expect(readAnswer('Recommendations 3, 5 and 7 are accepted.', '7').reading.status).toBe('accepted');
  });
});
