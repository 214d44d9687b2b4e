import { TextLayer } from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist/types/src/display/api';

/*
 * The PDF's pages as a column of boxes, each the page's size at the current zoom, drawn (canvas +
 * selectable text layer) only when near the viewport and released again when far from it, so a
 * 500-page document opens as fast as a 5-page one. Positions inside a page are kept in percent,
 * so zooming only resizes the boxes.
 */

export interface PdfPages {
  /** Each page's box (1-based page n at index n - 1). */
  boxes: HTMLElement[];
  /** Each page's size in PDF units. */
  sizes: { width: number; height: number }[];
  setScale(scale: number): void;
  scale(): number;
  /** The page most in view (1-based). */
  current(): number;
  scrollToPage(n: number): void;
  destroy(): void;
}

interface Drawn {
  task?: RenderTask;
  text?: TextLayer;
  canvas?: HTMLCanvasElement;
  textBox?: HTMLElement;
  scale: number;
}

export async function layoutPages(
  pdf: PDFDocumentProxy,
  container: HTMLElement,
  initialScale: number,
  onPage: (n: number) => void,
): Promise<PdfPages> {
  let scale = initialScale;
  const pages: PDFPageProxy[] = [];
  for (let n = 1; n <= pdf.numPages; n++) pages.push(await pdf.getPage(n));
  const sizes = pages.map((page) => {
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    return page.rotate % 180 === 0 ? { width: x1 - x0, height: y1 - y0 } : { width: y1 - y0, height: x1 - x0 };
  });
  const boxes = pages.map((_, i) => {
    const box = container.ownerDocument.createElement('div');
    box.className = 'pdf-page';
    box.dataset.clPage = String(i + 1);
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', `Page ${i + 1}`);
    container.append(box);
    return box;
  });
  const drawn = new Map<number, Drawn>();
  const visible = new Map<number, number>();

  const size = () => {
    container.style.setProperty('--total-scale-factor', String(scale));
    boxes.forEach((box, i) => {
      box.style.width = `${Math.floor(sizes[i]!.width * scale)}px`;
      box.style.height = `${Math.floor(sizes[i]!.height * scale)}px`;
    });
  };

  const release = (i: number) => {
    const d = drawn.get(i);
    if (!d) return;
    d.task?.cancel();
    d.canvas?.remove();
    drawn.set(i, { ...d, canvas: undefined, task: undefined, scale: 0 });
  };

  const draw = async (i: number) => {
    const page = pages[i]!;
    const box = boxes[i]!;
    const before = drawn.get(i);
    if (before?.canvas && before.scale === scale) return;
    before?.task?.cancel();
    const viewport = page.getViewport({ scale });
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    const canvas = box.ownerDocument.createElement('canvas');
    canvas.className = 'pdf-canvas';
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    const task = page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
    const state: Drawn = { ...before, task, canvas, scale };
    drawn.set(i, state);
    try {
      await task.promise;
    } catch {
      return; // Cancelled (zoomed, scrolled away): a later pass draws it.
    }
    if (drawn.get(i) !== state) return;
    before?.canvas?.remove();
    box.prepend(canvas);
    // The text layer once per page, kept (find in page, selection), updated on zoom.
    if (!state.textBox) {
      const textBox = box.ownerDocument.createElement('div');
      textBox.className = 'textLayer';
      box.append(textBox);
      const text = new TextLayer({ textContentSource: page.streamTextContent(), container: textBox, viewport });
      state.textBox = textBox;
      state.text = text;
      await text.render().catch(() => undefined);
    } else state.text?.update({ viewport });
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const i = Number((entry.target as HTMLElement).dataset.clPage) - 1;
        if (entry.isIntersecting) {
          visible.set(i, entry.intersectionRatio);
          void draw(i);
        } else {
          visible.delete(i);
          // Far from view: give the canvas memory back (the text layer stays).
          if (Math.abs(i - current() + 1) > 4) release(i);
        }
      }
      onPage(current());
    },
    { rootMargin: '100% 0px', threshold: [0, 0.25, 0.5, 0.75, 1] },
  );

  const current = () => {
    const mid = window.innerHeight / 2;
    for (let i = 0; i < boxes.length; i++) {
      const rect = boxes[i]!.getBoundingClientRect();
      if (rect.bottom >= mid) return i + 1;
    }
    return boxes.length;
  };

  size();
  for (const box of boxes) observer.observe(box);
  const onScroll = () => onPage(current());
  window.addEventListener('scroll', onScroll, { passive: true });

  return {
    boxes,
    sizes,
    scale: () => scale,
    setScale(next) {
      const keep = current();
      scale = next;
      size();
      for (const i of drawn.keys())
        if (visible.has(i)) void draw(i);
        else release(i);
      boxes[keep - 1]?.scrollIntoView({ block: 'start' });
    },
    current,
    scrollToPage(n) {
      boxes[Math.max(0, Math.min(boxes.length - 1, n - 1))]?.scrollIntoView({ block: 'start' });
    },
    destroy() {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      for (const d of drawn.values()) d.task?.cancel();
    },
  };
}
