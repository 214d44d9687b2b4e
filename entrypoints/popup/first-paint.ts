/**
 * The popup's first script: small (no React, no zod), so it runs at once. It asks the page
 * (`first-answer.ts`), paints the answer in plain DOM (`paint-summary.ts`), and loads the full
 * popup, which validates the same answer and replaces the first paint with identical React DOM.
 */
import '@/components/theme.css';
import './popup.css';
import { firstAnswer, storedTheme } from './first-answer';
import { paintSummary, readRawSummary } from './paint-summary';

const root = document.getElementById('root');

async function paintFirst(): Promise<void> {
  const [answer, theme] = await Promise.all([firstAnswer, storedTheme]);
  const summary = readRawSummary(await answer.reply);
  // React may already be there (a slow answer): then it shows the answer itself.
  if (!summary || !root || root.hasChildNodes()) return;
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.clTheme = theme;
  root.append(paintSummary(document, summary));
}

void paintFirst().catch((error: unknown) => console.warn('[committee-lens] popup: no first paint', error));
// Loaded meanwhile; it waits for the answer only if the answer is nearly there.
void import('./main');
