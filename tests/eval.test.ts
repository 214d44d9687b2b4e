import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EvalInputError, evaluateDir, loadEvalCases } from '../scripts/lib/eval-run';
import { confusionPairs, macroF1, summaryJson, totalsByAdapter, totalsOf, type CaseOutcome } from '../scripts/lib/eval-totals';
import { FIXTURE_PAGES_DIR } from '../scripts/lib/fixture-cases';
import type { CaseScore } from '../scripts/lib/score';
import type { Status } from '../utils/model/statuses';

function score(partial: Partial<CaseScore>): CaseScore {
  return { expected: 0, found: 0, missing: [], falsePositives: [], statusItems: 0, statusCorrect: 0, statusPairs: [], ...partial };
}

function outcome(adapter: string, partial: Partial<CaseScore>, ms = 1): CaseOutcome {
  return { name: `${adapter}-case`, adapter, score: score(partial), ms };
}

describe('eval totals', () => {
  it.each<[number | null, [Status, Status][]]>([
    [null, []],
    [1, [['accepted', 'accepted']]],
    [
      1,
      [
        ['accepted', 'accepted'],
        ['rejected', 'rejected'],
      ],
    ],
    // accepted: P 1/1, R 1/2 → 2/3; rejected: P 1/2, R 1/1 → 2/3
    [
      2 / 3,
      [
        ['accepted', 'accepted'],
        ['accepted', 'rejected'],
        ['rejected', 'rejected'],
      ],
    ],
    // only statuses present in gold count: 'noted' was predicted but never gold
    [0, [['accepted', 'noted']]],
    // accepted F1 = 2·(1·0.5)/(1.5) = 2/3; rejected never right → 0; mean 1/3
    [
      1 / 3,
      [
        ['accepted', 'accepted'],
        ['accepted', 'noted'],
        ['rejected', 'noted'],
      ],
    ],
  ])('macro-F1 is %s for %j', (expected, pairs) => {
    const got = macroF1(pairs);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 10);
  });

  it('groups wrong readings as gold → predicted pairs, most frequent first', () => {
    expect(
      confusionPairs([
        ['accepted', 'accepted'],
        ['rejected', 'noted'],
        ['accepted', 'noted'],
        ['rejected', 'noted'],
      ]),
    ).toEqual([
      { gold: 'rejected', predicted: 'noted', count: 2 },
      { gold: 'accepted', predicted: 'noted', count: 1 },
    ]);
    expect(confusionPairs([['noted', 'noted']])).toEqual([]);
  });

  it('sums cases into recall, precision and status accuracy', () => {
    const outcomes = [
      outcome('a', {
        expected: 4,
        found: 3,
        falsePositives: ['9: x'],
        statusItems: 2,
        statusCorrect: 1,
        statusPairs: [
          ['accepted', 'accepted'],
          ['rejected', 'noted'],
        ],
      }),
      outcome('b', { expected: 1, found: 1 }, 2),
    ];
    expect(totalsOf(outcomes)).toEqual({
      cases: 2,
      items: 5,
      found: 4,
      falsePositives: 1,
      recall: 4 / 5,
      precision: 4 / 5,
      statusItems: 2,
      statusAccuracy: 1 / 2,
      macroF1: 1 / 2,
      ms: 3,
    });
    expect(Object.keys(totalsByAdapter(outcomes))).toEqual(['a', 'b']);
    expect(totalsByAdapter(outcomes).b).toMatchObject({ cases: 1, items: 1, found: 1, recall: 1, statusAccuracy: null });
  });

  it('gives null, not a made-up number, for ratios over nothing', () => {
    expect(totalsOf([outcome('none', {})])).toMatchObject({ recall: null, precision: null, statusAccuracy: null, macroF1: null });
    expect(totalsOf([])).toMatchObject({ cases: 0, recall: null });
  });

  it('prints one JSON object with the DESIGN.md keys and perAdapter', () => {
    const parsed = JSON.parse(summaryJson([outcome('a', { expected: 3, found: 1 }, 1.234567)])) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([
      'cases',
      'items',
      'found',
      'falsePositives',
      'recall',
      'precision',
      'statusItems',
      'statusAccuracy',
      'macroF1',
      'ms',
      'perAdapter',
    ]);
    expect(parsed).toMatchObject({ recall: 0.3333, ms: 1.2, perAdapter: { a: { cases: 1, found: 1 } } });
  });
});

describe('eval inputs', () => {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'committee-lens-eval-'));
    made.push(dir);
    return dir;
  }

  it('refuses a folder that does not exist', async () => {
    await expect(loadEvalCases(join(tmpdir(), 'committee-lens-no-such-folder'))).rejects.toThrow(EvalInputError);
  });

  it('refuses a folder with no cases', async () => {
    await expect(loadEvalCases(await tempDir())).rejects.toThrow(/no cases under/);
  });

  it('names the case it cannot read', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'broken-case'));
    await writeFile(join(dir, 'broken-case', 'case.json'), '{ not json');
    await expect(loadEvalCases(dir)).rejects.toThrow(/broken-case: cannot read case\.json/);
    await writeFile(
      join(dir, 'broken-case', 'case.json'),
      JSON.stringify({ url: 'https://example.org/', pageKind: 'other', source: 'x', items: [] }),
    );
    await expect(loadEvalCases(dir)).rejects.toThrow(/broken-case: cannot read page\.html/);
  });

  it('reads one case folder given directly', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'case.json'), JSON.stringify({ url: 'https://example.org/', pageKind: 'other', source: 'x', items: [] }));
    await writeFile(join(dir, 'page.html'), '<!DOCTYPE html><title>x</title><p>1. Nothing here.</p>');
    const results = await evaluateDir(dir);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ adapter: 'none', score: { expected: 0, found: 0 } });
  });
});

describe('eval over tests/fixtures/pages', async () => {
  // Whatever cases are there now: other adapters add theirs all the time.
  const results = await evaluateDir(FIXTURE_PAGES_DIR);
  const totals = totalsOf(results);

  it('has cases to measure', () => {
    expect(totals.cases).toBeGreaterThanOrEqual(2);
    expect(totals.items).toBeGreaterThan(0);
  });

  it('finds at least 97% of the expected items', () => {
    const missing = results.flatMap((r) => r.score.missing.map((m) => `${r.name}: ${m}`));
    expect(totals.recall ?? 0, missing.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('has a precision of at least 98%', () => {
    const extra = results.flatMap((r) => r.score.falsePositives.map((f) => `${r.name}: ${f}`));
    expect(totals.precision ?? 1, extra.join('\n')).toBeGreaterThanOrEqual(0.98);
  });

  it('splits the totals per adapter without losing a case or an item', () => {
    const perAdapter = Object.values(totalsByAdapter(results));
    expect(perAdapter.reduce((sum, t) => sum + t.cases, 0)).toBe(totals.cases);
    expect(perAdapter.reduce((sum, t) => sum + t.items, 0)).toBe(totals.items);
    expect(perAdapter.reduce((sum, t) => sum + t.found, 0)).toBe(totals.found);
  });
});
