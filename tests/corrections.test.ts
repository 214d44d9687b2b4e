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

  it('leaves the page as it is without corrections', () => {
    const page = samplePage([sampleItem('1')]);
    expect(applyCorrections(page, new Map())).toBe(page);
    const saved = sampleSavedItem('1');
    expect(applyCorrections(page, new Map([[saved.key, saved]])).items[0]).toEqual(page.items[0]);
  });
});
