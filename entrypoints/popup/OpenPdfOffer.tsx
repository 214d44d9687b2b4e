import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isPdfUrl, viewerUrlFor } from '@/utils/pdf/pdf-links';
import { currentTabId } from './current-tab';

/** On a tab showing a PDF: "Open in Committee Lens" (the viewer, in this tab). Nothing elsewhere. */
export function OpenPdfOffer() {
  const [pdf, setPdf] = useState<{ id: number; url: string }>();
  useEffect(() => {
    // The tab's address is visible to the popup it was opened on (activeTab), to no other page.
    void currentTabId()
      .then((tabId) => (tabId === undefined ? undefined : browser.tabs.get(tabId)))
      .then(
        (tab) => {
          if (tab?.url && tab.id !== undefined && isPdfUrl(new URL(tab.url))) setPdf({ id: tab.id, url: tab.url });
        },
        () => undefined,
      );
  }, []);
  if (!pdf) return null;
  return (
    <section className="popup-pdf" aria-label="PDF">
      <p>This tab shows a PDF.</p>
      <button
        type="button"
        className="popup-button popup-button-primary"
        onClick={() => {
          void browser.tabs
            .update(pdf.id, { url: viewerUrlFor(browser.runtime.getURL('/viewer.html'), pdf.url) })
            .then(() => window.close());
        }}
      >
        Open in Committee Lens
      </button>
    </section>
  );
}
