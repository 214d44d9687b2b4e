import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './utils/sites';
import { PDF_FETCH_HOSTS } from './utils/pdf/pdf-links';

/** Whole hosts the background may fetch from, for "Find the government response". */
const FETCH_HOSTS = ['https://publications.parliament.uk/*', 'https://committees.parliament.uk/*', 'https://www.gov.uk/*'];
/** Parliament's Committees API: asked which publication answers a report, and by when (only its publications endpoints). */
const API_HOSTS = ['https://committees-api.parliament.uk/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: easier to read, and the content script only pulls in what it uses.
  imports: false,
  // The sources zip Firefox's review asks for: source only, no test output.
  zip: { excludeSources: ['test-results/**', 'demo-output/**', 'playwright-report/**', 'docs/screenshots/**'] },
  manifest: ({ browser }) => ({
    name: 'Committee Lens',
    description: 'See what the government said to every recommendation in a parliamentary committee report, and keep the ones that matter.',
    action: { default_title: 'Committee Lens' },
    // Rebindable in the browser's shortcuts page (chrome://extensions/shortcuts, about:addons).
    commands: {
      'next-recommendation': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Go to the next recommendation' },
      'previous-recommendation': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Go to the previous recommendation' },
      'save-recommendation': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Save or unsave the recommendation in focus' },
    },
    // contextMenus: "Save selection as a recommendation" on the supported sites.
    // storage: the reader's settings (which sites show badges, badge style, default tags, theme).
    // scripting: the badges' UI (React, the popover) is a second script the background injects
    // into a supported page only when the page has something to badge; most pages never load it.
    // activeTab: the popup sees the address of the tab it was opened on, to offer "Open in Committee
    // Lens" when that tab shows a PDF (no access to any other tab, no warning at install).
    // offscreen (Chrome only): "Find the government response" reads a response published as PDF
    // with pdf.js in an offscreen document, since the service worker cannot run pdf.js's worker;
    // Firefox's background page holds the same reader page in an iframe, and needs no permission.
    permissions: ['contextMenus', 'storage', 'scripting', 'activeTab', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The three whole hosts: for "Find the government response", on the reader's click, the
    // background fetches these sites' pages (a content script cannot read another site's page).
    // The content script's own match patterns: the background injects the badges' UI script there
    // (scripting.executeScript needs host access; the content script's matches do not give it).
    // No site beyond those the content script already runs on.
    // The Committees API's host: on the reader's click (or with the opt-in setting), the background
    // asks it for the report's government responses and their deadline; no page runs there.
    host_permissions: [
      ...FETCH_HOSTS,
      ...API_HOSTS,
      ...CONTENT_MATCHES.filter((pattern) => !FETCH_HOSTS.some((host) => pattern.startsWith(host.slice(0, -1)))),
      // The PDF viewer downloads a PDF from these, on the reader's click (context menu, popup):
      // Command Papers on assets.publishing.service.gov.uk, Australian tabled responses.
      ...PDF_FETCH_HOSTS,
    ],
    // Firefox: 140 is the first desktop release that reads data_collection_permissions (and the
    // current ESR); Firefox for Android reads it from 142, hence its own minimum.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'committee-lens@committee-lens.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
