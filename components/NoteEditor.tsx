import { useEffect, useRef, useState } from 'react';

interface NoteEditorProps {
  itemKey: string;
  note: string;
  onSave: (note: string) => Promise<string | undefined>;
}

const AUTOSAVE_MS = 700;

/** The note, saved as you type (after a pause) and when you leave the field; failures are shown. */
export function NoteEditor({ itemKey, note, onSave }: NoteEditorProps) {
  const [draft, setDraft] = useState(note);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const saved = useRef(note);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Another tab changed the note while this one has no unsaved typing: show theirs.
  useEffect(() => {
    setDraft((current) => (current === saved.current ? note : current));
    saved.current = note;
  }, [note]);

  const save = async (value: string) => {
    clearTimeout(timer.current);
    if (value === saved.current) return;
    setState({ kind: 'saving' });
    const error = await onSave(value);
    if (error) setState({ kind: 'error', message: error });
    else {
      saved.current = value;
      setState({ kind: 'saved' });
    }
  };

  // Closing the editor (the popover, the detail pane) mid-pause keeps what was typed.
  const latest = useRef({ draft, save });
  useEffect(() => {
    latest.current = { draft, save };
  });
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      void latest.current.save(latest.current.draft);
    },
    [],
  );

  const id = `note-${itemKey}`;
  return (
    <div className="note-editor">
      <label htmlFor={id} className="detail-label">
        Your note
      </label>
      <textarea
        id={id}
        value={draft}
        rows={5}
        placeholder="Why this matters, what to follow up…"
        onChange={(e) => {
          const value = e.target.value;
          setDraft(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(value), AUTOSAVE_MS);
        }}
        onBlur={() => void save(draft)}
      />
      <p className={`note-state${state.kind === 'error' ? ' note-state-error' : ''}`} role={state.kind === 'error' ? 'alert' : 'status'}>
        {state.kind === 'saving' && 'Saving…'}
        {state.kind === 'saved' && 'Saved'}
        {state.kind === 'error' && `Not saved: ${state.message}`}
      </p>
    </div>
  );
}
