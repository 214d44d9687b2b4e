import type { FixtureCase } from '../fixture-cases';
import { isAnswerCue, isBareCue, isVerdictOpening, isBareLabel, leadingLabel, sameNumber } from './labels';
import { comparable, type Block, type LocatedDocument, type LocatedItem, type Run, type SourceDocument } from './model';

/**
 * The block each item starts in, searching forward from the previous item's start: first a block
 * whose text after its label starts with `startsWith`, else one that contains it (a recommendation
 * set in bold in the middle of a body paragraph).
 */
export function findStarts(blocks: readonly Block[], items: FixtureCase['items']): number[] {
  const starts: number[] = [];
  let from = 0;
  for (const item of items) {
    const prefix = comparable(item.startsWith);
    // The block and the few after it: a recommendation may run on into a list ("… require: that zones …").
    const candidates = blocks
      .map((block, index) => ({ block, index, text: [block, ...blocks.slice(index + 1, index + 4)].map((b) => b.text).join(' ') }))
      .filter(({ index }) => index >= from);
    const labelled = (block: Block, index: number) =>
      labelCluster(block.text, item.number).matched ||
      block.listNumber === Number(item.number) ||
      (index > 0 && isBareLabel(blocks[index - 1]!.text, item.number));
    const startsHere = (text: string) =>
      comparable(text).startsWith(prefix) || comparable(labelCluster(text, item.number).rest).startsWith(prefix);
    const hit =
      candidates.find(({ block, index, text }) => startsHere(text) && labelled(block, index)) ??
      candidates.find(({ text }) => startsHere(text)) ??
      candidates.find(({ block }) => comparable(block.text).includes(prefix));
    if (!hit) throw new Error(`item ${item.number}: no block holds "${item.startsWith}"`);
    // "(iv)" alone in its block, the text in the next one.
    const index = isBareLabel(hit.block.text, item.number) && hit.index + 1 < blocks.length ? hit.index + 1 : hit.index;
    starts.push(index);
    from = index + 1;
  }
  return starts;
}

/**
 * The labels at the start of a text up to and including the one naming `number`: "7.",
 * "Recommendation 7:", or "3. Recommendation 7." where a response numbers its own paragraphs.
 */
export function labelCluster(text: string, number: string): { rest: string; length: number; matched: boolean; word: boolean } {
  const first = leadingLabel(text);
  if (!first) return { rest: text, length: 0, matched: false, word: false };
  const second = leadingLabel(text.slice(first.raw.length));
  if (second && sameNumber(second.number, number)) {
    const length = first.raw.length + second.raw.length;
    return { rest: text.slice(length), length, matched: true, word: second.word || first.word };
  }
  const matched = sameNumber(first.number, number);
  return { rest: text.slice(first.raw.length), length: matched ? first.raw.length : 0, matched, word: matched && first.word };
}

/** Page furniture that ends the last item: "Previous page", "© Parliamentary copyright", footnotes. */
export const isFurniture = (text: string): boolean =>
  /^(?:previous page|next page|contents|back to top|©|prepared \d|\[\d+\]|footnotes?$|official(?:: sensitive)?$)/i.test(text.trim());

/** Drop the first `count` characters of a block's text from its runs. */
export function dropChars(runs: readonly Run[], count: number): Run[] {
  const out: Run[] = [];
  let left = count;
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  if (out[0]) out[0] = { ...out[0], text: out[0].text.trimStart() };
  return out.filter((run) => run.text);
}

function withoutLabel(block: Block, number: string): { block: Block; word: boolean } {
  const cluster = labelCluster(block.text, number);
  if (!cluster.matched) return { block, word: false };
  const runs = dropChars(block.runs, cluster.length);
  return { block: { ...block, runs, text: runs.map((r) => r.text).join('') }, word: cluster.word };
}

const emphasised = (block: Block) => block.bold || block.italic;

/**
 * Locate the case's items in the blocks: where each starts, which blocks belong to it and, on
 * response and tracker pages, which are its answer. An item runs from its start to the next item's
 * start, cut short by site chrome, the end of its table row, a heading that does not open an
 * answer, and (on report pages) the next numbered or plain paragraph after an emphasised recommendation.
 */
export function locateItems(source: SourceDocument, fixture: FixtureCase): LocatedDocument {
  const { blocks } = source;
  const starts = findStarts(blocks, fixture.items);
  const answers = fixture.pageKind === 'response' || fixture.pageKind === 'tracker';
  const items: LocatedItem[] = fixture.items.map((item, k) => {
    const start = starts[k]!;
    const limit = starts[k + 1] ?? blocks.length;
    const first = blocks[start]!;
    const stripped = withoutLabel(first, item.number);
    const owned = [start];
    let wordLabel = stripped.word;
    // A bare label block just before the start ("Recommendation 7" heading, a number cell).
    const previous = blocks[start - 1];
    if (previous && start - 1 > (starts[k - 1] ?? -1) && isBareLabel(previous.text, item.number)) {
      owned.unshift(start - 1);
      wordLabel ||= /recommendation|conclusion/i.test(previous.text);
    }
    const located: LocatedItem = {
      number: item.number,
      startsWith: item.startsWith,
      status: item.status,
      start,
      rec: [stripped.block],
      answer: [],
      owned,
      wordLabel,
    };
    if (item.status) located.status = item.status;
    else delete located.status;
    let inAnswer = false;
    for (let j = start + 1; j < limit; j++) {
      const block = blocks[j]!;
      if ((block.chrome && !first.chrome) || isFurniture(block.text)) break;
      if (first.table) {
        if (!block.table || block.table.id !== first.table.id || block.table.row !== first.table.row) break;
        if (answers) located.answer.push(block);
        else located.rec.push(block);
        owned.push(j);
        continue;
      }
      if (block.table && !answers) break;
      if (!answers) {
        if (block.role === 'heading' || leadingLabel(block.text) || isBareLabel(block.text, fixture.items[k + 1]?.number ?? '\0')) break;
        if (emphasised(first) && !emphasised(block)) break;
        located.rec.push(block);
        owned.push(j);
        continue;
      }
      const cue = isAnswerCue(block.text);
      if (block.role === 'heading' && !cue) break;
      if (!inAnswer && cue && isBareCue(block.text) && !located.cue) {
        located.cue = block;
        inAnswer = true;
      } else if (!inAnswer && (cue || isVerdictOpening(block.text) || (emphasised(first) && !emphasised(block)))) {
        inAnswer = true;
        located.answer.push(block);
      } else if (inAnswer) located.answer.push(block);
      else located.rec.push(block);
      owned.push(j);
    }
    return located;
  });
  return { ...source, url: fixture.url, pageKind: fixture.pageKind, items };
}
