import type { Detection } from './adapters/adapter';
import { pickAdapter } from './adapters';
import { readAnswers } from './read-answers';

/**
 * What the content script (and the eval command) runs on a page: pick the adapter, detect, and
 * read the government's answers on the page.
 * Never throws; a page no adapter covers gives `undefined`.
 */
export function detectPage(doc: Document, url: URL): Detection | undefined {
  try {
    const detection = pickAdapter(url, doc)?.detect(doc, url);
    return detection && { ...detection, page: readAnswers(detection.page) };
  } catch (error) {
    console.warn('[committee-lens] detection failed', error);
    return undefined;
  }
}
