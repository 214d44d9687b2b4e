import type { Block, LocatedDocument, LocatedItem, Run } from './model';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** How emphasis is written: tags (`strong`/`em` or `b`/`i`) or inline styles on spans (no tag says "bold"). */
export type EmphasisStyle = 'strong' | 'b' | 'style';

/** A run list as inline HTML, emphasis kept. */
export function runsHtml(runs: readonly Run[], style: EmphasisStyle = 'strong'): string {
  return runs
    .map((run) => {
      let html = escapeHtml(run.text);
      if (style === 'style') {
        const css = [run.bold ? 'font-weight:700' : '', run.italic ? 'font-style:italic' : ''].filter(Boolean).join(';');
        return css ? `<span style="${css}">${html}</span>` : html;
      }
      if (run.italic) html = style === 'b' ? `<i>${html}</i>` : `<em>${html}</em>`;
      if (run.bold) html = style === 'b' ? `<b>${html}</b>` : `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

export const blockHtml = (block: Block, style: EmphasisStyle = 'strong') => runsHtml(block.runs, style);

/** A complete page: the original <head> (title, meta, styles) and a new body. */
export function pageHtml(doc: LocatedDocument, body: string): string {
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(doc.lang)}">\n<head>${doc.headHtml}</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** A small stable number per page, to vary label forms and heading levels between cases (never random). */
export function seedOf(doc: LocatedDocument): number {
  let hash = 7;
  for (const char of doc.url) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash;
}

/** "Recommendation 7" or "7." (or "(iv)" for a roman or lettered number). */
export function labelText(item: LocatedItem, word: boolean): string {
  if (word) return `Recommendation ${item.number}`;
  return /^[a-z]+$/i.test(item.number) ? `(${item.number})` : `${item.number}.`;
}

export const isPlainInteger = (number: string): boolean => /^[1-9]\d*$/.test(number);
