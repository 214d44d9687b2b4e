import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { followThemeSetting } from '@/components/page-theme';
import './popup.css';
import { PopupApp } from './PopupApp';

followThemeSetting();
createRoot(document.getElementById('root')!).render(<PopupApp />);
