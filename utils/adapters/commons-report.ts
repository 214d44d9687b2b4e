import type { Adapter, Detection } from './adapter';
import type { DetectedItem } from '../model';
import { PENDING_READING, itemKey } from '../model';
import { blocksAfter, findHeadings, headingLevel } from '../detect/blocks';
import { splitParagraphReference } from '../detect/paragraph-refs';
import { normalizeSpace, quoteFor, textOf } from '../detect/text';
import { parsePublicationsUrl } from '../report-key';

const CONCLUSIONS_HEADING = /^(\d+\.?\s+)?(summary of\s+)?conclusions and recommendations$/i;
const NUMBERED = /^(\d{1,3})\.\s+(.*)$/s;

function reportTitle(doc: Document): string | undefined {
  const h1 = doc.querySelector('h1');
  const title = h1 ? textOf(h1) : normalizeSpace(doc.title);
  return title || undefined;
}

export const commonsReport: Adapter = {
  id: 'commons-report',

  matches(url) {
    return parsePublicationsUrl(url)?.house === 'commons' && /\.html?$/.test(url.pathname);
  },

  detect(doc, url): Detection {
    const identity = parsePublicationsUrl(url) ?? { key: `${url.origin}${url.pathname}` };
    const report = { ...identity, title: reportTitle(doc) };
    const items: DetectedItem[] = [];
    const blocks: Element[] = [];
    let skipped = 0;

    // The section near the end repeats every conclusion and recommendation, numbered 1…n.
    const heading = findHeadings(doc, CONCLUSIONS_HEADING).at(-1);
    if (heading) {
      let section: string | undefined;
      for (const block of blocksAfter(heading)) {
        try {
          if (headingLevel(block) !== undefined) {
            section = textOf(block) || undefined;
            continue;
          }
          const match = NUMBERED.exec(textOf(block));
          if (!match) continue;
          const [, number = '', rest = ''] = match;
          const { text, refs } = splitParagraphReference(rest);
          if (!text) continue;
          items.push({
            key: itemKey(report.key, number),
            number,
            text,
            section,
            paragraphRefs: refs,
            quote: quoteFor(block, text),
            reading: PENDING_READING,
          });
          blocks.push(block);
        } catch (error) {
          skipped++;
          console.debug('[committee-lens] commons-report: skipped a paragraph', error);
        }
      }
    }

    return {
      page: { adapter: 'commons-report', kind: items.length ? 'report' : 'other', url: url.href, report, items, skipped },
      blocks,
    };
  },
};

// Pages:
// https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html
