import { Window } from 'happy-dom';
import type { Block, BlockRole, Run, SourceDocument } from './model';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'select', 'button', 'svg', 'iframe', 'input', 'textarea']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const LABEL_TOKEN = /^(?:\(?\d{1,3}(?:\.\d{1,3})*[a-z]?[.):]?|\(?[ivxlc]{1,6}[.)]|\([a-z]\))$/i;
const CHROME = new Set(['header', 'nav', 'footer', 'aside']);

interface Context {
  role: BlockRole;
  level?: number;
  bold: boolean;
  italic: boolean;
  chrome: boolean;
  table?: { id: number; row: number; col: number };
  listNumber?: number;
}

function styleBold(el: Element): boolean | undefined {
  const match = /font-weight\s*:\s*(\w+)/i.exec(el.getAttribute('style') ?? '');
  if (!match) return undefined;
  const value = match[1]!.toLowerCase();
  return value === 'bold' || value === 'bolder' || Number(value) >= 600;
}

function styleItalic(el: Element): boolean | undefined {
  const match = /font-style\s*:\s*(\w+)/i.exec(el.getAttribute('style') ?? '');
  return match ? match[1]!.toLowerCase() !== 'normal' : undefined;
}

/** Runs with whitespace collapsed across their joins, empty ones dropped, neighbours of one emphasis merged. */
export function normalizeRuns(raw: readonly Run[]): Run[] {
  const out: Run[] = [];
  let pendingSpace = false;
  for (const run of raw) {
    const collapsed = run.text.replace(/[\s\u00a0]+/g, ' ');
    if (!collapsed) continue;
    let text = collapsed;
    if (text.startsWith(' ')) {
      pendingSpace = true;
      text = text.slice(1);
    }
    const trailing = text.endsWith(' ');
    if (trailing) text = text.slice(0, -1);
    if (text) {
      if (pendingSpace && out.length) text = ` ${text}`;
      pendingSpace = false;
      const last = out[out.length - 1];
      if (last && last.bold === run.bold && last.italic === run.italic) last.text += text;
      else out.push({ text, bold: run.bold, italic: run.italic });
    }
    if (trailing) pendingSpace = true;
  }
  return out;
}

function emphasised(runs: readonly Run[], key: 'bold' | 'italic'): boolean {
  let on = 0;
  let all = 0;
  for (const run of runs) {
    const letters = run.text.replace(/\W/g, '').length;
    all += letters;
    if (run[key]) on += letters;
  }
  return all > 0 && on / all >= 0.6;
}

/** Build one block from its runs (nothing when they hold no text). */
export function makeBlock(context: Omit<Context, 'bold' | 'italic'>, raw: readonly Run[]): Block | undefined {
  const runs = normalizeRuns(raw);
  const text = runs.map((r) => r.text).join('');
  if (!text) return undefined;
  return {
    role: context.role,
    ...(context.level ? { level: context.level } : {}),
    text,
    runs,
    bold: context.role === 'heading' || emphasised(runs, 'bold'),
    italic: emphasised(runs, 'italic'),
    chrome: context.chrome,
    ...(context.table ? { table: context.table } : {}),
    ...(context.listNumber !== undefined ? { listNumber: context.listNumber } : {}),
  };
}

/** The page's blocks in document order: each block element's own text, split where a nested block starts. */
export function blocksOf(body: Element): Block[] {
  const blocks: Block[] = [];
  let tables = 0;

  function walk(el: Element, context: Context, runs: Run[]): void {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        runs.push({ text: child.nodeValue ?? '', bold: context.bold, italic: context.italic });
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const name = element.localName;
      if (SKIP.has(name)) continue;
      if (name === 'br') {
        runs.push({ text: ' ', bold: context.bold, italic: context.italic });
        continue;
      }
      const bold =
        name === 'b' || name === 'strong' || name === 'th' || /^h[1-6]$/.test(name) ? true : (styleBold(element) ?? context.bold);
      const italic = name === 'i' || name === 'em' || name === 'cite' ? true : (styleItalic(element) ?? context.italic);
      if (!BLOCK.has(name)) {
        walk(element, { ...context, bold, italic }, runs);
        // "<span>4.22</span>The …", "<span>23.</span><strong>We …": a number in its own element
        // at the start of a block is a label apart from the text, which the page's CSS spaces out.
        if (
          LABEL_TOKEN.test(
            runs
              .map((r) => r.text)
              .join('')
              .trim(),
          )
        )
          runs.push({ text: ' ', bold: context.bold, italic: context.italic });
        continue;
      }
      flush(context, runs);
      if (name === 'table') {
        const id = tables++;
        const rows = [...element.querySelectorAll('tr')].filter((tr) => tr.closest('table') === element);
        rows.forEach((tr, row) => {
          [...tr.children]
            .filter((cell) => cell.localName === 'td' || cell.localName === 'th')
            .forEach((cell, col) => {
              const cellContext: Context = {
                ...context,
                role: 'cell',
                level: undefined,
                bold: cell.localName === 'th' || bold,
                italic,
                table: { id, row, col },
              };
              const cellRuns: Run[] = [];
              walk(cell, cellContext, cellRuns);
              flush(cellContext, cellRuns);
            });
        });
        continue;
      }
      const next: Context = {
        ...context,
        bold,
        italic,
        chrome: context.chrome || CHROME.has(name) || element.getAttribute('role') === 'navigation',
      };
      if (/^h[1-6]$/.test(name)) Object.assign(next, { role: 'heading', level: Number(name[1]) });
      else if (name === 'li') {
        const list = element.parentElement;
        const listNumber =
          list?.localName === 'ol'
            ? Number(list.getAttribute('start') ?? '1') + [...list.children].filter((c) => c.localName === 'li').indexOf(element)
            : undefined;
        Object.assign(next, { role: 'list-item', level: undefined, listNumber });
      } else if (name === 'blockquote') Object.assign(next, { role: 'quote', level: undefined });
      else if (next.role === 'heading' || next.role === 'list-item' || name === 'p' || name === 'dd' || name === 'dt')
        Object.assign(next, { role: next.role === 'quote' ? 'quote' : 'paragraph', level: undefined, listNumber: undefined });
      const own: Run[] = [];
      walk(element, next, own);
      flush(next, own);
    }
  }

  function flush(context: Context, runs: Run[]): void {
    const block = makeBlock(context, runs);
    if (block) blocks.push(block);
    runs.length = 0;
  }

  const runs: Run[] = [];
  const root: Context = { role: 'paragraph', bold: false, italic: false, chrome: false };
  walk(body, root, runs);
  flush(root, runs);
  return blocks;
}

/** Parse a page as a browser would and read it back as blocks, keeping its <head>. */
export async function readDocument(html: string, url: string): Promise<SourceDocument> {
  const window = new Window({ url });
  try {
    window.document.write(html);
    const document = window.document as unknown as Document;
    return {
      title: document.title,
      lang: document.documentElement.getAttribute('lang') ?? 'en',
      headHtml: document.head.innerHTML,
      blocks: blocksOf(document.body),
    };
  } finally {
    await window.happyDOM.close();
  }
}
