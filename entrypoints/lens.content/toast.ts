import themeCss from '@/components/theme.css?inline';
import toastCss from '@/components/toast.css?inline';

const TOAST_TAG = 'cl-toast';

/** A short message in the corner of the page (role=status), replaced by the next, gone after a while. */
export function showToast(doc: Document, message: string, kind: 'info' | 'error', setTimer: (fn: () => void, ms: number) => void): void {
  doc.querySelector(TOAST_TAG)?.remove();
  const host = doc.createElement(TOAST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${themeCss}\n${toastCss}`;
  const box = doc.createElement('div');
  box.className = kind === 'error' ? 'cl-toast cl-toast-error' : 'cl-toast';
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  box.textContent = message;
  root.append(style, box);
  doc.documentElement.append(host);
  setTimer(() => host.remove(), 4000);
}
