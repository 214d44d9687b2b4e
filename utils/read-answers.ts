import { classifyAnswer, type ClassifyOptions } from './classify';
import type { DetectedItem, DetectedPage, StatusReading } from './model/model';

/**
 * Our reading of one answer text, as a status reading with its evidence and a summary. `number` may
 * carry a sub-item ("12b", "4(a)(i)"): a verdict given to a list of items is read for it. `options`
 * may add the recommendation's text and the other recommendations the same answer is shared with.
 */
export function readAnswer(
  text: string,
  number: string,
  options: Omit<ClassifyOptions, 'recommendationNumber'> = {},
): { reading: StatusReading; summary: string } {
  const answer = classifyAnswer(text, { ...options, recommendationNumber: number });
  return {
    reading: {
      status: answer.status,
      source: 'classifier',
      confidence: answer.confidence,
      evidence: answer.evidence || undefined,
      deciding: answer.deciding.length > 0 ? answer.deciding : undefined,
    },
    summary: answer.summary,
  };
}

/** The other items on a page given the same answer text (one answer to several recommendations). */
export type SharedWith = readonly { number: string; text?: string }[];

/**
 * One item with its answer read (`readAnswers` for a single item); items without an answer text as
 * they are. `sharedWith`: the other items the same answer is given to, so that a sentence about one
 * of them does not decide this one.
 */
export function withReading(item: DetectedItem, sharedWith: SharedWith = []): DetectedItem {
  const text = item.response?.text;
  if (!text) return item;
  const { reading, summary } = readAnswer(text, item.number, { recommendationText: item.text, sharedWith });
  if (item.reading.source === 'default') {
    // A response page: the answer is ours to read.
    return {
      ...item,
      reading,
      response: {
        ...item.response,
        summary: item.response?.summary ?? (summary || undefined),
        summarySource: item.response?.summary ? item.response.summarySource : 'classifier',
      },
    };
  }
  if (item.reading.source !== 'tracker') return item;
  // The page's own status stands; where we read the answer differently, say so beside it.
  const otherReading = reading.status !== item.reading.status ? reading : undefined;
  // Without the page's own summary, ours (extractive, labelled as ours).
  const ownSummary = item.response?.summary ? undefined : summary || undefined;
  if (!otherReading && !ownSummary) return item;
  return {
    ...item,
    ...(otherReading ? { otherReading } : {}),
    ...(ownSummary ? { response: { ...item.response, summary: ownSummary, summarySource: 'classifier' as const } } : {}),
  };
}

/**
 * Give every answered item a status read from its answer text: on response pages the answer
 * decides the status; on tracker pages the tracker's status stands and ours is kept beside it
 * where it differs. Items whose status came from an explicit label are left as they are.
 */
export function readAnswers(page: DetectedPage): DetectedPage {
  if (!page.items.some((item) => item.response?.text)) return page;
  const shared = sharedAnswers(page.items);
  return { ...page, items: page.items.map((item) => withReading(item, shared(item))) };
}

/**
 * For each item, the other items given one and the same answer ("Recommendations 9 and 10: …"),
 * so that each is read for itself.
 */
export function sharedAnswers(items: readonly DetectedItem[]): (item: DetectedItem) => SharedWith {
  const byAnswer = new Map<string, DetectedItem[]>();
  for (const item of items) {
    const text = item.response?.text;
    if (!text) continue;
    const group = byAnswer.get(text);
    if (group) group.push(item);
    else byAnswer.set(text, [item]);
  }
  return (item) => {
    const group = item.response?.text ? (byAnswer.get(item.response.text) ?? []) : [];
    return group.filter((other) => other !== item).map((other) => ({ number: other.number, text: other.text }));
  };
}
