import { useState } from 'react';

export interface ToolbarProps {
  name: string;
  page: number;
  pages: number;
  scale: number;
  /** Items badged in this PDF, once read. */
  found?: number;
  originalUrl?: string;
  onZoom: (scale: number) => void;
  onPage: (page: number) => void;
  onPickFile: (file: File) => void;
}

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/** The viewer's bar: the file, page number, zoom, open original, open a file from the computer. */
export function Toolbar({ name, page, pages, scale, found, originalUrl, onZoom, onPage, onPickFile }: ToolbarProps) {
  const [typed, setTyped] = useState<string>();
  const smaller = [...ZOOMS].reverse().find((z) => z < scale - 0.01);
  const larger = ZOOMS.find((z) => z > scale + 0.01);
  return (
    <header className="viewer-bar" role="toolbar" aria-label="PDF">
      <span className="viewer-name" title={name}>
        {name}
      </span>
      {found !== undefined && <span className="viewer-found">{found === 1 ? '1 recommendation' : `${found} recommendations`}</span>}
      {pages > 0 && (
        <form
          className="viewer-page"
          onSubmit={(event) => {
            event.preventDefault();
            const n = Number(typed);
            if (Number.isInteger(n) && n >= 1 && n <= pages) onPage(n);
            setTyped(undefined);
          }}
        >
          <label>
            Page{' '}
            <input
              aria-label="Page number"
              inputMode="numeric"
              size={4}
              value={typed ?? String(page)}
              onChange={(event) => setTyped(event.target.value)}
              onBlur={() => setTyped(undefined)}
            />
          </label>{' '}
          of {pages}
        </form>
      )}
      {pages > 0 && (
        <span className="viewer-zoom">
          <button type="button" aria-label="Zoom out" disabled={!smaller} onClick={() => smaller && onZoom(smaller)}>
            −
          </button>
          <output aria-label="Zoom">{Math.round(scale * 100)}%</output>
          <button type="button" aria-label="Zoom in" disabled={!larger} onClick={() => larger && onZoom(larger)}>
            +
          </button>
        </span>
      )}
      {originalUrl && (
        <a className="viewer-original" href={originalUrl} rel="noreferrer">
          Open original
        </a>
      )}
      <label className="viewer-open">
        Open a PDF from your computer
        <input
          type="file"
          accept="application/pdf,.pdf"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onPickFile(file);
            event.target.value = '';
          }}
        />
      </label>
    </header>
  );
}
