export interface ViewerNoticeProps {
  kind: 'loading' | 'error' | 'info' | 'empty';
  message: string;
  originalUrl?: string;
}

/** Loading, a problem with the file, or the empty viewer's invitation: always words, never a blank page. */
export function ViewerNotice({ kind, message, originalUrl }: ViewerNoticeProps) {
  return (
    <div className={`viewer-notice viewer-notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-cl-viewer-state={kind}>
      <p>{message}</p>
      {kind === 'error' && originalUrl && (
        <p>
          <a href={originalUrl} rel="noreferrer">
            Open the original in the browser
          </a>
        </p>
      )}
      {kind === 'empty' && (
        <p className="viewer-hint">
          Choose a file with the button above, or drop it here. It is read on this computer; nothing is uploaded.
        </p>
      )}
    </div>
  );
}
