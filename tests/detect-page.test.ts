// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage, detectPageInSlices } from '@/utils/detect-page';
import { loadCases } from '../scripts/lib/fixture-cases';

const cases = await loadCases();

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('detectPageInSlices', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: the same reading as detectPage', async (_name, fixture) => {
    const url = new URL(fixture.url);
    let pauses = 0;
    // A clock that moves 10 ms per reading: with 25 ms slices, long answer lists pause several times.
    let clock = 0;
    const sliced = await detectPageInSlices(
      parse(fixture.html),
      url,
      async () => {
        pauses++;
      },
      25,
      () => (clock += 10),
    );
    const whole = detectPage(parse(fixture.html), url);
    expect(sliced?.page).toEqual(whole?.page);
    expect(sliced?.blocks.map((block) => block.outerHTML)).toEqual(whole?.blocks.map((block) => block.outerHTML));
    const answered = whole?.page.items.filter((item) => item.response?.text).length ?? 0;
    if (answered > 3) expect(pauses).toBeGreaterThan(1);
    if (answered === 0) expect(pauses).toBe(0);
  });

  it('gives nothing, without throwing, on a page no adapter reads', async () => {
    const doc = parse('<html><body><p>Nothing here.</p></body></html>');
    expect(await detectPageInSlices(doc, new URL('https://example.org/'), async () => {})).toBeUndefined();
  });
});
