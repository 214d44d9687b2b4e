import type { PageSummary } from '@/utils/messages';
import { sendToTab } from '@/utils/messages';
import { countByStatus } from '@/utils/statuses';
import { StatusBar } from './StatusBar';
import { RecommendationList } from './RecommendationList';

const KIND_LABELS = { report: 'Committee report', response: 'Government response', tracker: 'Tracker page', other: 'Page' } as const;

/** The popup for a supported page: what it is, counts by status, and every recommendation. */
export function PageOverview({ tabId, summary }: { tabId: number; summary: PageSummary }) {
  const { page } = summary;
  const items = page?.items ?? [];
  if (!page || items.length === 0) {
    return (
      <section className="popup-empty" aria-labelledby="none-title">
        <h1 id="none-title" className="popup-title">
          No recommendations found here
        </h1>
        <p className="popup-muted">
          This page is on a supported site but has no committee recommendations or government answers that Committee Lens can read. Open a
          report’s “Conclusions and recommendations” page or a government response.
        </p>
      </section>
    );
  }
  const jump = (key: string) => void sendToTab(tabId)('scrollToItem', { key });
  return (
    <>
      <section className="popup-page" aria-labelledby="page-title">
        <p className="popup-kicker">
          {KIND_LABELS[page.kind]}
          {page.report.paperNumber ? ` · ${page.report.paperNumber}` : ''}
          {page.report.committee ? ` · ${page.report.committee}` : ''}
        </p>
        <h1 id="page-title" className="popup-title">
          {page.report.title ?? summary.title}
        </h1>
        <p className="popup-count">
          <strong>{items.length}</strong> {items.length === 1 ? 'recommendation' : 'recommendations'} found
          {summary.savedKeys.length > 0 && <span className="popup-muted"> · {summary.savedKeys.length} saved</span>}
        </p>
        <StatusBar counts={countByStatus(items)} total={items.length} />
      </section>
      <RecommendationList items={items} savedKeys={new Set(summary.savedKeys)} onJump={jump} />
    </>
  );
}
