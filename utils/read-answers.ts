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

function withReading(item: DetectedItem): DetectedItem {
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
  if (item.reading.source === 'tracker' && reading.status !== item.reading.status) {
    // The tracker's status stands; where we read the answer differently, say so beside it.
    return { ...item, otherReading: reading };
  }
  return item;
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
