import { isResponseHost, RESPONSE_HOSTS } from './find-response';
import { LensFailure, errorMessage } from './errors';

const MAX_HTML_CHARS = 8_000_000;
const TIMEOUT_MS = 15_000;

/**
 * Fetch one page for "Find the government response", in the background (which holds the host
 * permissions). Only the listed hosts, no cookies, HTML only, bounded in size and time.
 */
export async function fetchResponsePage(url: string, fetchFn: typeof fetch = fetch): Promise<{ url: string; html: string }> {
  const target = new URL(url);
  if (!isResponseHost(target)) {
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
  if (!isResponseHost(final)) throw new LensFailure('not-allowed', `That link leads off the supported sites (${final.hostname}).`);
  if (!/html/i.test(response.headers.get('content-type') ?? '')) {
    throw new LensFailure('not-html', `${final.pathname} is not a web page (it may be a PDF), so it cannot be read here.`);
  }
  const html = await response.text();
  if (html.length > MAX_HTML_CHARS) throw new LensFailure('too-large', `${final.pathname} is too large to read.`);
  return { url: final.href, html };
}
