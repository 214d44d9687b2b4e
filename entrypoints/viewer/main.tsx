import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import { followThemeSetting } from '@/components/page-theme';
import './viewer.css';
import { ViewerApp } from './ViewerApp';

/** `viewer.html?file=<url-encoded URL>`, or no file: the picker. */
function fileParam(): URL | undefined {
  const raw = new URLSearchParams(location.search).get('file');
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

followThemeSetting();
createRoot(document.getElementById('root')!).render(<ViewerApp initialUrl={fileParam()} />);
