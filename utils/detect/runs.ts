import type { Block } from '../document/block';
import type { Label } from '../document/labels';
import { isVerdictLine } from './answer-cues';

/*
 * Numbered blocks grouped into runs: the blocks of one list, in order, each label following the
 * last ("1.", "2.", "3."; "8.1", "8.2", "9.1"; "2", "3a", "3b", "4"; "Recommendation 7", "…8").
 * Several runs may interleave (quoted recommendations numbered 1…n between answer paragraphs
 * numbered on their own); a label that could continue more than one run joins the one whose
 * blocks look like it.
 */

/** How a block looks, to tell two interleaved lists apart: its markup and its emphasis. */
export function signature(block: Block): string {
  const emphasis = block.quote ? 'q' : block.bold >= 0.6 ? 'b' : block.italic >= 0.6 ? 'i' : '';
  return `${block.shape}:${emphasis}`;
}

/**
 * How a numbered block is laid out: its markup, whether its text follows its number, and whether it
 * is set apart (bold, italics or quoted: conclusions in italics and recommendations in bold are one list).
 */
function layout(block: Block): string {
  const setApart = block.quote || block.bold >= 0.6 || block.italic >= 0.6;
  return `${block.shape}:${block.label?.rest ? 'text' : 'alone'}:${setApart ? 'apart' : 'plain'}`;
}

export interface Run {
  family: string;
  /** Whether the run sits under a recommendations title: a list does not run on past its section. */
  inSection: boolean;
  /** Indexes into the blocks. */
  starts: number[];
  last: Label;
  shape: string;
}

const MAX_RUNS = 400;
/** How far a bare list may skip ahead: a typo or an item left out, not a number from elsewhere. */
const MAX_STEP = 3;
/** A list that names its items ("Recommendation 30") may answer them out of the way. */
const MAX_NAMED_STEP = 40;

export function familyOf(label: Label): string {
  const style = label.style === 'sub' ? 'arabic' : label.style;
  return `${label.named ? 'named' : 'bare'}:${style}`;
}

/** The highest number a label names ("Recommendations 3–5" ends at 5). */
function lastOrder(label: Label): number[] {
  if (label.numbers.length <= 1) return label.order;
  const last = label.numbers.at(-1)!;
  const value = Number(/^\d+/.exec(last)?.[0] ?? NaN);
  return Number.isFinite(value) && label.style === 'arabic' ? [value] : label.order;
}

/** Whether `next` can follow `last` in one list. */
export function follows(last: Label, next: Label): boolean {
  const a = lastOrder(last);
  const b = next.order;
  const named = next.named !== undefined;
  const step = named ? MAX_NAMED_STEP : MAX_STEP;
  if (next.style === 'chapter' || last.style === 'chapter') {
    if (next.style !== last.style) return false;
    if (b[0] === a[0]) return b[1]! > a[1]! && b[1]! - a[1]! <= step;
    return b[0]! > a[0]! && b[0]! - a[0]! <= 3 && b[1]! <= 2;
  }
  if (next.style === 'sub' || last.style === 'sub') {
    const [an, al = 0, ar = 0] = a;
    const [bn, bl = 0, br = 0] = b;
    if (bn === an) return bl > al ? bl - al <= 2 && (br <= 1 || al === 0) : bl === al && br > ar && br - ar <= 2;
    return bn! > an! && bn! - an! <= step && bl <= 1 && br <= 1;
  }
  if (next.style !== last.style) return false;
  const diff = b[0]! - a[0]!;
  return diff > 0 && diff <= step;
}

/** Whether a label can open a list: 1, i, a, 8.1, 2a… */
export function isFirst(label: Label): boolean {
  if (label.style === 'chapter') return label.order[1] === 1;
  if (label.style === 'sub') return label.order[0] === 1 || (label.order[1] === 1 && label.order[2]! <= 1);
  return label.order[0] === 1;
}

/** Blocks whose label may start an item. */
function isCandidate(block: Block): boolean {
  const label = block.label;
  if (!label) return false;
  if (block.linkShare > 0.6) return false;
  if (isVerdictLine(block)) return false;
  if (label.named) return true;
  if (block.role === 'heading') return label.rest === '' || label.sep !== '';
  if (label.style === 'letter') return false;
  // A bare number alone is a label whose text follows; otherwise the text must be a sentence's worth.
  if (!label.rest) return block.text.length <= 8;
  if (!label.sep && !block.nativeNumber && !block.cell && !/^[A-Z“"‘'(]/.test(label.rest)) return false;
  // "2. Another." is an item; "2 Background" is a contents line.
  return label.rest.split(' ').length >= (label.sep === '.' || label.sep === ')' ? 1 : 3);
}

const sameOrder = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/**
 * A number laid out unlike the rest of its list (a page number "2" alone on its line, taken for
 * item 2) gives way to the block that carries the same number laid out like the list ("2. That the
 * Government…"). Returns whether the block took the stray's place.
 */
function replacesStray(runs: Run[], blocks: readonly Block[], index: number, family: string, inSection: boolean): boolean {
  const label = blocks[index]!.label!;
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r]!;
    if (run.family !== family || run.inSection !== inSection || run.starts.length < 2 || !sameOrder(run.last.order, label.order)) continue;
    const stray = blocks[run.starts.at(-1)!]!;
    const before = blocks[run.starts.at(-2)!]!;
    if (layout(stray) === layout(before) || layout(blocks[index]!) !== layout(before)) continue;
    run.starts[run.starts.length - 1] = index;
    run.last = label;
    return true;
  }
  return false;
}

/** Group candidate blocks into runs (one pass). */
export function findRuns(blocks: readonly Block[], inRecommendations: Uint8Array): Run[] {
  const runs: Run[] = [];
  // Titles seen before each block, to tell whether a title stands between two numbers.
  const titles = new Int32Array(blocks.length + 1);
  blocks.forEach((block, index) => {
    titles[index + 1] = titles[index]! + (block.role === 'heading' || block.pseudoHeading ? 1 : 0);
  });
  blocks.forEach((block, index) => {
    if (!isCandidate(block)) return;
    // "36)" on the line after "(Paragraph" closes a reference: it is not a number of its own.
    if (!block.label!.rest && /\([^)]*$/.test(blocks[index - 1]?.text ?? '')) return;
    const label = block.label!;
    const family = familyOf(label);
    const inSection = inRecommendations[index] === 1;
    if (replacesStray(runs, blocks, index, family, inSection)) return;
    let best: Run | undefined;
    for (let r = runs.length - 1; r >= 0; r--) {
      const run = runs[r]!;
      if (run.family !== family || run.inSection !== inSection || !follows(run.last, label)) continue;
      // Across a title, only a block that looks like the list's own carries it on.
      const acrossTitle = titles[index]! > titles[run.starts.at(-1)! + 1]!;
      if (acrossTitle && layout(blocks[run.starts.at(-1)!]!) !== layout(block)) continue;
      if (!best) best = run;
      if (run.shape === signature(block)) {
        best = run;
        break;
      }
    }
    if (best) {
      best.starts.push(index);
      best.last = label;
    } else if (runs.length < MAX_RUNS) {
      runs.push({ family, inSection, starts: [index], last: label, shape: signature(block) });
    }
  });
  return runs;
}
