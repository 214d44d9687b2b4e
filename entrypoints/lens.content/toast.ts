import themeCss from '@/components/theme.css?inline';
import toastCss from '@/components/toast.css?inline';

const TOAST_TAG = 'cl-toast';
const SHOWN_MS = 4000;
/** A toast with an action (Undo) stays longer, and while the pointer or focus is on it. */
const SHOWN_WITH_ACTION_MS = 10_000;

export interface ToastAction {
  label: string;
  run: () => void;
}

/**
 * A short message in the corner of the page (role=status), replaced by the next, gone after a
 * while; with `action`, a button (Undo) that runs it and closes the toast.
 */
export function showToast(
  doc: Document,
  message: string,
  kind: 'info' | 'error',
  setTimer: (fn: () => void, ms: number) => void,
  action?: ToastAction,
  theme: 'system' | 'light' | 'dark' = 'system',
): void {
  doc.querySelector(TOAST_TAG)?.remove();
  const host = doc.createElement(TOAST_TAG);
  // Like the badges and the popover, it matches the page it is on.
  if (theme !== 'system') host.dataset.clTheme = theme;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${themeCss}\n${toastCss}`;
  const box = doc.createElement('div');
  box.className = kind === 'error' ? 'cl-toast cl-toast-error' : 'cl-toast';
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const text = doc.createElement('span');
  text.textContent = message;
  box.append(text);
  if (action) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'cl-toast-action';
    button.textContent = action.label;
    button.addEventListener('click', () => {
      host.remove();
      action.run();
    });
    box.append(button);
  }
  root.append(style, box);
  doc.documentElement.append(host);
  const expire = () => {
    if (!host.isConnected) return;
    // Not while the reader is on it: try again a little later.
    if (host.matches(':hover') || root.activeElement) setTimer(expire, 2000);
    else host.remove();
  };
  setTimer(expire, action ? SHOWN_WITH_ACTION_MS : SHOWN_MS);
}
