import { memo, useRef, useState } from 'react';
import { downloadFile } from '@/components/download';
import { EXPORT_FORMATS } from '@/utils/export';
import type { SavedItem } from '@/utils/model';

interface ExportMenuProps {
  /** The choices of what to export, e.g. all, the current filter, the selection. */
  scopes: { id: string; label: string; items: readonly SavedItem[] }[];
}

/** Export what the reader chooses in any format, as a download. */
export const ExportMenu = memo(function ExportMenu({ scopes }: ExportMenuProps) {
  const available = scopes.filter((scope) => scope.items.length > 0);
  const [scopeId, setScopeId] = useState(available[0]?.id);
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  const scope = available.find((s) => s.id === scopeId) ?? available[0];
  if (!scope) return null;
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
                onClick={() => {
                  downloadFile(format.run(scope.items));
                  close();
                }}
              >
                <strong>{format.label}</strong>
                <span className="muted">{format.description}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
});
