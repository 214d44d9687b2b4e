import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadState, type PopupState } from './load-state';
import { PageOverview } from './PageOverview';
import { OpenPdfOffer } from './OpenPdfOffer';
import { UnsupportedPage } from './UnsupportedPage';

interface PopupAppProps {
  /** The first answer, asked for before React started (first-paint.ts), so the two overlap. */
  first: Promise<PopupState>;
  /** That answer, when it is already known (the popup then starts with it, over its first paint). */
  initial?: PopupState;
}

export function PopupApp({ first, initial }: PopupAppProps) {
  const [state, setState] = useState<PopupState>(initial ?? { kind: 'loading' });

  useEffect(() => void first.then(setState), [first]);
  const reload = () => void loadState().then(setState);

  const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });

  return (
    <div className="popup">
      <header className="popup-header">
        <img className="popup-logo" src="/icon/32.png" alt="" width="20" height="20" />
        <span className="popup-brand">Committee Lens</span>
        <button type="button" className="popup-link-button" onClick={openLibrary}>
          Library
        </button>
        <button
          type="button"
          className="popup-icon-button"
          aria-label="Settings"
          title="Settings"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
            <circle cx="8" cy="8" r="2.2" />
            <path
              d="M8 1.8v1.7M8 12.5v1.7M1.8 8h1.7M12.5 8h1.7M3.6 3.6l1.2 1.2M11.2 11.2l1.2 1.2M3.6 12.4l1.2-1.2M11.2 4.8l1.2-1.2"
              strokeLinecap="round"
            />
          </svg>
        </button>
      </header>
      <main className="popup-main" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p className="popup-muted">Reading this page…</p>}
        {state.kind !== 'loading' && <OpenPdfOffer />}
        {state.kind === 'unsupported' && <UnsupportedPage />}
        {state.kind === 'error' && (
          <p className="popup-error" role="alert">
            Committee Lens could not read this page: {state.message}
          </p>
        )}
        {state.kind === 'ready' && <PageOverview tabId={state.tabId} summary={state.summary} reload={reload} />}
      </main>
    </div>
  );
}
