// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter } from '@/utils/adapters';
import { detectPage } from '@/utils/detect-page';
import { loadCases } from '../../scripts/lib/fixture-cases';
import { scoreCase } from '../../scripts/lib/score';

const cases = await loadCases();

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('fixture pages', () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: finds every item, and nothing else', (_name, fixture) => {
    const detection = detectPage(parse(fixture.html), new URL(fixture.url));
    const score = scoreCase(fixture.items, detection?.page.items ?? []);
    expect(score.missing).toEqual([]);
    expect(score.falsePositives).toEqual([]);
    expect(score.statusPairs.filter(([gold, got]) => gold !== got)).toEqual([]);
    if (fixture.pageKind !== 'other') expect(detection?.page.kind).toBe(fixture.pageKind);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: exactly one adapter claims the URL', (_name, fixture) => {
    const doc = parse(fixture.html);
    const url = new URL(fixture.url);
    const claiming = ADAPTERS.filter((adapter) => adapter.matches(url, doc)).map((adapter) => adapter.id);
    if (fixture.pageKind === 'other') {
      // A page with nothing to find: at most one adapter claims it, and that adapter finds nothing there.
      expect(claiming.length).toBeLessThanOrEqual(1);
      const adapter = ADAPTERS.find((candidate) => candidate.id === claiming[0]);
      if (adapter) expect(adapter.detect(doc, url).page.items).toEqual([]);
    } else {
      expect(claiming).toHaveLength(1);
    }
    expect(pickAdapter(url, doc)?.id).toBe(claiming[0]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: gives each detected item a block that contains its text', (_name, fixture) => {
    const detection = detectPage(parse(fixture.html), new URL(fixture.url));
    if (!detection) return;
    expect(detection.blocks).toHaveLength(detection.page.items.length);
    detection.page.items.forEach((item, index) => {
      const blockText = detection.blocks[index]!.textContent!.replace(/\s+/g, ' ');
      expect(blockText).toContain(item.text.slice(0, 40));
    });
  });
});
