import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { followThemeSetting } from '@/components/page-theme';
import './popup.css';
import { loadState } from './load-state';
import { PopupApp } from './PopupApp';

// Ask the page first: its content script answers while React renders the loading state.
const first = loadState();
followThemeSetting();
createRoot(document.getElementById('root')!).render(<PopupApp first={first} />);
