import { browser } from 'wxt/browser';
import { LensFailure } from '../errors';
import { createSender, readerProtocol } from '../messages';
import type { DetectedPage } from '../model/model';
import { toBase64 } from './base64';

/*
 * The background's PDF reader page (entrypoints/pdf-reader/), opened for one read and closed when
 * no read is left. Chrome's MV3 service worker can neither start pdf.js's worker nor hold a DOM,
 * and cannot import a module later, so pdf.js runs in an offscreen document ("offscreen"
 * permission, Chrome only); Firefox's background is a page, which holds the reader in an iframe.
 * Either way pdf.js is never part of the background's own script, nor of any content script.
 */

const READER_PATH = '/pdf-reader.html';
const sendToReader = createSender(readerProtocol, (message) => browser.runtime.sendMessage(message));

let opening: Promise<void> | undefined;
let reading = 0;

async function openOffscreen(): Promise<void> {
  const open = await browser.runtime.getContexts({ contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT] });
  if (open.length > 0) return;
  await browser.offscreen.createDocument({
    url: READER_PATH,
    reasons: [browser.offscreen.Reason.WORKERS],
    justification: 'Read the text of a government response published as PDF (pdf.js and its worker).',
  });
}

async function openFrame(): Promise<void> {
  const frame = document.createElement('iframe');
  frame.dataset.clReader = '';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.src = browser.runtime.getURL(READER_PATH);
  document.body.append(frame);
  await loaded;
}

async function closeReader(): Promise<void> {
  opening = undefined;
  if (import.meta.env.FIREFOX) document.querySelector('iframe[data-cl-reader]')?.remove();
  else await browser.offscreen.closeDocument().catch(() => undefined);
}

/** Read a response PDF (its bytes, downloaded from `url`) in the reader page: its reading, when it has one. */
export async function readPdfInReader(url: string, bytes: Uint8Array): Promise<{ page?: DetectedPage }> {
  reading++;
  try {
    opening ??= (import.meta.env.FIREFOX ? openFrame() : openOffscreen()).catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    await opening;
    const answer = await sendToReader('readResponsePdf', { url, data: toBase64(bytes) });
    if (!answer.ok) throw new LensFailure(answer.error.code, answer.error.message);
    return answer.data;
  } finally {
    reading--;
    if (reading === 0) await closeReader();
  }
}
