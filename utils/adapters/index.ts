import type { Adapter } from './adapter';
import { accountabilityIndex } from './accountability-index';
import { commonsReport } from './commons-report';

/** Tried in order; the first whose `matches` is true reads the page. */
export const ADAPTERS: readonly Adapter[] = [commonsReport, accountabilityIndex];

export function pickAdapter(url: URL, doc: Document): Adapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url, doc));
}
