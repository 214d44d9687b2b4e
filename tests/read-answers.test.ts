import { describe, expect, it } from 'vitest';
import { readAnswers } from '@/utils/read-answers';
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
});
