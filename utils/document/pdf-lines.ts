/*
 * A PDF page's text items (as pdf.js gives them: string, baseline position, size, font) turned
 * into lines and then blocks in reading order, the shape the shared reader works on:
 * running heads, footers and page numbers dropped, hyphenation at line ends joined, paragraphs
 * split at vertical gaps, short last lines and new labels, headings told by size, bold and italic
 * told by font name, superscript footnote calls kept apart, two columns read one after the other.
 * Pure: no pdf.js here (see utils/pdf/read-pdf.ts), so it runs the same in Node and the viewer.
 */

/** One text item, in PDF units with the origin at the page's bottom left. */
export interface PdfItem {
  str: string;
  /** Start of the baseline. */
  x: number;
  y: number;
  /** Advance width of the string. */
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  bold: boolean;
  italic: boolean;
}

export interface PdfPageText {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  items: PdfItem[];
}

/** A run of text with one look. */
export interface PdfRun {
  text: string;
  bold: boolean;
  italic: boolean;
  /** A raised, smaller run inside a line: a footnote call. */
  sup: boolean;
}

/** Where a line sits on its page, in PDF units (origin bottom left; `y` is the baseline). */
export interface PdfLineBox {
  page: number;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfLine extends PdfLineBox {
  runs: PdfRun[];
  text: string;
  /** Which column of the page (0 = the left or only one). */
  column: number;
}

export interface PdfBlock {
  role: 'heading' | 'paragraph';
  /** 1–4, headings only. */
  level?: number;
  runs: PdfRun[];
  text: string;
  /** Each line's box; the first is where a badge goes. */
  lines: PdfLineBox[];
}

const SPACE = /\s/;
const BARE_PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[ivxlc]{1,6}$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;
const LABEL_START = /^(?:\(?\d{1,3}(?:\.\d{1,3})?[.)]\s|\(?[a-z]\)\s|\(?[ivx]{1,5}\)\s|(?:recommendation|conclusion)s?\s+\d)/i;
const ENDS_SENTENCE = /[.:;?!"”’)]$/;

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The size most of the text is set in (weighted by characters). */
export function bodySize(pages: readonly PdfPageText[]): number {
  const counts = new Map<number, number>();
  for (const page of pages)
    for (const item of page.items) {
      const size = Math.round(item.size * 2) / 2;
      counts.set(size, (counts.get(size) ?? 0) + item.str.trim().length);
    }
  let best = 0;
  let most = -1;
  for (const [size, count] of counts) if (count > most) [best, most] = [size, count];
  return best || 10;
}

interface RawLine {
  items: PdfItem[];
  y: number;
  x0: number;
  x1: number;
  size: number;
}

/** Items into lines: same baseline (within half a size), in stream order, split at wide gaps (a column gutter). */
function rawLines(items: readonly PdfItem[]): RawLine[] {
  const lines: RawLine[] = [];
  let line: RawLine | undefined;
  for (const item of items) {
    if (!item.str) continue;
    const blank = !item.str.trim();
    const size = item.size || 1;
    if (line) {
      const sameBaseline = Math.abs(item.y - line.y) <= Math.max(size, line.size) * 0.5;
      const gap = item.x - line.x1;
      const gutter = gap > Math.max(size, line.size) * 2.5;
      if (sameBaseline && gap > -size && !gutter) {
        if (!blank) {
          line.items.push(item);
          line.x1 = Math.max(line.x1, item.x + item.width);
          // A footnote call does not set the line's size or baseline.
          if (item.size > line.size) {
            line.size = item.size;
            line.y = item.y;
          }
        }
        continue;
      }
    }
    if (blank) continue;
    line = { items: [item], y: item.y, x0: item.x, x1: item.x + item.width, size: item.size };
    lines.push(line);
  }
  return lines;
}

/** A line's runs and text: items joined with a space where there is a gap, raised small items as `sup`. */
function runsOf(line: RawLine): PdfRun[] {
  const runs: PdfRun[] = [];
  let end: number | undefined;
  for (const item of line.items) {
    const sup = item.size < line.size * 0.85 && item.y > line.y + line.size * 0.15;
    let text = item.str.replace(/\s+/g, ' ');
    const gap = end === undefined ? 0 : item.x - end;
    const last = runs.at(-1);
    if (last && gap > line.size * 0.12 && !SPACE.test(last.text.at(-1) ?? '') && !SPACE.test(text[0] ?? '')) text = ` ${text}`;
    end = item.x + item.width;
    if (last && last.bold === item.bold && last.italic === item.italic && last.sup === sup) last.text += text;
    else runs.push({ text, bold: item.bold, italic: item.italic, sup });
  }
  return runs;
}

/**
 * Where a page splits into two columns: an x in the middle of the page that almost no line
 * crosses, with several lines wholly on each side. Undefined on a one-column page.
 */
export function columnSplit(lines: readonly { x0: number; x1: number }[], pageWidth: number): number | undefined {
  if (lines.length < 10) return undefined;
  let best: { x: number; crossing: number } | undefined;
  for (let x = pageWidth * 0.35; x <= pageWidth * 0.65; x += pageWidth / 100) {
    const crossing = lines.filter((l) => l.x0 < x && l.x1 > x).length;
    const left = lines.filter((l) => l.x1 <= x).length;
    const right = lines.filter((l) => l.x0 >= x).length;
    if (left < 5 || right < 5 || crossing > lines.length * 0.1) continue;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  return best?.x;
}

/** Text to compare running heads by: digits folded, spaces collapsed. */
function furnitureKey(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Every page's lines in reading order, running heads, footers and page numbers left out. */
export function pdfLines(pages: readonly PdfPageText[]): PdfLine[] {
  const perPage = pages.map((page) => {
    const raw = rawLines(page.items);
    const split = columnSplit(raw, page.width);
    const lines: PdfLine[] = raw.map((line) => {
      const runs = runsOf(line);
      return {
        page: page.page,
        x: line.x0,
        y: line.y,
        width: line.x1 - line.x0,
        size: line.size,
        runs,
        text: runs
          .map((r) => r.text)
          .join('')
          .trim(),
        column: split !== undefined && line.x0 >= split ? 1 : 0,
      };
    });
    // Top to bottom (the left column, then the right; lines spanning both stay in the left): a PDF's
    // drawing order is not its reading order (Chromium, for one, draws headings and lists apart).
    lines.sort((a, b) => a.column - b.column || (Math.abs(a.y - b.y) < Math.min(a.size, b.size) * 0.5 ? a.x - b.x : b.y - a.y));
    return { page, lines };
  });

  // Running heads and footers: the same text (numbers aside) at about the same height on most pages.
  const seen = new Map<string, number>();
  const keyOf = (line: PdfLine, height: number) =>
    `${Math.round(line.y / 4)}|${line.y > height / 2 ? 'top' : 'bottom'}|${furnitureKey(line.text)}`;
  for (const { page, lines } of perPage) {
    const keys = new Set(lines.map((line) => keyOf(line, page.height)));
    for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const repeatsOn = Math.max(2, Math.ceil(pages.length * 0.5));
  const out: PdfLine[] = [];
  for (const { page, lines } of perPage) {
    for (const line of lines) {
      const margin = line.y < page.height * 0.1 || line.y > page.height * 0.9;
      if (margin && BARE_PAGE_NUMBER.test(line.text)) continue;
      if (pages.length >= 2 && margin && (seen.get(keyOf(line, page.height)) ?? 0) >= repeatsOn) continue;
      if (line.text) out.push(line);
    }
  }
  return out;
}

function appendRuns(into: PdfRun[], runs: readonly PdfRun[], joinWith: 'space' | 'hyphen'): void {
  const last = into.at(-1);
  const copy = runs.map((run) => ({ ...run }));
  if (last && joinWith === 'hyphen') last.text = last.text.replace(/-\s*$/, '');
  else if (last && !SPACE.test(last.text.at(-1) ?? '') && copy[0]) copy[0].text = ` ${copy[0].text.replace(/^\s+/, '')}`;
  for (const run of copy) {
    const prev = into.at(-1);
    if (prev && prev.bold === run.bold && prev.italic === run.italic && prev.sup === run.sup) prev.text += run.text;
    else into.push(run);
  }
}

const allBold = (line: PdfLine) => line.runs.every((run) => run.bold || run.sup || !run.text.trim());

/** Lines into blocks (paragraphs and headings), in reading order. */
export function pdfBlocks(pages: readonly PdfPageText[]): PdfBlock[] {
  const lines = pdfLines(pages);
  const body = bodySize(pages);
  // The usual distance between two lines of one paragraph, per size.
  const pitches = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || a.column !== b.column || Math.abs(a.size - b.size) > 0.5) continue;
    const gap = a.y - b.y;
    if (gap > 0) (pitches.get(Math.round(a.size)) ?? pitches.set(Math.round(a.size), []).get(Math.round(a.size))!).push(gap);
  }
  const pitchMedians = new Map([...pitches].map(([size, gaps]) => [size, median(gaps)]));
  const pitchOf = (size: number) => {
    const found = pitchMedians.get(Math.round(size)) ?? 0;
    return found > 0 && found < size * 2.2 ? found : size * 1.2;
  };
  // Where a full line ends, per column: most lines of a column end there (a page's only line may be short).
  const ends = new Map<number, number[]>();
  for (const line of lines) (ends.get(line.column) ?? ends.set(line.column, []).get(line.column)!).push(line.x + line.width);
  const widest = new Map(
    [...ends].map(([column, values]) => [column, [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)] ?? 0]),
  );

  const headingSizes = [...new Set(lines.filter((l) => l.size >= body * 1.15).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const blocks: PdfBlock[] = [];
  let current: { block: PdfBlock; last: PdfLine } | undefined;
  const close = () => {
    if (!current) return;
    const { block } = current;
    block.text = block.runs
      .map((r) => r.text)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    const size = block.lines[0]!.size;
    if (size >= body * 1.15 && block.text.length < 200) {
      block.role = 'heading';
      block.level = Math.min(4, headingSizes.indexOf(Math.round(size)) + 1 || 4);
    }
    // A single short line wholly in bold, with no label and no closing punctuation: a run-in
    // heading set in the body's size (a web page's <h3> printed, a Command Paper's section title).
    const boldOnly = block.runs.every((run) => run.bold || run.sup || !run.text.trim());
    if (
      block.role === 'paragraph' &&
      block.lines.length === 1 &&
      boldOnly &&
      block.text.length < 80 &&
      !/[.:;,]$/.test(block.text) &&
      !LABEL_START.test(block.text)
    ) {
      block.role = 'heading';
      block.level = Math.min(6, headingSizes.length + 1);
    }
    if (block.text) blocks.push(block);
    current = undefined;
  };

  for (const line of lines) {
    if (current) {
      const { last } = current;
      const samePage = last.page === line.page;
      const sameSize = Math.abs(last.size - line.size) <= Math.max(0.6, last.size * 0.08);
      const rightEdge = widest.get(last.column) ?? last.x + last.width;
      const short = last.x + last.width < rightEdge - last.size * 4;
      const ended = ENDS_SENTENCE.test(last.text);
      let next: boolean;
      if (!sameSize) next = true;
      else if (allBold(last) !== allBold(line) && (ended || short)) next = true;
      else if (LABEL_START.test(line.text) && (ended || short)) next = true;
      else if (samePage && last.column === line.column) {
        const gap = last.y - line.y;
        next = gap > pitchOf(line.size) * 1.35 || gap < -line.size || (short && ended);
      } else next = short && ended; // Over a page or column break: one paragraph unless the last line closed one.
      if (next) close();
    }
    if (!current) {
      current = { block: { role: 'paragraph', runs: [], text: '', lines: [] }, last: line };
      appendRuns(current.block.runs, line.runs, 'space');
    } else {
      const hyphen = /[a-z]-$/.test(current.last.text) && /^[a-z]/.test(line.text);
      appendRuns(current.block.runs, line.runs, hyphen ? 'hyphen' : 'space');
    }
    current.block.lines.push({ page: line.page, x: line.x, y: line.y, width: line.width, size: line.size });
    current.last = line;
  }
  close();
  return blocks;
}
