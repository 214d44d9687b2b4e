import { errorMessage } from '@/utils/errors';
import { useState } from 'react';
import { EXPORT_CHOICES, type ExportKind } from '@/utils/export/export-file';
import { sendToTab, type PopupSummary } from '@/utils/messages';
import { type Status, countByStatus } from '@/utils/model/statuses';
import { updateSettings, readSettings } from '@/utils/settings';
import { KIND_LABELS } from './popup-labels';
import { RecommendationList } from './RecommendationList';
import { StatusBar } from './StatusBar';
import { ResponseDeadline } from '@/components/ResponseDeadline';

interface PageOverviewProps {
  tabId: number;
  summary: PopupSummary;
  /** Ask the page again after an action changed it. */
  reload: () => void;
}

/** The popup for a supported page: what it is, counts by status, every recommendation, and page actions. */
export function PageOverview({ tabId, summary, reload }: PageOverviewProps) {
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const { page } = summary;
  const items = page?.items ?? [];
  const chosen = new Set<Status>(summary.badgeFilter);
  const send = sendToTab(tabId);

  const hiddenBanner = summary.badgesHidden && (
    <p className="popup-banner">
      Badges are hidden on {summary.hostname}.{' '}
      <button
        type="button"
        className="popup-link-button"
        onClick={async () => {
          const settings = await readSettings();
          await updateSettings({ disabledSites: settings.disabledSites.filter((host) => host !== summary.hostname) });
          reload();
        }}
      >
        Show them
      </button>
    </p>
  );

  if (!page || items.length === 0) {
    return (
      <section className="popup-empty" aria-labelledby="none-title">
        {hiddenBanner}
        <h1 id="none-title" className="popup-title">
          No recommendations found here
        </h1>
        <p className="popup-muted">
          This page is on a supported site but has no committee recommendations or government answers that Committee Lens can read. Open a
          report’s “Conclusions and recommendations” page or a government response — or select a passage and choose “Save selection as a
          recommendation” from the right-click menu.
        </p>
      </section>
    );
  }

  const toggle = async (status: Status) => {
    const next = new Set(chosen);
    if (next.has(status)) next.delete(status);
    else next.add(status);
    await send('filterBadges', { statuses: [...next] });
    reload();
  };
  const saveAll = async () => {
    setBusy(true);
    const result = await send('saveAll', {});
    setBusy(false);
    setMessage(
      result.ok ? { kind: 'info', text: `Saved ${result.data.saved} to your library.` } : { kind: 'error', text: result.error.message },
    );
    reload();
  };
  const findResponse = async () => {
    setBusy(true);
    setMessage({ kind: 'info', text: 'Looking for the government response…' });
    const result = await send('findResponse', {});
    setBusy(false);
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    const found = result.data;
    const apiNote = found.apiProblem ? ` (Couldn’t read Parliament’s data: ${found.apiProblem}.)` : '';
    setMessage(
      found.kind === 'found'
        ? {
            kind: 'info',
            text: `Found the government response${found.via === 'api' ? " through Parliament's data" : ''}: ${found.answered} answers linked.${apiNote}`,
          }
        : found.kind === 'none'
          ? { kind: 'info', text: `No government response found yet; it may not be published. Statuses stay pending.${apiNote}` }
          : { kind: 'error', text: `Could not look for the response: ${found.message}` },
    );
    reload();
  };
  const exportAs = async (kind: ExportKind) => {
    try {
      // Loaded on the click: the database and the export formats are not part of the popup's first load.
      const { exportPage } = await import('./page-export');
      await exportPage(tabId, kind);
    } catch (error) {
      console.error('[committee-lens] popup: export page failed', error);
      setMessage({ kind: 'error', text: `Could not export this page: ${errorMessage(error)}` });
    }
  };
  const responseUnknown = page.kind === 'report' && items.every((item) => item.reading.source === 'default');
  const savedKeys = new Set(summary.savedKeys);
  const unsaved = items.filter((item) => !savedKeys.has(item.key)).length;
  const shown = chosen.size === 0 ? items : items.filter((item) => chosen.has(item.reading.status));

  return (
    <>
      <section className="popup-page" aria-labelledby="page-title">
        {hiddenBanner}
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
        {page.kind === 'report' && summary.response && (
          <p className="popup-deadline">
            <ResponseDeadline response={summary.response} className="popup-deadline-text" />
          </p>
        )}
        <StatusBar counts={countByStatus(items)} total={items.length} chosen={chosen} onToggle={(status) => void toggle(status)} />
        <div className="popup-actions">
          <button
            type="button"
            className="popup-button popup-button-primary"
            disabled={busy || unsaved === 0}
            onClick={() => void saveAll()}
          >
            {unsaved === 0 ? 'All saved' : busy ? 'Saving…' : `Save all ${unsaved}`}
          </button>
          {responseUnknown && (
            <button type="button" className="popup-button" disabled={busy} onClick={() => void findResponse()}>
              Find the government response
            </button>
          )}
          <details className="popup-menu">
            <summary className="popup-button">Export page…</summary>
            <ul className="popup-menu-panel" aria-label="Export this page as">
              {EXPORT_CHOICES.map((choice) => (
                <li key={choice.kind}>
                  <button type="button" className="popup-menu-item" onClick={() => void exportAs(choice.kind)}>
                    {choice.label}
                  </button>
                </li>
              ))}
            </ul>
          </details>
          {!summary.badgesHidden && (
            <button
              type="button"
              className="popup-link-button"
              onClick={async () => {
                const settings = await readSettings();
                await updateSettings({ disabledSites: [...new Set([...settings.disabledSites, summary.hostname])] });
                reload();
              }}
            >
              Hide badges on this site
            </button>
          )}
        </div>
        {message && (
          <p className={message.kind === 'error' ? 'popup-error' : 'popup-note'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </section>
      <RecommendationList items={shown} savedKeys={savedKeys} onJump={(key) => void send('scrollToItem', { key })} />
    </>
  );
}
