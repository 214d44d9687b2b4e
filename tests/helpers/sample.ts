import { itemKey } from '@/utils/model/items';
import { type DetectedItem, type DetectedPage, type SaveItemInput, type SavedItem } from '@/utils/model/model';

export const REPORT_KEY = 'commons/5803/cmjust/HC304';
export const PAGE_URL = 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html';

/** A detected item as an adapter would give it. */
export function sampleItem(number: string, overrides: Partial<DetectedItem> = {}, reportKey = REPORT_KEY): DetectedItem {
  const text = `The Government should act on recommendation ${number}.`;
  return {
    key: itemKey(reportKey, number),
    number,
    text,
    paragraphRefs: [number],
    quote: { exact: text, prefix: '', suffix: '' },
    reading: { status: 'pending', source: 'default' },
    ...overrides,
  };
}

export function samplePage(items: DetectedItem[], overrides: Partial<DetectedPage> = {}): DetectedPage {
  return {
    adapter: 'commons-report',
    kind: 'report',
    url: PAGE_URL,
    report: { key: REPORT_KEY, house: 'commons', session: '5803', paperNumber: 'HC 304', title: 'A justice report' },
    items,
    skipped: 0,
    ...overrides,
  };
}

/** What the content script sends to save an item. */
export function sampleSaveInput(number: string, overrides: Partial<SaveItemInput> = {}, reportKey = REPORT_KEY): SaveItemInput {
  return {
    ...sampleItem(number, {}, reportKey),
    reportKey,
    reportTitle: 'A justice report',
    pageUrl: PAGE_URL,
    pageTitle: 'A justice report - Justice Committee',
    ...overrides,
  };
}

export function sampleSavedItem(number: string, overrides: Partial<SavedItem> = {}): SavedItem {
  return { ...sampleSaveInput(number), savedAt: 1000, updatedAt: 1000, note: '', tags: [], ...overrides };
}
