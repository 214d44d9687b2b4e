import { createHandler, readerProtocol } from '@/utils/messages';
import { listenForProtocol } from '@/utils/message-listener';
import { fromBase64 } from '@/utils/pdf/base64';
import { openPdf } from '@/utils/pdf/open-pdf';
import { readResponsePdf } from '@/utils/pdf/read-response-pdf';

/*
 * The background's PDF reader: a hidden extension page (Chrome's offscreen document; an iframe in
 * Firefox's background page) where pdf.js and its worker can run, which a service worker cannot
 * (no nested workers, no DOM). Reads a response PDF for "Find the government response", as the
 * background downloaded it (the same hosts, size and time limits as a web page): its text, then
 * the shared reader. Nothing is drawn, nothing is fetched here.
 */

const handle = createHandler(
  readerProtocol,
  {
    readResponsePdf: async ({ url, data }) => {
      const pdf = await openPdf(fromBase64(data));
      try {
        const page = await readResponsePdf(pdf, new URL(url), document.implementation.createHTMLDocument(''));
        return page ? { page } : {};
      } finally {
        void pdf.destroy();
      }
    },
  },
  'pdf-reader',
);

// Only the background asks (a content script's message has a tab): every other message is its.
listenForProtocol(readerProtocol, (message) => handle(message, undefined));
