import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { followThemeSetting } from '@/components/page-theme';
import './options.css';
import { OptionsApp } from './OptionsApp';

followThemeSetting();
createRoot(document.getElementById('root')!).render(<OptionsApp />);
