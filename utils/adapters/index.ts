import type { Adapter } from './adapter';
import { accountabilityIndex } from './accountability-index';
import { commonsReport } from './commons-report';
import { commonsReportBody } from './commons-report-body';
import { commonsSpecialReport } from './commons-special-report';
import { generic } from './generic';
import { govUkResponse } from './gov-uk-response';
import { lordsReport } from './lords-report';

/** Tried in order; the first whose `matches` is true reads the page. */
export const ADAPTERS: readonly Adapter[] = [
  commonsReport,
  commonsReportBody,
  lordsReport,
  accountabilityIndex,
  commonsSpecialReport,
  govUkResponse,
  generic,
];

export function pickAdapter(url: URL, doc: Document): Adapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url, doc));
}
