import { errorMessage } from '../../utils/errors';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { z } from 'zod';
import { detectPage } from '../../utils/detect-page';
import type { DetectedPage } from '../../utils/model/model';
import type { CaseOutcome } from './eval-totals';
import { fixtureCaseSchema, type LoadedCase } from './fixture-cases';
import { scoreCase } from './score';

/** The evaluation cannot run: no such folder, or a case that cannot be read. */
export class EvalInputError extends Error {
  override name = 'EvalInputError';
}

async function readCase(dir: string, name: string): Promise<LoadedCase> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(dir, 'case.json'), 'utf8'));
  } catch (error) {
    throw new EvalInputError(`${name}: cannot read case.json (${errorMessage(error)})`);
  }
  const parsed = fixtureCaseSchema.safeParse(json);
  if (!parsed.success) throw new EvalInputError(`${name}/case.json does not follow the case format:\n${z.prettifyError(parsed.error)}`);
  let html: string;
  try {
    html = await readFile(join(dir, 'page.html'), 'utf8');
  } catch (error) {
    throw new EvalInputError(`${name}: cannot read page.html (${errorMessage(error)})`);
  }
  return { ...parsed.data, name, html };
}

/**
 * Every case under `dir` (folders holding case.json + page.html, sorted by name), or `dir` itself
 * when it is one case. Throws `EvalInputError` with a message for people when it cannot.
 */
export async function loadEvalCases(dir: string): Promise<LoadedCase[]> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new EvalInputError(`${dir} is not a folder of cases`);
  } catch (error) {
    if (error instanceof EvalInputError) throw error;
    throw new EvalInputError(`cannot read ${dir}: no such folder`);
  }
  const entries = await readdir(dir, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && entry.name === 'case.json')) return [await readCase(dir, basename(dir))];
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  if (!names.length) throw new EvalInputError(`no cases under ${dir} (expected <case>/case.json and <case>/page.html)`);
  const cases: LoadedCase[] = [];
  for (const name of names) cases.push(await readCase(join(dir, name), name));
  return cases;
}

export interface EvaluatedCase extends CaseOutcome {
  url: string;
  pageKind: LoadedCase['pageKind'];
  /** What detection said about the page; undefined when no adapter claimed the URL. */
  page?: DetectedPage;
  parseMs: number;
}

/**
 * Parse the page in a Node DOM at the case's URL and run exactly what the content script runs on
 * it (`detectPage(document, url)`), then score the items against the case.
 */
/** A case's outcome: what was read on it, scored against its items. */
export function evaluated(fixture: LoadedCase, name: string, page: DetectedPage | undefined, ms: number, parseMs: number): EvaluatedCase {
  return {
    name,
    url: fixture.url,
    pageKind: fixture.pageKind,
    adapter: page?.adapter ?? 'none',
    page,
    score: scoreCase(fixture.items, page?.items ?? []),
    ms,
    parseMs,
  };
}

export async function evaluateCase(fixture: LoadedCase): Promise<EvaluatedCase> {
  const parseStart = performance.now();
  const window = new Window({ url: fixture.url });
  try {
    window.document.write(fixture.html);
    const document = window.document as unknown as Document;
    const parseMs = performance.now() - parseStart;
    const start = performance.now();
    const detection = detectPage(document, new URL(fixture.url));
    return evaluated(fixture, fixture.name, detection?.page, performance.now() - start, parseMs);
  } finally {
    await window.happyDOM.close();
  }
}

/** Load and evaluate every case under `dir`, one after another (timings stay comparable). */
export async function evaluateDir(dir: string): Promise<EvaluatedCase[]> {
  const cases = await loadEvalCases(dir);
  const out: EvaluatedCase[] = [];
  for (const fixture of cases) out.push(await evaluateCase(fixture));
  return out;
}
