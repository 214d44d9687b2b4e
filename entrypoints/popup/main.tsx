import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { followThemeSetting } from '@/components/page-theme';
import './popup.css';
import { firstAnswer } from './first-answer';
import { loadState } from './load-state';
import { PopupApp } from './PopupApp';

// The page was asked by the first script (first-paint.ts); its answer is validated here.
const first = loadState(firstAnswer);
followThemeSetting();
const root = createRoot(document.getElementById('root')!);
// An answer already in (usually, and then painted by first-paint.ts) is React's first render, so
// nothing moves; otherwise React shows "Reading this page…" until it comes.
const nextTask = new Promise<undefined>((resolve) => setTimeout(resolve, 0, undefined));
void Promise.race([first, nextTask]).then((initial) => root.render(<PopupApp first={first} initial={initial} />));
