import { classifyAnswer } from './classify';
import type { DetectedItem, DetectedPage, StatusReading } from './model';

/** Our reading of one answer text, as a status reading with its evidence and a summary. */
export function readAnswer(text: string, number: string): { reading: StatusReading; summary: string } {
  const answer = classifyAnswer(text, { recommendationNumber: number });
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

/** One item with its answer read (`readAnswers` for a single item); items without an answer text as they are. */
export function withReading(item: DetectedItem): DetectedItem {
  const text = item.response?.text;
  if (!text) return item;
  const { reading, summary } = readAnswer(text, item.number);
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
  return { ...page, items: page.items.map(withReading) };
}
