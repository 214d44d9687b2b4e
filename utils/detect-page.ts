import type { Detection } from './adapters/adapter';
import { pickAdapter } from './adapters';

/**
 * What the content script (and the eval command) runs on a page: pick the adapter, detect.
 * Never throws; a page no adapter covers gives `undefined`.
 */
export function detectPage(doc: Document, url: URL): Detection | undefined {
  try {
    return pickAdapter(url, doc)?.detect(doc, url);
  } catch (error) {
    console.warn('[committee-lens] detection failed', error);
    return undefined;
  }
}
