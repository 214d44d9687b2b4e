import { describe, expect, it } from 'vitest';
import { applyCorrections } from '@/utils/corrections';
import { sampleItem, samplePage, sampleSavedItem } from './helpers/sample';

describe('applyCorrections', () => {
  it('shows the reader’s correction as the status, with the replaced reading beside it', () => {
    const page = samplePage([sampleItem('1'), sampleItem('2')]);
    const corrected = sampleSavedItem('1', { statusOverride: { status: 'rejected', reason: 'Para 14', at: 5 } });
    const shown = applyCorrections(page, new Map([[corrected.key, corrected]]));
    expect(shown.items[0]!.reading).toEqual({ status: 'rejected', source: 'user', evidence: 'Para 14' });
    expect(shown.items[0]!.otherReading).toEqual(page.items[0]!.reading);
    expect(shown.items[1]).toEqual(page.items[1]);
  });

  it('"Before your correction" is the status it corrected when it was made, even after a later answer', () => {
    const answered = sampleItem('1', { reading: { status: 'noted', source: 'classifier', confidence: 0.6 } });
    const page = samplePage([answered]);
    const corrected = sampleSavedItem('1', { statusOverride: { status: 'accepted', reason: 'Letter of May', at: 5, was: 'rejected' } });
    const shown = applyCorrections(page, new Map([[corrected.key, corrected]]));
    expect(shown.items[0]!.reading.status).toBe('accepted');
    expect(shown.items[0]!.otherReading?.status).toBe('rejected');
    // Made against the reading the page still shows: that reading, with its evidence.
    const same = sampleSavedItem('1', { statusOverride: { status: 'accepted', reason: '', at: 5, was: 'noted' } });
    expect(applyCorrections(page, new Map([[same.key, same]])).items[0]!.otherReading).toEqual(answered.reading);
  });

  it('leaves the page as it is without corrections', () => {
    const page = samplePage([sampleItem('1')]);
    expect(applyCorrections(page, new Map())).toBe(page);
    const saved = sampleSavedItem('1');
    expect(applyCorrections(page, new Map([[saved.key, saved]])).items[0]).toEqual(page.items[0]);
  });
});
