import type { Block } from '../document/block';
import type { DocumentModel } from '../document/block';
import { answerCue, opensWithVerdict } from './answer-cues';
import type { VerdictLabel } from './response-labels';
import { cleanQuote, isHeadlineLike, splitQuoteReference } from './response-labels';
import { familyOf, findRuns, signature, type Run } from './runs';
import { compareOrder, type Label } from '../document/labels';
import { isRecommendationRun, scoreRun, type RunScore } from './score-runs';
import { isTitleBlock, outlineOf, RECOMMENDATIONS_SECTION, titleLevel, type Outline } from './sections';
import { boldRecommendations } from './body-bold';

/*
 * The one segmenter: over a page's blocks, find the recommendations (report pages) or the
 * recommendations and the answers to them (response pages), from layered, scored cues.
 */

export interface SegmentHints {
  /** What the site says the page is; without it the page's own cues decide. */
  kind?: 'report' | 'response';
  /** Read bold recommendations inside numbered body paragraphs when the page has no list. */
  bodyParagraphs?: boolean;
}

export interface Segment {
  /** The recommendation's number as printed ("7", "8.1", "2a", "iv"). */
  number: string;
  /** Which list on the page (0 = the first): a dissenting report's list numbered from 1 again is 1. */
  list: number;
  numbering?: 'paragraph';
  text: string;
  refs: string[];
  headline?: string;
  section?: string;
  /** Where the recommendation starts (its badge goes here), and that block's index. */
  el: Element;
  at: number;
  /** The government's answer, on response pages. */
  answer?: string;
  /** The verdict the page itself gives ("Supported in principle"). */
  verdict?: VerdictLabel;
}

export interface Segmentation {
  kind: 'report' | 'response' | 'other';
  segments: Segment[];
  skipped: number;
}

const LEADING_PARAGRAPH_NUMBER = /^(\d{1,2}\.\d{1,3})\.?\s+(?=[A-Z“"‘'])/;
const SENTENCE_END = /[.!?;]["'”’)\]]*$/;
const MAX_CONTINUATION = 12;
const MAX_ITEMS = 2_000;

interface Accepted {
  run: Run;
  score: RunScore;
  list: number;
}

/** A label with no text of its own ("Recommendation 7", "Recommendation 1: Title"): its text is the next block. */
function isTitleOnly(block: Block): boolean {
  const label = block.label!;
  return !label.rest || ((block.role === 'heading' || label.named !== undefined) && isHeadlineLike(label.rest));
}

function acceptedRuns(blocks: readonly Block[], outline: Outline): Accepted[] {
  const scored = findRuns(blocks, outline.inRecommendations)
    .map((run) => ({ run, score: scoreRun(run, blocks, outline) }))
    .filter(({ run, score }) => isRecommendationRun(run, score))
    .sort((a, b) => b.score.score - a.score.score);
  // The strongest list claims its blocks (and the text block after a bare label); a weaker run
  // cannot start an item there ("Recommendation 1" then "4.41 The committee recommends…").
  const claimed = new Set<number>();
  /** Table rows holding a stronger list's item, with the item's column: cells right of it are its text or answer. */
  const claimedRows = new Map<string, number>();
  const rowKey = (block: Block) => (block.cell ? `${block.cell.table}:${block.cell.row}` : undefined);
  const rightOfItem = (block: Block) => {
    const key = rowKey(block);
    const col = key === undefined ? undefined : claimedRows.get(key);
    return col !== undefined && block.cell!.col > col;
  };
  const kept: { run: Run; score: RunScore }[] = [];
  // A weaker run numbered inside a stronger list's stretch is its answers' or its sub-paragraphs' numbering.
  // A number after the list's last one in the same style carries the list on (recommendations
  // answered elsewhere were skipped), so it is not nested.
  const spans: { from: number; to: number; run: Run }[] = [];
  const inSpan = (start: number) =>
    spans.some(({ from, to, run }) => {
      if (start <= from || start >= to) return false;
      const label = blocks[start]!.label!;
      const carriesOn =
        (run.family === familyOf(label) && compareOrder(label.order, run.last.order) > 0) ||
        // "Recommendation 2.2" then "Recommendation 3": a named list numbered by chapter, then plainly.
        (label.named !== undefined && run.last.named !== undefined && label.order[0]! > run.last.order[0]!) ||
        // "2.2" then "3." set alike: a list numbered by chapter that goes on plainly.
        (run.last.style === 'chapter' &&
          label.style === 'arabic' &&
          label.order[0]! > run.last.order[0]! &&
          signature(blocks[start]!) === run.shape);
      return !carriesOn;
    });
  for (const entry of scored) {
    // A numbered paragraph opening with the government's verdict is an answer, whatever list it is in.
    const starts = entry.run.starts.filter(
      (start) =>
        // A bare number whose text would be a stronger list's item is not an item of its own.
        !(isTitleOnly(blocks[start]!) && claimed.has(start + 1)) &&
        !claimed.has(start) &&
        !inSpan(start) &&
        !rightOfItem(blocks[start]!) &&
        !(blocks[start]!.label!.named === undefined && opensWithVerdict(blocks[start]!.label!.rest)),
    );
    if (!starts.length) continue;
    for (const start of starts) {
      claimed.add(start);
      const key = rowKey(blocks[start]!);
      if (key !== undefined) claimedRows.set(key, Math.min(claimedRows.get(key) ?? Infinity, blocks[start]!.cell!.col));
      if (isTitleOnly(blocks[start]!)) claimed.add(start + 1);
      const numbers = blocks[start]!.label!.numbers;
      if (numbers.length > 1) groupQuotes(blocks, start, Math.min(blocks.length, start + 40), numbers)?.forEach((k) => claimed.add(k));
    }
    kept.push({ run: { ...entry.run, starts }, score: entry.score });
    if (starts.length >= 2) spans.push({ from: starts[0]!, to: spanEnd(blocks, starts), run: entry.run });
  }
  // In page order; lists after the first are further lists (a dissenting report's).
  kept.sort((a, b) => a.run.starts[0]! - b.run.starts[0]!);
  return kept.map((entry, list) => ({ ...entry, list }));
}

/**
 * Where a list's stretch ends, for telling nested numbering from another list: its last item's
 * end, or before that a title (a bold line in running text too) that does not open an answer.
 */
function spanEnd(blocks: readonly Block[], starts: readonly number[]): number {
  const last = starts.at(-1)!;
  const end = boundaries(blocks, starts).get(last)!;
  for (let k = last + 2; k < end; k++) {
    const block = blocks[k]!;
    if (block.pseudoHeading && !block.label && !answerCue(block)) return k;
  }
  return end;
}

/** Where an item's stretch of the page ends: the next item, or a title that closes its section. */
function boundaries(blocks: readonly Block[], starts: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  const sorted = [...new Set(starts)].sort((a, b) => a - b);
  sorted.forEach((start, i) => {
    const next = sorted[i + 1] ?? blocks.length;
    const own = blocks[start]!;
    // Under a "Recommendation 7" heading, lower headings ("Government response") belong to it.
    const ownLevel = own.role === 'heading' ? titleLevel(own) : 0;
    let end = next;
    for (let k = start + 1; k < next; k++) {
      const block = blocks[k]!;
      if (block.role !== 'heading' || answerCue(block)?.labelOnly) continue;
      if (ownLevel === 0 || titleLevel(block) <= ownLevel) {
        end = k;
        break;
      }
    }
    out.set(start, end);
  });
  return out;
}

function sectionOf(blocks: readonly Block[], outline: Outline, start: number): string | undefined {
  const index = outline.nearest[start]!;
  if (index < 0) return undefined;
  const title = blocks[index]!;
  if (title.level === 1 || RECOMMENDATIONS_SECTION.test(title.text) || title.text.length > 160) return undefined;
  return title.text;
}

const sameRow = (a: Block, b: Block) => a.cell && b.cell && a.cell.table === b.cell.table && a.cell.row === b.cell.row;

/** A header cell longer than this is a row of text. */
const MAX_HEADER_CHARS = 60;

/** In a table, which column holds the answers: a header that says so, else the last of three or more. */
function answerColumn(blocks: readonly Block[], start: number): number | undefined {
  const cell = blocks[start]!.cell!;
  let columns = 0;
  let headed: number | undefined;
  for (let k = start; k >= 0 && k > start - 400; k--) {
    const block = blocks[k]!;
    if (!block.cell || block.cell.table !== cell.table) break;
    if (block.cell.row === cell.row) columns = Math.max(columns, block.cell.col + 1);
    if (
      block.cell.row === 0 &&
      // A column's title, not the text of a first row that has no header ("…impact on Government departments…").
      block.text.length <= MAX_HEADER_CHARS &&
      /\b(?:response|answer|government|position|status|outcome|comment)\b/i.test(block.text) &&
      !/^recommendation/i.test(block.text)
    )
      headed = block.cell.col;
  }
  for (let k = start + 1; k < blocks.length && sameRow(blocks[k]!, blocks[start]!); k++)
    columns = Math.max(columns, blocks[k]!.cell!.col + 1);
  if (headed !== undefined) return headed;
  return columns >= 3 ? columns - 1 : undefined;
}

interface Read {
  /** The block where the recommendation's text starts (after a label of its own, the next block). */
  textAt: number;
  /** The last block of the recommendation's text. */
  textEnd: number;
  text: string;
  refs: string[];
  headline?: string;
  /** Blocks of the answer. */
  answer: number[];
}

/** A cell of an earlier row of the same table that spans the row of `start`, in the answer column (or last). */
function spanningAnswer(blocks: readonly Block[], start: number, column: number | undefined): number | undefined {
  const own = blocks[start]!.cell!;
  for (let k = start - 1; k >= 0 && k > start - 400; k--) {
    const cell = blocks[k]!.cell;
    if (!cell || cell.table !== own.table) return undefined;
    const inAnswerColumn = column === undefined ? cell.col > own.col : cell.col >= column;
    if (cell.rows && cell.row < own.row && cell.row + cell.rows > own.row && inAnswerColumn) return k;
  }
  return undefined;
}

/** An item in a table row: its text from the row's text cells, its answer from the answer column. */
function readRow(blocks: readonly Block[], start: number, end: number, response: boolean): Read {
  const own = blocks[start]!;
  const column = answerColumn(blocks, start);
  const textParts: string[] = own.label!.rest ? [own.label!.rest] : [];
  const answer: number[] = [];
  let textAt = start;
  for (let k = start + 1; k < end; k++) {
    const block = blocks[k]!;
    if (!block.cell || !sameRow(block, own)) {
      answer.push(k);
      continue;
    }
    const col = block.cell.col;
    if (
      (column !== undefined && col >= column) ||
      (column === undefined && textParts.length && col > own.cell!.col + (own.label!.rest ? 0 : 1))
    )
      answer.push(k);
    else {
      if (!textParts.length) textAt = k;
      textParts.push(block.text);
    }
  }
  // No answer in the row: the answer cell of an earlier row spans it ("rowspan": one answer to rows 1a and 1b).
  if (response && !answer.some((k) => blocks[k]!.cell && sameRow(blocks[k]!, own))) {
    const spanning = spanningAnswer(blocks, start, column);
    if (spanning !== undefined) answer.unshift(spanning);
  }
  // A row that introduces a list ("…should be resourced to:") goes on in the paragraphs after the table.
  if (!response && /:$/.test(textParts.at(-1) ?? '')) {
    let taken = 0;
    for (const k of answer) {
      const block = blocks[k]!;
      if (block.cell || isTitleBlock(block) || block.note || block.label?.named) break;
      textParts.push(block.text);
      taken++;
    }
    answer.splice(0, taken);
  }
  // The report's own paragraph number before the text ("4.22 The Committee…") is a reference.
  const leading = own.label!.style === 'chapter' ? null : LEADING_PARAGRAPH_NUMBER.exec(textParts[0] ?? '');
  if (leading) textParts[0] = textParts[0]!.slice(leading[0].length);
  const { text, refs } = cleanQuote(textParts.join(' '));
  return { textAt, textEnd: textAt, text, refs: leading ? [leading[1]!, ...refs] : refs, answer };
}

/** The item's number printed again with its text, at `from` or past a short wrapped title line or two. */
function numberedAgain(blocks: readonly Block[], from: number, end: number, number: string): number | undefined {
  for (let j = from; j < Math.min(end, from + 3); j++) {
    const block = blocks[j]!;
    if (block.label && !block.label.named && block.label.number === number && block.label.rest) return j;
    if (block.label || block.text.length > 80 || SENTENCE_END.test(block.text)) return undefined;
  }
  return undefined;
}

/** A printed line as long as a text's lines, after text that stopped mid-sentence. */
function continuesLine(block: Block, text: string): boolean {
  return block.role !== 'heading' && block.text.length > 60 && /[\p{Ll},]$/u.test(text);
}

/** An item in running text: its label's text and the blocks that continue it; then the answer. */
function readRunning(blocks: readonly Block[], start: number, end: number, response: boolean, referenced: boolean): Read {
  const own = blocks[start]!;
  const label = own.label!;
  let headline: string | undefined;
  const parts: string[] = [];
  let k = start + 1;
  const refs: string[] = [];
  let textAt = start;
  // The report's own paragraph number before the text ("4.41 The committee recommends…") is a reference.
  const paragraphNumber = (text: string) => {
    const match = label.style === 'chapter' ? null : LEADING_PARAGRAPH_NUMBER.exec(text);
    if (!match) return text;
    refs.push(match[1]!);
    return text.slice(match[0].length);
  };
  if (label.rest && !isTitleOnly(own)) {
    parts.push(paragraphNumber(label.rest));
  } else {
    headline = label.rest || undefined;
    // Past sub-headings, "Response" labels and the number printed again on its own ("<span>1</span>").
    const skippable = (block: Block) =>
      (block.role === 'heading' && !answerCue(block)?.verdict) ||
      (answerCue(block)?.labelOnly && !answerCue(block)?.verdict) ||
      (block.label !== undefined && !block.label.rest && block.label.number === label.number);
    while (k < end && skippable(blocks[k]!)) k++;
    const again = numberedAgain(blocks, k, end, label.number);
    if (again !== undefined) {
      // "Recommendation 1: Title" (its title wrapped onto a line or two) then "1. The governments …".
      const wrapped = blocks.slice(k, again).map((block) => block.text);
      if (wrapped.length) headline = [headline, ...wrapped].filter(Boolean).join(' ');
      parts.push(paragraphNumber(blocks[again]!.label!.rest));
      textAt = again;
      k = again + 1;
    }
    const next = blocks[k];
    if (again === undefined && next && k < end && !(response && answerCue(next))) {
      parts.push(paragraphNumber(next.text));
      textAt = k;
      k++;
    }
  }
  const first = parts.length ? (k > start + 1 ? blocks[k - 1]! : own) : own;
  const distinct = first.quote || first.bold >= 0.6 || first.italic >= 0.6;
  const sameLook = (block: Block) =>
    (first.quote && block.quote) || (first.bold >= 0.6 && block.bold >= 0.6) || (first.italic >= 0.6 && block.italic >= 0.6);
  const closed = () => splitQuoteReference(parts.join(' ')).refs.length > 0;

  const pending: string[] = [];
  let taken = 0;
  while (k < end && taken < MAX_CONTINUATION && !closed()) {
    const block = blocks[k]!;
    const current = [...parts, ...pending].join(' ');
    // No other item starts before `end`: a numbered paragraph here is quoted inside this one.
    // A bold printed line is no title where the text stops mid-sentence, or before an item's reference.
    const line = continuesLine(block, current) || (referenced && block.role !== 'heading' && block.text.length > 60);
    if ((isTitleBlock(block) && !line) || answerCue(block)) break;
    // A list's parts run on after "…:" and "…;" ("(a) publish the data; (b) consult …").
    const listPart = block.role === 'list-item' || block.label?.style === 'letter' || block.label?.style === 'roman';
    const unfinished = !SENTENCE_END.test(current) || /:$/.test(current) || (listPart && /[:;](?:\s*(?:and|or))?$/.test(current));
    if (response) {
      if (!(unfinished || (distinct && sameLook(block)))) break;
      parts.push(block.text);
    } else if (referenced) {
      // Paragraphs after the item belong to it only up to its "(Paragraph N)" reference.
      pending.push(block.text);
      // The reference may be broken over two printed lines ("(Paragraph" / "96)").
      if (splitQuoteReference(pending.slice(-2).join(' ')).refs.length) {
        parts.push(...pending);
        pending.length = 0;
      }
    } else if (unfinished || (label.named && !label.rest) || (distinct && sameLook(block))) {
      parts.push(block.text);
    } else break;
    k++;
    taken++;
  }
  if (pending.length) k -= pending.length;
  const cleaned = cleanQuote(parts.join(' '));
  const textEnd = Math.max(textAt, k - 1);
  const answer: number[] = [];
  for (; k < end; k++) answer.push(k);
  return { textAt, textEnd, text: cleaned.text, refs: [...refs, ...cleaned.refs], headline, answer };
}

function answerOf(blocks: readonly Block[], indexes: readonly number[]): { text: string; verdict?: VerdictLabel } {
  const parts: string[] = [];
  const labels: string[] = [];
  let verdict: VerdictLabel | undefined;
  for (const k of indexes) {
    const block = blocks[k]!;
    if (block.note) continue;
    const cue = answerCue(block);
    if (cue?.verdict && !verdict && (cue.labelOnly || !parts.length)) verdict = cue.verdict;
    if (cue?.labelOnly && cue.verdict && block.cell) labels.push(block.text);
    if (cue?.labelOnly || block.role === 'heading') continue;
    parts.push(block.bare);
  }
  // An answer that is only its label ("Accepted" in a table cell) is that label.
  const text = parts.length ? parts : labels;
  return {
    text: text
      .join(' ')
      .replace(/\s+([.,;:])/g, '$1')
      .trim(),
    verdict,
  };
}

/**
 * Where the badge goes: the block where the text starts, or, for a text over several blocks (a
 * paragraph and its list), the element holding all of them when it holds little else.
 */
function anchorOf(blocks: readonly Block[], read: Read): Element {
  const first = blocks[read.textAt]!.el;
  if (read.textEnd <= read.textAt) return first;
  const last = blocks[read.textEnd]!.el;
  let box: Element | null = first;
  while (box && !box.contains(last)) box = box.parentElement;
  if (!box || box.localName === 'body' || box.localName === 'main') return first;
  const held = (box.textContent ?? '').length;
  return held <= read.text.length * 1.5 + 200 ? box : first;
}

/**
 * Under a label naming several recommendations ("Recommendations 3 and 4"), the blocks that quote
 * each by its number ("3. …", "4. …"); undefined unless every number is quoted.
 */
function groupQuotes(blocks: readonly Block[], start: number, end: number, numbers: readonly string[]): number[] | undefined {
  const found: number[] = [];
  for (let k = start + 1; k < end && found.length < numbers.length; k++) {
    const label = blocks[k]!.label;
    if (label && !label.named && label.number === numbers[found.length]) found.push(k);
  }
  return found.length === numbers.length ? found : undefined;
}

/** The item a part label names under `parent`: "(b)" → 2b, "2b." → 2b, "4a)i" → 4a)i; undefined for other labels. */
function partOf(label: Label | undefined, parent: string, letter: string | undefined): { number: string; letter: string } | undefined {
  if (!label || label.named) return undefined;
  // "(i)" after "(h)" is the letter i.
  if (label.style === 'letter' || (label.number === 'i' && letter === 'h'))
    return { number: `${parent}${label.number}`, letter: label.number };
  if (label.style === 'roman' && letter) return { number: `${parent}${letter})${label.number}`, letter };
  if (label.style === 'sub' && String(label.order[0]) === parent && label.order[1]! > 0) {
    return { number: label.number, letter: String.fromCharCode(96 + label.order[1]!) };
  }
  return undefined;
}

/**
 * Under a title-only label naming several recommendations ("Recommendations 3 and 4"), exactly as
 * many unnumbered paragraphs before the answer: one for each, in order; the answer after the last.
 */
function groupParagraphs(blocks: readonly Block[], start: number, end: number, count: number): Read[] | undefined {
  if (!isTitleOnly(blocks[start]!)) return undefined;
  const texts: number[] = [];
  let k = start + 1;
  for (; k < end; k++) {
    const block = blocks[k]!;
    if (answerCue(block) || isTitleBlock(block)) break;
    if (block.label || block.note) return undefined;
    texts.push(k);
  }
  if (texts.length !== count) return undefined;
  const answer: number[] = [];
  for (let j = k; j < end; j++) answer.push(j);
  return texts.map((at, i) => ({ textAt: at, textEnd: at, ...cleanQuote(blocks[at]!.text), answer: i === count - 1 ? answer : [] }));
}

/**
 * The lettered parts of a quoted recommendation, when its own words only lead into them ("2. The
 * Government should: (a) … (b) …" → 2a, 2b; roman parts of a lettered one → 4a)i, 4a)ii), or when
 * it is printed as its parts ("Recommendation 2", then "2a. …", "2b. …"); else undefined. Parts
 * printed after the first paragraph of text are taken from what was read as the answer, which
 * then starts after the last part.
 */
function subItemsOf(
  blocks: readonly Block[],
  read: Read,
  parent: string,
): { parts: { number: string; read: Read }[]; answer: number[] } | undefined {
  const lead = blocks[read.textAt]!;
  const printedAsParts = partOf(lead.label, parent, undefined) !== undefined && (lead.label!.style === 'sub' || lead.label!.number === 'a');
  const leadText = lead.label && lead.label.number === parent ? lead.label.rest : lead.text;
  if (!printedAsParts && !/:\s*$/.test(leadText)) return undefined;
  const parts: { number: string; read: Read; letter: string }[] = [];
  let letter: string | undefined;
  const last = read.answer.length ? read.answer.at(-1)! : read.textEnd;
  let k = printedAsParts ? read.textAt : read.textAt + 1;
  for (; k <= last; k++) {
    const block = blocks[k]!;
    const part = partOf(block.label, parent, letter);
    if (part) {
      letter = part.letter;
      parts.push({ number: part.number, letter, read: { ...read, textAt: k, textEnd: k, text: block.label!.rest, refs: [] } });
    } else if (k <= read.textEnd && parts.length) {
      const previous = parts.at(-1)!;
      previous.read = { ...previous.read, textEnd: k, text: `${previous.read.text} ${block.text}` };
    } else if (k <= read.textEnd) return undefined;
    else break;
  }
  if (parts.length < 2) return undefined;
  // A lettered part that only leads into its roman parts is not answered by itself.
  const kept = parts.filter(
    (part, i) => !(parts[i + 1]?.letter === part.letter && parts[i + 1]!.number.includes(')') && !part.number.includes(')')),
  );
  return {
    parts: kept.map(({ number, read: part }) => ({
      number,
      read: { ...part, text: cleanQuote(part.text).text, refs: cleanQuote(part.text).refs },
    })),
    answer: read.answer.filter((index) => index >= k),
  };
}

/** "PAC recommendation: …", "Committee conclusion: …": what the numbered text is, named before it. */
const ROLE_PREFIX = /^(?:(?:PAC|PACAC|the\s+committee['’]s|committee)\s+)?(conclusion|recommendation)\s*:\s*/i;

function roleOf(text: string): { role: 'conclusion' | 'recommendation'; rest: string } | undefined {
  const match = ROLE_PREFIX.exec(text);
  if (!match) return undefined;
  return { role: match[1]!.toLowerCase() as 'conclusion' | 'recommendation', rest: text.slice(match[0].length) };
}

/** Read the recommendations (and answers) on a page's blocks. Never throws. */
export function segment(model: DocumentModel, hints: SegmentHints = {}): Segmentation {
  const { blocks } = model;
  let skipped = model.skipped;
  const outline = outlineOf(blocks);
  const accepted = acceptedRuns(blocks, outline);
  if (!accepted.length) {
    if (hints.bodyParagraphs && hints.kind !== 'response') {
      const segments = boldRecommendations(blocks, outline);
      return { kind: segments.length ? 'report' : 'other', segments, skipped };
    }
    return { kind: 'other', segments: [], skipped };
  }
  const allStarts = accepted.flatMap(({ run }) => run.starts);
  const ends = boundaries(blocks, allStarts);
  const answeredShare = accepted.reduce((sum, { run, score }) => sum + score.answeredShare * run.starts.length, 0) / allStarts.length;
  const response = hints.kind ? hints.kind === 'response' : answeredShare >= 0.4;

  const segments: Segment[] = [];
  const seen = new Set<string>();
  for (const { run, score, list } of accepted) {
    let waiting: Segment[] = [];
    // "1. PAC conclusion: …" then "1. PAC recommendation: …" (Treasury Minutes): the items are the recommendations.
    const roles = new Set(run.starts.map((start) => roleOf(blocks[start]!.label?.rest ?? '')?.role));
    const conclusionsAside = roles.has('recommendation') && roles.has('conclusion');
    for (const start of run.starts) {
      if (segments.length >= MAX_ITEMS) break;
      try {
        const block = blocks[start]!;
        const end = ends.get(start) ?? blocks.length;
        const numbers = block.label!.numbers.length > 1 ? block.label!.numbers : [block.label!.number];
        const quoted = numbers.length > 1 && !block.cell ? groupQuotes(blocks, start, end, numbers) : undefined;
        const paragraphs = numbers.length > 1 && !block.cell && !quoted ? groupParagraphs(blocks, start, end, numbers.length) : undefined;
        const reads =
          paragraphs ??
          (quoted
            ? quoted.map((at, i) => readRunning(blocks, at, quoted[i + 1] ?? end, response, score.refShare >= 0.5))
            : [block.cell ? readRow(blocks, start, end, response) : readRunning(blocks, start, end, response, score.refShare >= 0.5)]);
        let entries = numbers.map((number, n) => ({ number, read: reads[quoted || paragraphs ? n : 0]! }));
        // On a response, a recommendation quoted as lettered parts ("(a) …", "(b) …") is answered part by part.
        const parts = response && entries.length === 1 ? subItemsOf(blocks, entries[0]!.read, entries[0]!.number) : undefined;
        if (parts) entries = parts.parts;
        // One answer for the group: what follows the last quote (or part).
        const answer = response ? answerOf(blocks, parts?.answer ?? reads.at(-1)!.answer) : undefined;
        for (const entry of entries) {
          const { number } = entry;
          let { read } = entry;
          const role = roleOf(read.text);
          if (role?.role === 'conclusion' && conclusionsAside) continue;
          if (role) read = { ...read, text: role.rest };
          if (!read.text) continue;
          // A recommendation printed twice (in the list and again in its chapter) is one item.
          const key = `${list}:${number}`;
          const again = `${number}:${read.text.toLowerCase()}`;
          if (seen.has(key) || seen.has(again)) continue;
          seen.add(key);
          seen.add(again);
          const item: Segment = {
            number,
            list,
            text: read.text,
            refs: read.refs,
            headline: read.headline,
            section: sectionOf(blocks, outline, start),
            el: anchorOf(blocks, read),
            at: read.textAt,
            ...(answer?.text ? { answer: answer.text } : {}),
            ...(answer?.verdict ? { verdict: answer.verdict } : {}),
          };
          segments.push(item);
          if (response && !answer?.text && !answer?.verdict) waiting.push(item);
          else if (response) {
            // Recommendations quoted one after another share the answer that follows them.
            for (const earlier of waiting) {
              earlier.answer = item.answer;
              earlier.verdict = item.verdict;
            }
            waiting = [];
          }
        }
      } catch (error) {
        skipped++;
        console.debug('[committee-lens] segment: skipped an item', error);
      }
    }
  }
  segments.sort((a, b) => a.at - b.at);
  return { kind: response ? 'response' : 'report', segments, skipped };
}
