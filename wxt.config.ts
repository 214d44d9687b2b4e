import { defineConfig } from 'wxt';

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
    permissions: ['contextMenus', 'storage'],
    // Only for "Find the government response", on the reader's click: the background fetches these
    // sites' pages (a content script cannot read another site's page).
    host_permissions: ['https://publications.parliament.uk/*', 'https://committees.parliament.uk/*', 'https://www.gov.uk/*'],
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
