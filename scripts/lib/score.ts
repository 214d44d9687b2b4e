import { normalizeSpace } from '../../utils/detect/text';
import type { DetectedItem } from '../../utils/model/model';
import type { Status } from '../../utils/model/statuses';
import type { FixtureCase } from './fixture-cases';

export interface CaseScore {
  expected: number;
  found: number;
  /** Expected items with no matching detected item, as "number: startsWith". */
  missing: string[];
  /** Detected items matching no expected item, as "number: first words". */
  falsePositives: string[];
  statusItems: number;
  statusCorrect: number;
  /** [gold, predicted] for each expected status among found items. */
  statusPairs: [Status, Status][];
}

const comparable = (text: string) => normalizeSpace(text).toLowerCase();

/**
 * DESIGN.md's rule: an expected item is found when a detected item has the same number and its
 * text, whitespace collapsed and case ignored, starts with `startsWith`. Each detected item
 * matches at most one expected item.
 */
export function scoreCase(expected: FixtureCase['items'], detected: readonly DetectedItem[]): CaseScore {
  const unused = new Set(detected.map((_, index) => index));
  const score: CaseScore = {
    expected: expected.length,
    found: 0,
    missing: [],
    falsePositives: [],
    statusItems: 0,
    statusCorrect: 0,
    statusPairs: [],
  };
  for (const want of expected) {
    const prefix = comparable(want.startsWith);
    const index = [...unused].find((i) => detected[i]!.number === want.number && comparable(detected[i]!.text).startsWith(prefix));
    if (index === undefined) {
      score.missing.push(`${want.number}: ${want.startsWith}`);
      continue;
    }
    unused.delete(index);
    score.found++;
    if (want.status) {
      const got = detected[index]!.reading.status;
      score.statusItems++;
      score.statusPairs.push([want.status, got]);
      if (got === want.status) score.statusCorrect++;
    }
  }
  for (const index of unused) {
    const item = detected[index]!;
    score.falsePositives.push(`${item.number}: ${item.text.slice(0, 60)}`);
  }
  return score;
}
