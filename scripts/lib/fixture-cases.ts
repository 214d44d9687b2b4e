import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { BrowserContext } from '@playwright/test';
import { pageKindSchema, statusSchema } from '../../utils/model/model';

// A string path, not `new URL(…)`: DOM test environments replace the global URL class.
export const FIXTURE_PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/pages');

/** `case.json`, the shared evaluation fixture format (DESIGN.md). */
export const fixtureCaseSchema = z.object({
  url: z.url(),
  pageKind: pageKindSchema,
  source: z.string().min(1),
  items: z.array(
    z.object({
      number: z.string().min(1),
      startsWith: z.string().min(1),
      status: statusSchema.optional(),
    }),
  ),
});
export type FixtureCase = z.infer<typeof fixtureCaseSchema>;

export interface LoadedCase extends FixtureCase {
  name: string;
  html: string;
}

/** Every case under `dir` (one folder each, with page.html and case.json), sorted by name. */
export async function loadCases(dir = FIXTURE_PAGES_DIR): Promise<LoadedCase[]> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const cases = await Promise.all(
    names.sort().map(async (name) => {
      const json: unknown = JSON.parse(await readFile(join(dir, name, 'case.json'), 'utf8'));
      const parsed = fixtureCaseSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${name}/case.json: ${z.prettifyError(parsed.error)}`);
      return { ...parsed.data, name, html: await readFile(join(dir, name, 'page.html'), 'utf8') };
    }),
  );
  return cases;
}

/**
 * Serve the cases at their real URLs inside the browser, with no network: the extension's real
 * match patterns and adapters run as they would on the live sites. Anything else gets a 404.
 */
export async function serveCases(context: BrowserContext, cases: readonly LoadedCase[]): Promise<void> {
  const pages = new Map(cases.map((c) => [new URL(c.url).href, c.html]));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const html = pages.get(new URL(url).href);
    if (html === undefined) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not a bundled sample page.' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}
