// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage } from '@/utils/detect-page';
import { savedItemSchema } from '@/utils/model/model';
import { parsePublicationsUrl } from '@/utils/report-key';
import { generatePlainPage } from '../../scripts/lib/bench/plain-page';
import { seededRandom } from '../../scripts/lib/bench/random';
import { generateReportPage } from '../../scripts/lib/bench/report-page';
import { generateResponsePage } from '../../scripts/lib/bench/response-page';
import { generateSavedItems } from '../../scripts/lib/bench/saved-items';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it.each([
    [1, 1],
    [3, 9],
  ])('int(%i, %i) stays in range', (min, max) => {
    const random = seededRandom(1);
    for (let i = 0; i < 200; i++) {
      const n = random.int(min, max);
      expect(n).toBeGreaterThanOrEqual(min);
      expect(n).toBeLessThanOrEqual(max);
    }
  });
});

describe('generateReportPage', () => {
  const full = generateReportPage();

  it('is big enough for the benchmark: ≥ 300 recommendations and ≥ 2 MB of HTML', () => {
    expect(full.recommendations.length).toBeGreaterThanOrEqual(300);
    expect(full.bytes).toBeGreaterThanOrEqual(2_000_000);
    expect(full.html).toContain('<h2>Conclusions and recommendations</h2>');
  });

  it('is the same for the same seed, different for another', () => {
    expect(generateReportPage().html).toBe(full.html);
    expect(generateReportPage({ seed: 5, recommendations: 20, minBytes: 0 }).html).not.toBe(
      generateReportPage({ seed: 6, recommendations: 20, minBytes: 0 }).html,
    );
  });

  it('is read by the real detector as every recommendation, numbered 1…n, with its references', () => {
    const small = generateReportPage({ seed: 11, recommendations: 40, minBytes: 0 });
    const detection = detectPage(parse(small.html), new URL(small.url));
    const items = detection?.page.items ?? [];
    expect(detection?.page.adapter).toBe('commons-report');
    expect(items.map((item) => item.number)).toEqual(small.recommendations.map((rec) => rec.number));
    // The saved-items generator keys the report's items the same way (see below).
    expect(items[0]?.key).toBe(`${parsePublicationsUrl(new URL(small.url))!.key}#1`);
    items.forEach((item, i) => {
      const rec = small.recommendations[i]!;
      expect(collapse(item.text)).toBe(collapse(rec.text));
      expect(item.paragraphRefs).toEqual(rec.paragraphRefs);
      expect(item.section).toBe(rec.section);
    });
  });

  it('puts each recommendation in bold in the body paragraph it refers to', () => {
    const small = generateReportPage({ seed: 12, recommendations: 25, minBytes: 0 });
    const doc = parse(small.html);
    for (const rec of small.recommendations) {
      const para = doc.getElementById(`para-${rec.paragraphRefs[0]}`);
      const strong = collapse(para?.querySelector('strong')?.textContent ?? '');
      expect(strong.length).toBeGreaterThan(0);
      expect(collapse(rec.text).startsWith(strong)).toBe(true);
    }
  });
});

describe('generateResponsePage', () => {
  it('answers 300 recommendations under "Recommendation N" headings, found by the real detector', () => {
    const page = generateResponsePage();
    expect(page.answers).toHaveLength(300);
    const detection = detectPage(parse(page.html), new URL(page.url));
    expect(detection?.page.adapter).toBe('gov-uk-response');
    expect(detection?.page.kind).toBe('response');
    expect(detection?.page.items.map((item) => item.number)).toEqual(page.answers.map((a) => a.number));
    detection?.page.items.forEach((item, i) => expect(collapse(item.text)).toBe(collapse(page.answers[i]!.text)));
  });

  it('quotes a given report’s recommendations with their paragraph references', () => {
    const report = generateReportPage({ seed: 13, recommendations: 12, minBytes: 0 });
    const page = generateResponsePage({ recommendations: report.recommendations });
    expect(page.answers.map((a) => a.text)).toEqual(report.recommendations.map((r) => r.text));
    expect(page.html).toContain(`(Paragraph ${report.recommendations[0]!.paragraphRefs[0]})`);
    const detection = detectPage(parse(page.html), new URL(page.url));
    expect(detection?.page.items).toHaveLength(12);
  });

  it('is deterministic', () => {
    expect(generateResponsePage({ answers: 10 }).html).toBe(generateResponsePage({ answers: 10 }).html);
  });
});

describe('generatePlainPage', () => {
  it('has 10 000 numbered paragraphs, no bold and nothing the detector reads', () => {
    const page = generatePlainPage();
    expect(page.paragraphs).toBe(10_000);
    expect(page.html.match(/<p id="para-\d+"/g)).toHaveLength(10_000);
    expect(page.html).not.toMatch(/<(?:b|strong)>/);
    expect(page.html).not.toMatch(/conclusions and recommendations/i);
  });

  it('gives no items at its URL (where the content script runs)', () => {
    const page = generatePlainPage({ paragraphs: 400 });
    const detection = detectPage(parse(page.html), new URL(page.url));
    expect(detection?.page.items ?? []).toEqual([]);
  });
});

describe('generateSavedItems', () => {
  const items = generateSavedItems({ count: 2000 });

  it('makes valid saved items with unique keys', () => {
    expect(items).toHaveLength(2000);
    expect(new Set(items.map((item) => item.key)).size).toBe(2000);
    for (const item of items) {
      const parsed = savedItemSchema.safeParse(item);
      expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
    }
  });

  it('has a mix of statuses, notes, tags and corrections, and is deterministic', () => {
    expect(new Set(items.map((item) => item.reading.status)).size).toBe(6);
    expect(items.some((item) => item.note)).toBe(true);
    expect(items.some((item) => item.tags.length > 0)).toBe(true);
    expect(items.some((item) => item.statusOverride)).toBe(true);
    expect(generateSavedItems({ count: 2000 })).toEqual(items);
  });

  it('starts with the given report’s recommendations, keyed as the content script keys them', () => {
    const report = generateReportPage({ seed: 14, recommendations: 30, minBytes: 0 });
    const key = parsePublicationsUrl(new URL(report.url))!.key;
    const saved = generateSavedItems({
      count: 100,
      reports: [
        {
          key,
          url: report.url,
          title: report.title,
          committee: report.committee,
          paperNumber: report.paperNumber,
          count: 30,
          items: report.recommendations,
        },
      ],
    });
    expect(saved).toHaveLength(100);
    expect(saved[0]!.key).toBe(`${key}#1`);
    expect(saved[29]!.text).toBe(report.recommendations[29]!.text);
    expect(saved[30]!.reportKey).not.toBe(key);
  });
});
