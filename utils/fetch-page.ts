import { isPdfResponseHost, isResponseHost, RESPONSE_HOSTS } from './find-response';
import { LensFailure, errorMessage } from './errors';
import { readBounded } from './pdf/read-bytes';

/** Largest page or PDF "Find the government response" reads (characters of HTML, bytes of PDF). */
export const MAX_RESPONSE_SIZE = 8_000_000;
const TIMEOUT_MS = 15_000;
const PDF_TYPE = /application\/pdf/i;

/** An HTML page as read, or a PDF's bytes (read apart, by the PDF reader page: utils/pdf/reader-page.ts). */
export type FetchedPage = { kind: 'html'; url: string; html: string } | { kind: 'pdf'; url: string; bytes: Uint8Array };

/** GET one document of the listed hosts, without cookies, bounded in time; the hosts are checked before and after redirects. */
async function fetchListed(
  url: string,
  allowed: (url: URL) => boolean,
  fetchFn: typeof fetch,
): Promise<{ final: URL; response: Response }> {
  const target = new URL(url);
  if (!allowed(target)) {
    throw new LensFailure('not-allowed', `Committee Lens only looks for responses on ${RESPONSE_HOSTS.join(', ')}.`);
  }
  let response: Response;
  try {
    response = await fetchFn(target.href, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new LensFailure('fetch-failed', `Could not reach ${target.hostname} (${errorMessage(error)}).`);
  }
  if (!response.ok) throw new LensFailure('fetch-failed', `${target.hostname} answered ${response.status} for ${target.pathname}.`);
  const final = new URL(response.url || target.href);
  if (!allowed(final)) throw new LensFailure('not-allowed', `That link leads off the supported sites (${final.hostname}).`);
  return { final, response };
}

/**
 * Fetch one page for "Find the government response", in the background (which holds the host
 * permissions). Only the listed hosts (PDFs only on the PDF hosts), no cookies, HTML or PDF,
 * bounded in size and time. A PDF is downloaded here and read by the PDF reader page (the service
 * worker cannot run pdf.js).
 */
export async function fetchResponsePage(url: string, fetchFn: typeof fetch = fetch): Promise<FetchedPage> {
  const { final, response } = await fetchListed(url, (target) => isResponseHost(target) || isPdfResponseHost(target), fetchFn);
  const type = response.headers.get('content-type') ?? '';
  if (PDF_TYPE.test(type)) {
    const bytes = await readBounded(response, MAX_RESPONSE_SIZE);
    if (!bytes) throw new LensFailure('too-large', `${final.pathname} is too large to read.`);
    return { kind: 'pdf', url: final.href, bytes };
  }
  if (!/html/i.test(type) || !isResponseHost(final)) {
    throw new LensFailure('not-html', `${final.pathname} is neither a web page nor a PDF, so it cannot be read here.`);
  }
  const html = await response.text();
  if (html.length > MAX_RESPONSE_SIZE) throw new LensFailure('too-large', `${final.pathname} is too large to read.`);
  return { kind: 'html', url: final.href, html };
}
