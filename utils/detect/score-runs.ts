import type { Block } from '../document/block';
import { answerCue, isVerdictLine } from './answer-cues';
import { isHeadlineLike, splitQuoteReference } from './response-labels';
import { isFirst, type Run } from './runs';
import type { Outline } from './sections';
import { isTitleBlock } from './sections';

/*
 * Which runs of numbered blocks are recommendations: layered cues, each a share of the run's items,
 * weighed together. A page that only talks about recommendations scores low on all of them.
 */

/** Recommending and concluding wording. */
const RECOMMENDING =
  /^that\s+(?:the|a|an|all|each|every|this|these)\s|\b(?:recommends?|recommended|should|must|urges?|calls?\s+(?:on|for|upon)|ought|needs?\s+to|we\s+(?:ask|expect|encourage|invite|suggest|believe|consider|conclude|are\s+concerned|welcome|note|agree)|the\s+(?:committee|government)\s+(?:considers|believes|concludes|is\s+concerned)|it\s+is\s+(?:essential|vital|important|imperative|clear|regrettable|disappointing))\b/i;
/** An answer's own opening ("The Government accepts…", "We agree…"): these are answers, not recommendations. */
const ANSWER_OPENING =
  /^(?:the\s+)?(?:(?:uk|australian|scottish|welsh|hm)\s+)?(?:government|department|ministry|minister)\s+(?:(?:fully|partially|broadly)\s+)?(?:accepts|agrees|supports|notes|rejects|welcomes|acknowledges|does\s+not|will|has|is|recognises|considers|shares|remains)\b|^(?:we|i)\s+(?:accept|agree|welcome|note|do\s+not|will|have|are)\b/i;

export interface RunScore {
  score: number;
  /** A cue that a single item can stand on: a name ("Recommendation 7"), a reference, emphasis. */
  strong: boolean;
  /** Share of items that end with a "(Paragraph N)" reference. */
  refShare: number;
  /** Share of items followed by a government answer. */
  answeredShare: number;
  /** The share of items showing each cue (for `scripts/explain.ts`). */
  cues: Record<string, number>;
}

/** A text that stops mid-sentence: a printed line, continued in the next block. */
const MID_SENTENCE = /[\p{L}\p{N},;–-]$/u;
/** How many printed lines are joined to read an item's opening. */
const MAX_LINES = 4;

/** The item's opening: the block's text, and the printed lines that continue it mid-sentence. */
function withContinuation(blocks: readonly Block[], at: number, text: string): string {
  let out = text;
  for (let k = at + 1; k < Math.min(blocks.length, at + MAX_LINES) && MID_SENTENCE.test(out); k++) {
    const next = blocks[k]!;
    if (next.label || isTitleBlock(next) || next.note || next.role !== blocks[at]!.role) break;
    out = `${out} ${next.text}`;
  }
  return out;
}

/** What a contents line prints after a label: dot leaders and a page number. */
const CONTENTS_PAGE = /^[.\s…·]*\d{1,4}$/;

/** Where an item's own text is: the label's block, or (a label alone, as a heading) the block after it. */
function ownTextAt(blocks: readonly Block[], start: number): { text: string; at: number; textless?: boolean } {
  const label = blocks[start]!.label!;
  // "Recommendation 3 ........ 7": a contents line, its page number for text.
  if (label.named && CONTENTS_PAGE.test(label.rest)) return { text: '', at: start, textless: true };
  if (label.rest && !((blocks[start]!.role === 'heading' || label.named) && isHeadlineLike(label.rest))) {
    return { text: withContinuation(blocks, start, label.rest), at: start };
  }
  const row = blocks[start]!.cell;
  for (let k = start + 1; k < Math.min(blocks.length, start + 4); k++) {
    const block = blocks[k]!;
    if (row && block.cell && (block.cell.table !== row.table || block.cell.row !== row.row)) break;
    // The next named label, or a note, straight after a title-only label: a contents list, no text of its own.
    if (block.label?.named || block.note) break;
    if (!isTitleBlock(block) || block.role !== 'heading') return { text: withContinuation(blocks, k, block.text), at: k };
  }
  return { text: label.rest, at: start, textless: true };
}

/** Where the last item's stretch ends when nothing follows it: the next heading, or a few blocks on. */
function lastStretchEnd(blocks: readonly Block[], start: number): number {
  const limit = Math.min(blocks.length, start + 12);
  for (let k = start + 1; k < limit; k++) if (blocks[k]!.role === 'heading' && !answerCue(blocks[k]!)) return k;
  return limit;
}

/** A table whose first row titles a column "Recommendation" (or "Conclusion"): a table of them. */
function hasRecommendationColumn(blocks: readonly Block[], start: number): boolean {
  const table = blocks[start]!.cell!.table;
  for (let k = start; k >= 0 && start - k < 400; k--) {
    const cell = blocks[k]!.cell;
    if (!cell || cell.table !== table) return false;
    if (cell.row === 0 && blocks[k]!.text.length < 80 && /\b(?:recommendations?|conclusions?)\b/i.test(blocks[k]!.text)) return true;
  }
  return false;
}

/** Cheap test first: most blocks hold no "(Para…" at all. */
const MAY_REFER = /\(\s*para/i;
const endsWithReference = (text: string) => MAY_REFER.test(text) && splitQuoteReference(text).refs.length > 0;

export function scoreRun(run: Run, blocks: readonly Block[], outline: Outline): RunScore {
  const n = run.starts.length;
  let refs = 0;
  let answered = 0;
  let recommending = 0;
  let emphasised = 0;
  let inSection = 0;
  let answerLike = 0;
  let named = 0;
  let answerLabelled = 0;
  let verdictOnly = 0;
  let textless = 0;
  let words = 0;
  run.starts.forEach((start, i) => {
    const next = run.starts[i + 1] ?? lastStretchEnd(blocks, start);
    const own = ownTextAt(blocks, start);
    const text = own.text;
    words += text.split(' ').length;
    if (RECOMMENDING.test(text)) recommending++;
    if (ANSWER_OPENING.test(text)) answerLike++;
    const block = blocks[start]!;
    const ownBlock = blocks[own.at]!;
    // "Recommendation 3" then "Agree in part": a summary of verdicts, the text printed elsewhere.
    if (own.at !== start && answerCue(ownBlock)?.labelOnly) verdictOnly++;
    if (own.textless) textless++;
    if (ownBlock.quote || ownBlock.bold >= 0.6 || ownBlock.italic >= 0.6) emphasised++;
    if (outline.inRecommendations[start] || (block.cell && hasRecommendationColumn(blocks, start))) inSection++;
    let referenced = endsWithReference(text);
    let cue = false;
    let labelled = false;
    const numbers = block.label!.numbers;
    for (let k = start + 1; k < Math.min(next + 1, blocks.length); k++) {
      const after = blocks[k]!;
      if (!referenced && k <= start + 6 && endsWithReference(after.text)) referenced = true;
      // A label line naming this number ("Recommendations 3 and 4 – Noted") answers it.
      if (isVerdictLine(after) && after.label!.numbers.some((n) => numbers.includes(n))) named++;
      if (k < next && !labelled) {
        const found = answerCue(after);
        if (found) cue = true;
        if (found?.labelOnly) labelled = true;
      }
    }
    if (referenced) refs++;
    if (cue) answered++;
    if (labelled) answerLabelled++;
  });
  const share = (count: number) => count / n;
  const label = blocks[run.starts[0]!]!.label!;
  let score =
    (label.named ? 3 : 0) +
    3 * share(inSection) +
    3 * share(refs) +
    1.5 * share(recommending) +
    share(emphasised) +
    2 * share(answered) +
    1.5 * share(answerLabelled) +
    3 * Math.min(1, named / n) -
    4 * share(answerLike) -
    6 * share(verdictOnly) -
    6 * share(textless);
  const framed = share(refs) >= 0.5 || share(answered) >= 0.5;
  // "Recommendation 1: …" over text that recommends nothing, under no such title, unanswered: a name alone.
  if (label.named && !recommending && !inSection && !refs && !emphasised && !answered && !named) score -= 1;
  // Numbered rows of a table with a "Recommendation" column whose text recommends, refers to,
  // stresses and is answered by nothing: numbered prose set in a table.
  const inTable = blocks[run.starts[0]!]!.cell !== undefined;
  if (inTable && !label.named && !recommending && !refs && !emphasised && !answered && !named) score -= 1;
  // A response may answer a list from its middle; a report's list starts at its beginning.
  if (!isFirst(label) && !framed && !label.named) score -= 1.5;
  if (words / n < 6 && !framed && share(inSection) < 0.5) score -= 3;
  // Numbers only a list's markup gives (footnotes, references) need wording of their own.
  if (run.starts.every((start) => blocks[start]!.nativeNumber) && share(recommending) < 0.5) score -= 1.5;
  // Under a recommendations title, recommending, and answered by the government: a single item stands too.
  const framedAnswer = inSection === n && recommending === n && answered === n;
  const strong = label.named !== undefined || refs > 0 || share(emphasised) >= 0.5 || named > 0 || framedAnswer;
  const cues = {
    inSection: share(inSection),
    refs: share(refs),
    recommending: share(recommending),
    emphasised: share(emphasised),
    answered: share(answered),
    answerLabelled: share(answerLabelled),
    named: named / n,
    answerLike: share(answerLike),
    verdictOnly: share(verdictOnly),
    textless: share(textless),
    words: words / n,
  };
  return { score, strong, refShare: share(refs), answeredShare: share(answered), cues };
}

/** Enough cues for a list of recommendations. */
export function isRecommendationRun(run: Run, score: RunScore): boolean {
  return run.starts.length >= 2 ? score.score >= 3 : score.score >= 4.5 && score.strong;
}
