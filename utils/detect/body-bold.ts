import type { Block } from '../document/block';
import type { Segment } from './segment';
import { isTitleBlock, type Outline } from './sections';

/*
 * Recommendations set in bold inside a report's numbered body paragraphs (split Commons reports,
 * Lords reports): each numbered paragraph holding one becomes an item numbered by the paragraph.
 * The bold run may start in the middle of the paragraph.
 */

/** Fewer words than this in bold is emphasis, not a recommendation. */
const MIN_WORDS = 8;
/** A recommendation is one or more sentences; a bold run without closing punctuation is a lead-in title. */
const SENTENCE_END = /[.!?:;]["'”’)\]]*$/;
/** A continuing block at least this much in italics is a quotation. */
const QUOTED_ITALIC = 0.8;
/** Numbered paragraphs needed before bold in them counts. */
const MIN_PARAGRAPHS = 1;

function isRecommendation(run: string): boolean {
  return run.split(' ').length >= MIN_WORDS && SENTENCE_END.test(run);
}

interface Paragraph {
  number: string;
  value: number;
  at: number;
  runs: string[];
}

/** A block that opens a numbered body paragraph: its number, in the text or given by the markup. */
function paragraphNumber(block: Block): Block['label'] {
  const label = block.label;
  if (!label || label.named || (label.style !== 'arabic' && label.style !== 'chapter') || block.quote) return undefined;
  // A number set as a heading of its own ("<h4>14.</h4>" before the paragraph) opens it too.
  if (isTitleBlock(block)) return label.rest ? undefined : label;
  return label;
}

/** The bold runs of a block that continues a paragraph, the first joined to the last run before it when the bold runs on across the break. */
function continueRuns(runs: string[], previous: Block | undefined, block: Block): void {
  const [first, ...rest] = block.boldRuns;
  if (first === undefined) return;
  const last = runs[runs.length - 1];
  if (last !== undefined && previous?.bare.endsWith(last) && block.bare.startsWith(first) && !SENTENCE_END.test(last)) {
    runs[runs.length - 1] = `${last} ${first}`;
  } else runs.push(first);
  runs.push(...rest);
}

export function boldRecommendations(blocks: readonly Block[], outline: Outline): Segment[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  let lastValue = 0;
  blocks.forEach((block, index) => {
    const label = paragraphNumber(block);
    if (!label && isTitleBlock(block)) {
      current = undefined;
      return;
    }
    if (label) {
      const value = label.style === 'chapter' ? label.order[0]! * 1000 + label.order[1]! : label.order[0]!;
      // A number in other markup (a list item, a cell, a heading of its own) opens a paragraph only
      // where it carries on the body's numbering: a list numbered from 1 inside a paragraph does not.
      const opens = block.role === 'paragraph' ? value > lastValue : lastValue > 0 && value === lastValue + 1;
      if (opens) {
        lastValue = value;
        const prefix = new RegExp(`^${label.number.replace('.', '\\.')}\\.?\\s*`);
        current = { number: label.number, value, at: index, runs: block.boldRuns.map((run) => run.replace(prefix, '')).filter(Boolean) };
        paragraphs.push(current);
        return;
      }
      current = undefined;
      return;
    }
    // Sub-paragraphs, lists and printed lines that continue the numbered paragraph.
    // Quoted evidence (a blockquote, or a paragraph set wholly in italics) is not the committee's.
    if (current && !block.quote && block.italic < QUOTED_ITALIC) continueRuns(current.runs, blocks[index - 1], block);
  });
  if (paragraphs.length < MIN_PARAGRAPHS) return [];
  const out: Segment[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.runs.filter(isRecommendation).join(' ');
    if (!text) continue;
    const title = outline.nearest[paragraph.at]!;
    out.push({
      number: paragraph.number,
      list: 0,
      numbering: 'paragraph',
      text,
      refs: [paragraph.number],
      section: title >= 0 ? blocks[title]!.text : undefined,
      el: blocks[paragraph.at]!.el,
      at: paragraph.at,
    });
  }
  return out;
}
