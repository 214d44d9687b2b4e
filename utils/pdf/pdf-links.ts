/*
 * Where committee reports and government responses are published as PDFs, and how to open one in
 * the viewer. Plain data and pure functions: the background (context menu), the popup and the
 * manifest (host permissions) read them.
 */

/**
 * Hosts the viewer downloads PDFs from, on the reader's click, beyond the three whole hosts the
 * extension already reads (publications.parliament.uk, committees.parliament.uk, www.gov.uk):
 * Command Papers and Treasury Minutes, and Australian tabled responses.
 */
export const PDF_FETCH_HOSTS = [
  'https://assets.publishing.service.gov.uk/*',
  'https://www.aph.gov.au/DocumentStore.ashx*',
  'https://parlinfo.aph.gov.au/*',
];

/** Links the context menu's "Open PDF in Committee Lens" is offered on (Chrome and Firefox match patterns). */
export const PDF_LINK_PATTERNS = [
  '*://*/*.pdf',
  '*://*/*.pdf?*',
  '*://*/*.PDF',
  'https://committees.parliament.uk/publications/*/documents/*/default/*',
  'https://www.aph.gov.au/DocumentStore.ashx*',
  'https://parlinfo.aph.gov.au/parlInfo/download/*',
];

/** Whether `url` is a PDF the viewer can open from the popup: a `.pdf` address, or a known PDF-only address. */
export function isPdfUrl(url: URL): boolean {
  if (!/^https?:$/.test(url.protocol)) return false;
  if (/\.pdf$/i.test(url.pathname)) return true;
  if (url.hostname === 'committees.parliament.uk' && /^\/publications\/\d+\/documents\/\d+\/default\/?$/.test(url.pathname)) return true;
  if (url.hostname === 'www.aph.gov.au' && /^\/DocumentStore\.ashx$/i.test(url.pathname)) return true;
  return url.hostname === 'parlinfo.aph.gov.au' && /^\/parlInfo\/download\//.test(url.pathname);
}

/** The viewer's address for a PDF at `url`, under the extension's base (`browser.runtime.getURL('/viewer.html')`). */
export function viewerUrlFor(viewerPage: string, url: string): string {
  return `${viewerPage}?file=${encodeURIComponent(url)}`;
}
