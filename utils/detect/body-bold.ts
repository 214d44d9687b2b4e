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

export function boldRecommendations(blocks: readonly Block[], outline: Outline): Segment[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  let lastValue = 0;
  blocks.forEach((block, index) => {
    if (isTitleBlock(block)) {
      current = undefined;
      return;
    }
    const label = block.label;
    const numbered =
      label &&
      !label.named &&
      (label.style === 'arabic' || label.style === 'chapter') &&
      !block.quote &&
      block.role === 'paragraph' &&
      !block.nativeNumber;
    if (numbered && label.rest) {
      const value = label.style === 'chapter' ? label.order[0]! * 1000 + label.order[1]! : label.order[0]!;
      if (value > lastValue) {
        lastValue = value;
        const prefix = new RegExp(`^${label.number.replace('.', '\\.')}\\.?\\s*`);
        current = { number: label.number, value, at: index, runs: block.boldRuns.map((run) => run.replace(prefix, '')) };
        paragraphs.push(current);
        return;
      }
      current = undefined;
      return;
    }
    // Sub-paragraphs and lists that continue the numbered paragraph.
    if (current && !block.quote) current.runs.push(...block.boldRuns);
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
