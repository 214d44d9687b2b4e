import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import './library.css';
import { LibraryApp } from './LibraryApp';

createRoot(document.getElementById('root')!).render(<LibraryApp />);
