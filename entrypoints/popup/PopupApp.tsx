import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToTab, type PageSummary } from '@/utils/messages';
import { currentTabId } from './current-tab';
import { PageOverview } from './PageOverview';
import { UnsupportedPage } from './UnsupportedPage';

type PopupState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tabId: number; summary: PageSummary };

async function loadState(): Promise<PopupState> {
  const tabId = await currentTabId();
  if (tabId === undefined) return { kind: 'unsupported' };
  const result = await sendToTab(tabId)('getPageSummary', {});
  if (result.ok) return { kind: 'ready', tabId, summary: result.data };
  // No content script answered: the page is not on a supported site (or loaded before install).
  if (result.error.code === 'unreachable') return { kind: 'unsupported' };
  return { kind: 'error', message: result.error.message };
}

export function PopupApp() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });

  useEffect(() => {
    loadState().then(setState, (error: unknown) => setState({ kind: 'error', message: String(error) }));
  }, []);

  const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });

  return (
    <div className="popup">
      <header className="popup-header">
        <img className="popup-logo" src="/icon/32.png" alt="" width="20" height="20" />
        <span className="popup-brand">Committee Lens</span>
        <button type="button" className="popup-link-button" onClick={openLibrary}>
          Open library
        </button>
      </header>
      <main className="popup-main" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p className="popup-muted">Reading this page…</p>}
        {state.kind === 'unsupported' && <UnsupportedPage />}
        {state.kind === 'error' && (
          <p className="popup-error" role="alert">
            Committee Lens could not read this page: {state.message}
          </p>
        )}
        {state.kind === 'ready' && <PageOverview tabId={state.tabId} summary={state.summary} />}
      </main>
    </div>
  );
}
