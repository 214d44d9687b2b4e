import { useCallback, useEffect, useRef, useState } from 'react';
import { PdfReadError } from '@/utils/pdf/read-pdf';
import { openDocument, type OpenedPdf, type PdfSource } from './open-document';
import { Toolbar } from './Toolbar';
import { ViewerNotice } from './ViewerNotice';

type Phase = { kind: 'empty' } | { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

const INITIAL_SCALE = 1.25;

function nameOf(source: PdfSource | undefined): string {
  if (!source) return 'Committee Lens PDF viewer';
  if (source.kind === 'file') return source.file.name;
  return decodeURIComponent(source.url.pathname.split('/').pop() || source.url.hostname);
}

/** The PDF viewer: a bar, the pages, and the state of the file in words. */
export function ViewerApp({ initialUrl }: { initialUrl?: URL }) {
  const pagesRef = useRef<HTMLDivElement>(null);
  const opened = useRef<OpenedPdf | undefined>(undefined);
  const [source, setSource] = useState<PdfSource | undefined>(initialUrl && { kind: 'url', url: initialUrl });
  const [phase, setPhase] = useState<Phase>(initialUrl ? { kind: 'loading' } : { kind: 'empty' });
  const [page, setPage] = useState(1);
  const [pages, setPages] = useState(0);
  const [scale, setScale] = useState(INITIAL_SCALE);
  const [found, setFound] = useState<number>();
  const [notice, setNotice] = useState<string>();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const container = pagesRef.current;
    if (!source || !container) return;
    let cancelled = false;
    opened.current?.close();
    opened.current = undefined;
    setPhase({ kind: 'loading' });
    setPages(0);
    setFound(undefined);
    setNotice(undefined);
    document.title = `${nameOf(source)} · Committee Lens`;
    openDocument(source, container, INITIAL_SCALE, setPage, (n) => {
      if (!cancelled) {
        setPages(n);
        setPhase({ kind: 'ready' });
      }
    }).then(
      (doc) => {
        if (cancelled) return doc.close();
        opened.current = doc;
        document.title = `${doc.title} · Committee Lens`;
        setScale(INITIAL_SCALE);
        setFound(doc.found);
        setNotice(doc.notice);
        setPhase({ kind: 'ready' });
      },
      (error: unknown) => {
        if (cancelled) return;
        console.warn('[committee-lens] could not open the PDF', error);
        setPhase({ kind: 'error', message: error instanceof PdfReadError ? error.message : 'This PDF could not be opened.' });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [source]);

  const zoom = useCallback((next: number) => {
    opened.current?.pages.setScale(next);
    setScale(next);
    // The badges are placed again as after a resize of the window.
    window.dispatchEvent(new Event('resize'));
  }, []);

  const pick = useCallback((file: File) => setSource({ kind: 'file', file }), []);

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) pick(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [pick]);

  const originalUrl = source?.kind === 'url' ? source.url.href : undefined;
  return (
    <div className={`viewer${dragging ? ' viewer-dragging' : ''}`}>
      <Toolbar
        name={nameOf(source)}
        page={page}
        pages={pages}
        scale={scale}
        found={found}
        originalUrl={originalUrl}
        onZoom={zoom}
        onPage={(n) => opened.current?.pages.scrollToPage(n)}
        onPickFile={pick}
      />
      {phase.kind === 'empty' && <ViewerNotice kind="empty" message="Open a PDF from your computer to read it with Committee Lens." />}
      {phase.kind === 'loading' && <ViewerNotice kind="loading" message="Opening the PDF…" />}
      {phase.kind === 'error' && <ViewerNotice kind="error" message={phase.message} originalUrl={originalUrl} />}
      {phase.kind === 'ready' && notice && <ViewerNotice kind="info" message={notice} />}
      {phase.kind === 'ready' && found === undefined && !notice && <ViewerNotice kind="loading" message="Reading the text…" />}
      <main className="viewer-pages" ref={pagesRef} aria-label="Pages" hidden={phase.kind === 'error'} />
    </div>
  );
}
