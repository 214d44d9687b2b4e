import type { Detection } from './adapters/adapter';
import { pickAdapter } from './adapters';
import { readAnswers, sharedAnswers, withReading } from './read-answers';

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

/**
 * `detectPage` for a page the reader is looking at: the same result, but reading the answers
 * (the classifier, the slow part on a long response) pauses with `pause()` whenever `sliceMs` have
 * passed, so the page stays responsive. Never throws.
 */
export async function detectPageInSlices(
  doc: Document,
  url: URL,
  pause: () => Promise<void>,
  sliceMs = 25,
  now: () => number = () => performance.now(),
): Promise<Detection | undefined> {
  try {
    const detection = pickAdapter(url, doc)?.detect(doc, url);
    if (!detection?.page.items.some((item) => item.response?.text)) return detection;
    await pause();
    const items = [];
    const shared = sharedAnswers(detection.page.items);
    let started = now();
    for (const item of detection.page.items) {
      items.push(withReading(item, shared(item)));
      if (now() - started < sliceMs) continue;
      await pause();
      started = now();
    }
    return { ...detection, page: { ...detection.page, items } };
  } catch (error) {
    console.warn('[committee-lens] detection failed', error);
    return undefined;
  }
}
