import { headingLevel } from './blocks';
import {
  cleanQuote,
  isHeadlineLike,
  leadingNumber,
  parseLeadingLabel,
  parseRecommendationLabel,
  parseResponseLabel,
  splitQuoteReference,
  type VerdictLabel,
} from './response-labels';
import { emphasisShare, isNoteOrChrome } from './response-page-blocks';
import { normalizeSpace, textOf } from './text';

/** One recommendation a response page answers, as read from the page. */
export interface ResponseEntry {
  number: string;
  text: string;
  refs: string[];
  headline?: string;
  section?: string;
  /** Where the recommendation is quoted (badges go here). */
  block: Element;
  /** The blocks of the government's answer to it (shared when one answer covers several). */
  answer: Element[];
  /** An explicit verdict label the page gives ("Accepted"), if any. */
  label?: VerdictLabel;
}

export interface EntryScan {
  entries: ResponseEntry[];
  skipped: number;
}

function isQuoteLike(block: Element): boolean {
  return block.closest('blockquote, q') !== null || emphasisShare(block) >= 0.6;
}

interface Quote {
  number: string;
  text: string;
  refs: string[];
  block: Element;
}

/** A stretch of the page from one recommendation (or group of them) to the next. */
interface Unit {
  /** Numbers named by a "Recommendation 7" heading or label paragraph. */
  labelNumbers: string[];
  headline?: string;
  /** Heading level when the unit starts at a heading. */
  level?: number;
  section?: string;
  label?: VerdictLabel;
  /** Recommendations quoted as numbered paragraphs ("7. We call for… (Paragraph 22)"). */
  quotes: Quote[];
  body: Element[];
}

/**
 * A paragraph that quotes a recommendation by itself: "1. Recommendation 1. The Secretary…",
 * "Recommendation 7: We call for…", or "7. We call for… (Paragraph 22)" when it carries a
 * trailing paragraph reference or is set in bold/italics. Plain numbered answer paragraphs
 * ("14. The Government acknowledges…") are not quotes.
 */
function quotedParagraph(block: Element, text: string, options: ReadOptions): Quote | undefined {
  const numbered = leadingNumber(text);
  const afterNumber = numbered ? text.replace(/^\d{1,3}\.\s*/, '') : text;
  const label = parseRecommendationLabel(afterNumber);
  if (label?.rest && !isHeadlineLike(label.rest)) {
    const cleaned = cleanQuote(label.rest);
    return cleaned.text ? { number: label.numbers[0]!, text: cleaned.text, refs: cleaned.refs, block } : undefined;
  }
  if (!numbered || label) return undefined;
  // splitQuoteReference only removes a reference that ends the text.
  const endsWithReference = splitQuoteReference(afterNumber).text !== normalizeSpace(afterNumber);
  if (!endsWithReference && (options.requireReference || emphasisShare(block) < 0.6)) return undefined;
  const cleaned = cleanQuote(afterNumber);
  return cleaned.text ? { number: numbered, text: cleaned.text, refs: cleaned.refs, block } : undefined;
}

/** A short paragraph that is only a label: "Recommendation 7", "Recommendations 3 and 4: Funding". */
function labelParagraph(text: string): { numbers: string[]; headline?: string } | undefined {
  if (text.length > 200) return undefined;
  const label = parseRecommendationLabel(text);
  if (!label || (label.rest && !isHeadlineLike(label.rest))) return undefined;
  return { numbers: label.numbers, headline: label.rest || undefined };
}

export interface ReadOptions {
  /**
   * Accept a numbered paragraph as a quoted recommendation only when it ends with its
   * "(Paragraph N)" reference, not merely for being in bold: for pages where committee text in
   * bold may stand beside the response (a Special Report without a "Government response" heading).
   */
  requireReference?: boolean;
}

function splitUnits(blocks: readonly Element[], options: ReadOptions): { units: Unit[]; skipped: number } {
  const units: Unit[] = [];
  let current: Unit | undefined;
  let section: { text: string; level: number } | undefined;
  let skipped = 0;
  const close = () => {
    if (current) units.push(current);
    current = undefined;
  };

  for (const block of blocks) {
    try {
      const text = textOf(block);
      if (!text) continue;
      const level = headingLevel(block);
      if (level === undefined && isNoteOrChrome(block, text)) continue;
      if (level !== undefined) {
        const label = labelParagraph(text);
        if (label) {
          close();
          const inSection = section && section.level < level ? section.text : undefined;
          current = { labelNumbers: label.numbers, headline: label.headline, level, section: inSection, quotes: [], body: [] };
        } else if (current && (parseResponseLabel(text) || (current.level !== undefined && level > current.level))) {
          // "Government response", or a sub-heading inside this recommendation's answer.
          current.body.push(block);
        } else {
          close();
          section = { text, level };
        }
        continue;
      }

      const quote = quotedParagraph(block, text, options);
      if (quote) {
        if (!current || current.body.length > 0) {
          close();
          current = { labelNumbers: [], section: section?.text, quotes: [], body: [] };
        }
        current.quotes.push(quote);
        continue;
      }
      const label = labelParagraph(text);
      if (label && emphasisShare(block) >= 0.6) {
        close();
        current = { labelNumbers: label.numbers, headline: label.headline, section: section?.text, quotes: [], body: [] };
        continue;
      }
      if (!current) continue;
      const last = current.quotes.at(-1);
      if (last && !current.body.length && !last.refs.length && !parseResponseLabel(text) && isQuoteLike(block)) {
        // The quoted recommendation runs on into a second paragraph.
        const cleaned = splitQuoteReference(`${last.text} ${text}`);
        last.text = cleaned.text;
        last.refs = cleaned.refs;
        continue;
      }
      current.body.push(block);
    } catch (error) {
      skipped++;
      console.debug('[committee-lens] response-blocks: skipped a block', error);
    }
  }
  close();
  return { units, skipped };
}

/** The element to mount a badge on for quote blocks: their shared blockquote, else the first block. */
function quoteAnchor(blocks: readonly Element[]): Element {
  const first = blocks[0]!;
  const box = first.closest('blockquote');
  return box && blocks.every((b) => box.contains(b)) ? box : first;
}

/** Per-number texts when a grouped quote numbers its parts ("3. …", "4. …"), else undefined. */
function splitGroupedQuote(numbers: readonly string[], blocks: readonly Element[]): Map<string, Element[]> | undefined {
  const parts = new Map<string, Element[]>();
  let open: Element[] | undefined;
  for (const block of blocks) {
    const number = leadingNumber(textOf(block));
    if (number && numbers.includes(number) && !parts.has(number)) {
      open = [];
      parts.set(number, open);
    }
    open?.push(block);
  }
  return numbers.every((n) => parts.has(n)) ? parts : undefined;
}

function unitEntries(unit: Unit): ResponseEntry[] {
  let label = unit.label;
  let answer: Element[];
  let quoteBlocks: Element[] = [];
  const labelAt = unit.body.findIndex((b) => parseResponseLabel(textOf(b)) !== undefined);
  if (unit.quotes.length) {
    answer = unit.body;
  } else if (labelAt >= 0) {
    quoteBlocks = unit.body.slice(0, labelAt).filter((b) => headingLevel(b) === undefined);
    answer = unit.body.slice(labelAt);
  } else {
    let n = 0;
    while (n < unit.body.length && headingLevel(unit.body[n]!) === undefined && isQuoteLike(unit.body[n]!)) n++;
    if (n === 0 && unit.body[0] && headingLevel(unit.body[0]) === undefined) n = 1;
    quoteBlocks = unit.body.slice(0, n);
    answer = unit.body.slice(n);
  }
  // Leave out "Government response" labels, keeping a verdict they carry.
  answer = answer.filter((b) => {
    const responseLabel = parseResponseLabel(textOf(b));
    if (responseLabel) label ??= responseLabel.verdict;
    return !responseLabel;
  });
  const firstAnswer = answer.find((b) => headingLevel(b) === undefined);
  label ??= firstAnswer ? parseLeadingLabel(textOf(firstAnswer)) : undefined;

  const base = { headline: unit.headline, section: unit.section, answer, label };
  if (unit.quotes.length) {
    // One quote under a "Recommendation 7" label takes the label's number(s); otherwise each its own.
    const byLabel = unit.labelNumbers.length > 0 && unit.quotes.length === 1;
    return unit.quotes.flatMap((q) =>
      (byLabel ? unit.labelNumbers : [q.number]).map((number) => ({ ...base, number, text: q.text, refs: q.refs, block: q.block })),
    );
  }
  if (!quoteBlocks.length || !unit.labelNumbers.length) return [];
  const parts = unit.labelNumbers.length > 1 ? splitGroupedQuote(unit.labelNumbers, quoteBlocks) : undefined;
  return unit.labelNumbers.flatMap((number) => {
    const blocks = parts?.get(number) ?? quoteBlocks;
    const { text, refs } = cleanQuote(blocks.map(textOf).join(' '));
    return text ? [{ ...base, number, text, refs, block: quoteAnchor(blocks) }] : [];
  });
}

/**
 * Read the recommendations a response answers from its blocks (leaf blocks and headings in
 * document order): "Recommendation 7" headings or labels followed by the quoted recommendation,
 * or numbered quoted paragraphs, each followed by the answer. Consecutive quotes share the answer
 * that follows them, and "Recommendations 3–5" gives one entry per number.
 */
export function readResponseEntries(blocks: readonly Element[], options: ReadOptions = {}): EntryScan {
  const { units, skipped: unitSkips } = splitUnits(blocks, options);
  let skipped = unitSkips;
  const entries: ResponseEntry[] = [];
  for (const unit of units) {
    try {
      entries.push(...unitEntries(unit));
    } catch (error) {
      skipped++;
      console.debug('[committee-lens] response-blocks: skipped a recommendation', error);
    }
  }
  return { entries, skipped };
}
