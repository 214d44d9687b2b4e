import { useEffect, useRef, useState } from 'react';

interface DeleteAllDataProps {
  countItems: () => Promise<number>;
  onExport: () => Promise<void>;
  onDelete: () => Promise<void>;
}

/** "Delete all my data", behind a confirmation that offers an export first. */
export function DeleteAllData({ countItems, onExport, onDelete }: DeleteAllDataProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [count, setCount] = useState<number>();
  useEffect(() => {
    if (count !== undefined) dialog.current?.showModal();
  }, [count]);
  const close = () => {
    dialog.current?.close();
    setCount(undefined);
  };
  return (
    <>
      <button type="button" className="button button-danger" onClick={() => void countItems().then(setCount)}>
        Delete all my data…
      </button>
      <dialog ref={dialog} className="options-dialog" aria-labelledby="delete-title" onClose={() => setCount(undefined)}>
        <h2 id="delete-title">Delete all your Committee Lens data?</h2>
        <p>
          This deletes {count === 1 ? '1 saved recommendation' : `${count ?? 0} saved recommendations`} with their notes and tags, every
          stored government answer, and your settings. It cannot be undone.
        </p>
        <div className="options-row">
          <button type="button" className="button" onClick={() => void onExport()}>
            Export a copy first
          </button>
          <button
            type="button"
            className="button button-danger-solid"
            onClick={() => {
              close();
              void onDelete();
            }}
          >
            Delete everything
          </button>
          <button type="button" className="button" autoFocus onClick={close}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
