export interface NoticeState {
  message: string;
  kind: 'info' | 'error';
  undo?: () => void;
}

/** A message at the bottom of the library, with Undo where an action can be undone. */
export function Notice({ notice, onDismiss }: { notice: NoticeState; onDismiss: () => void }) {
  return (
    <div className={`notice${notice.kind === 'error' ? ' notice-error' : ''}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.message}</span>
      {notice.undo && (
        <button
          type="button"
          className="button"
          onClick={() => {
            notice.undo?.();
            onDismiss();
          }}
        >
          Undo
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
