import type { DetectedPage, SavedItem } from './model/model';

/**
 * The reader's corrections win: an item saved with a status correction shows it (source `user`),
 * with the reading it replaced beside it: the status it corrected when it was made (`was`), which
 * a later answer does not rewrite.
 */
export function applyCorrections(page: DetectedPage, records: ReadonlyMap<string, SavedItem>): DetectedPage {
  if (records.size === 0) return page;
  return {
    ...page,
    items: page.items.map((item) => {
      const correction = records.get(item.key)?.statusOverride;
      if (!correction) return item;
      return {
        ...item,
        reading: { status: correction.status, source: 'user', evidence: correction.reason || undefined },
        otherReading:
          correction.was === undefined || correction.was === item.reading.status
            ? item.reading
            : { status: correction.was, source: correction.was === 'pending' ? 'default' : item.reading.source },
      };
    }),
  };
}
