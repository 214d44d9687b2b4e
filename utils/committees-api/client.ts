import { LensFailure, errorMessage } from '../errors';
import { API_ORIGIN } from './lookup';

/** The one host of Parliament's data Committee Lens asks (host permission in the manifest). */
export const API_HOST = new URL(API_ORIGIN).hostname;
/** Only the endpoints the lookup uses: the publications list and one publication. */
const ALLOWED_PATH = /^\/api\/Publications(?:\/\d{1,9})?$/;
const MAX_JSON_CHARS = 2_000_000;
const TIMEOUT_MS = 10_000;

/** Whether `path` (with its query) is one the lookup may ask for. */
export function isAllowedApiPath(path: string): boolean {
  try {
    const url = new URL(path, API_ORIGIN);
    return url.origin === API_ORIGIN && ALLOWED_PATH.test(url.pathname);
  } catch {
    return false;
  }
}

/**
 * GET one path of the Committees API, in the background: only its publication endpoints, no
 * cookies or credentials, JSON only, bounded in size and time. Any HTTP status is answered (the
 * lookup says what it means); an unreachable host, a timeout, a reply that is not JSON or is too
 * large throw a `LensFailure`.
 */
export async function fetchApiJson(path: string, fetchFn: typeof fetch = fetch): Promise<{ status: number; json?: unknown }> {
  if (!isAllowedApiPath(path)) throw new LensFailure('not-allowed', `Committee Lens only reads publications from ${API_HOST}.`);
  const url = new URL(path, API_ORIGIN);
  let response: Response;
  try {
    response = await fetchFn(url.href, {
      method: 'GET',
      credentials: 'omit',
      redirect: 'error',
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new LensFailure('fetch-failed', `Could not reach ${API_HOST} (${errorMessage(error)}).`);
  }
  if (!response.ok) return { status: response.status };
  if (!/json/i.test(response.headers.get('content-type') ?? '')) {
    throw new LensFailure('bad-reply', `${API_HOST} did not answer with data (${response.headers.get('content-type') ?? 'no type'}).`);
  }
  const text = await response.text();
  if (text.length > MAX_JSON_CHARS) throw new LensFailure('too-large', `${API_HOST} answered more data than expected.`);
  try {
    return { status: response.status, json: JSON.parse(text) as unknown };
  } catch {
    throw new LensFailure('bad-reply', `${API_HOST} answered something that is not JSON.`);
  }
}
