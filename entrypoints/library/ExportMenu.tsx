import { errorMessage } from '@/utils/errors';
import { memo, useRef, useState } from 'react';
import { downloadBlob } from '@/components/download';
import { EXPORT_FORMATS, type ExportKind } from '@/utils/export';
import type { SavedItem } from '@/utils/model/model';
import { exportInWorker } from './export-in-worker';

interface ExportMenuProps {
  /** The choices of what to export, e.g. all, the current filter, the selection. */
  scopes: { id: string; label: string; items: readonly SavedItem[] }[];
}

/** Export what the reader chooses in any format, as a download. */
export const ExportMenu = memo(function ExportMenu({ scopes }: ExportMenuProps) {
  const available = scopes.filter((scope) => scope.items.length > 0);
  const [scopeId, setScopeId] = useState(available[0]?.id);
  // The file is built off the page's thread; meanwhile its button says so.
  const [building, setBuilding] = useState<ExportKind>();
  const [failure, setFailure] = useState<string>();
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  const scope = available.find((s) => s.id === scopeId) ?? available[0];
  if (!scope) return null;
  const build = async (kind: ExportKind, items: readonly SavedItem[]) => {
    setBuilding(kind);
    setFailure(undefined);
    try {
      const { filename, blob } = await exportInWorker(kind, items);
      downloadBlob(blob, filename);
      close();
    } catch (error) {
      console.error('[committee-lens] library: export failed', error);
      setFailure(`Could not export: ${errorMessage(error)}`);
    } finally {
      setBuilding(undefined);
    }
  };
  return (
    <details
      ref={menu}
      className="menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <summary className="button">Export…</summary>
      <div className="menu-panel" role="group" aria-label="Export">
        <fieldset className="menu-scopes">
          <legend>What</legend>
          {available.map((s) => (
            <label key={s.id}>
              <input type="radio" name="export-scope" checked={s.id === scope.id} onChange={() => setScopeId(s.id)} />
              {s.label} ({s.items.length})
            </label>
          ))}
        </fieldset>
        <ul className="menu-formats">
          {EXPORT_FORMATS.map((format) => (
            <li key={format.kind}>
              <button
                type="button"
                className="menu-item"
                aria-busy={building === format.kind}
                disabled={building !== undefined}
                onClick={() => void build(format.kind, scope.items)}
              >
                <strong>{format.label}</strong>
                <span className="muted">{building === format.kind ? 'Preparing the file…' : format.description}</span>
              </button>
            </li>
          ))}
        </ul>
        {failure && (
          <p className="menu-error" role="alert">
            {failure}
          </p>
        )}
      </div>
    </details>
  );
});
