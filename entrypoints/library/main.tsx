import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { followThemeSetting } from '@/components/page-theme';
import './library.css';
import { LibraryApp } from './LibraryApp';

followThemeSetting();
createRoot(document.getElementById('root')!).render(<LibraryApp />);
