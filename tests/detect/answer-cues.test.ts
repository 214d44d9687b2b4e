// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { answerCue } from '@/utils/detect/answer-cues';
import { readDocument } from '@/utils/document/read-document';

function firstBlock(html: string) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return readDocument(doc.body).blocks[0]!;
}

describe('answerCue', () => {
  it.each([
    ['a verdict opening', '<p>The Government considers that the current guidance is sufficient.</p>', true],
    ['a label line', '<p>Response: Not supported</p>', true],
    ['a numbered answer paragraph', '<p>14. The Government acknowledges the Committee’s concern.</p>', true],
    ['a recommendation in the subjunctive (no s)', '<p>The Australian Government consider funding bulk-billed consultations.</p>', false],
    ['a recommendation', '<p>The Government should publish its data each year.</p>', false],
  ])('%s', (_name, html, expected) => {
    expect(answerCue(firstBlock(html)) !== undefined).toBe(expected);
  });
});
