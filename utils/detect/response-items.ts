import { PENDING_READING, itemKey } from '../items';
import type { DetectedItem, StatusReading } from '../model';
import type { ResponseEntry } from './response-blocks';
import { answerText } from './response-page-blocks';
import { quoteFor } from './text';

/** Name shown for statuses read from a label the response itself gives ("Accepted"). */
export const LABEL_SOURCE_NAME = 'the response’s own label';

function readingFor(entry: ResponseEntry): StatusReading {
  // Only an explicit label on the page sets a status here; reading the prose is the classifier's job.
  const label = entry.label;
  return label ? { status: label.status, source: 'tracker', sourceName: LABEL_SOURCE_NAME, evidence: label.words } : PENDING_READING;
}

/** Entries from running text and from tables, merged in document order. */
export function inDocumentOrder(running: ResponseEntry[], tabled: ResponseEntry[]): ResponseEntry[] {
  if (!running.length || !tabled.length) return running.length ? running : tabled;
  return [...running, ...tabled]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      if (a.entry.block === b.entry.block) return a.index - b.index;
      const position = a.entry.block.compareDocumentPosition(b.entry.block);
      return position & 4 /* FOLLOWING */ ? -1 : position & 2 /* PRECEDING */ ? 1 : a.index - b.index;
    })
    .map(({ entry }) => entry);
}

/** The blocks that come before `el` in `blocks` (both in document order): a page's introduction. */
export function blocksBefore(blocks: readonly Element[], el: Element | undefined): Element[] {
  if (!el) return [...blocks];
  const stop = blocks.findIndex((b) => b === el || el.contains(b) || b.contains(el));
  return stop < 0 ? [...blocks] : blocks.slice(0, stop);
}

/** Detected items for a response page's entries: the recommendation, and the answer to it. */
export function responseItems(
  entries: readonly ResponseEntry[],
  reportKey: string,
  respondent: string | undefined,
): { items: DetectedItem[]; blocks: Element[]; skipped: number } {
  const items: DetectedItem[] = [];
  const blocks: Element[] = [];
  const answers = new Map<readonly Element[], string>();
  let skipped = 0;
  for (const entry of entries) {
    try {
      let text = answers.get(entry.answer);
      if (text === undefined) {
        text = answerText(entry.answer);
        answers.set(entry.answer, text);
      }
      items.push({
        key: itemKey(reportKey, entry.number),
        number: entry.number,
        text: entry.text,
        headline: entry.headline,
        section: entry.section,
        paragraphRefs: entry.refs,
        quote: quoteFor(entry.block, entry.text),
        reading: readingFor(entry),
        response: text ? { text, respondent } : undefined,
      });
      blocks.push(entry.block);
    } catch (error) {
      skipped++;
      console.debug('[committee-lens] response-items: skipped an item', error);
    }
  }
  return { items, blocks, skipped };
}
