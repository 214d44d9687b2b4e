import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES } from '@/utils/sites';
import { startLens } from './start-lens';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    void startLens(ctx);
  },
});
