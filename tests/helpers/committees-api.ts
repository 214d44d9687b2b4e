import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Recorded-shape replies of the Committees API, one folder per case (tests/fixtures/committees-api/<case>/). */
export const API_FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/committees-api');

/**
 * Which fixture file answers a request of the API, by endpoint: the list (`publications.json`; a
 * later page `publications-skip30.json`; a committee's list `publications-committee.json`) and one
 * publication (`publication-<id>.json`). A file named `<name>.http-<status>.json` answers with that
 * status. No file: 404, as the API answers an unknown id.
 */
export function apiFixtureReply(caseName: string, pathAndQuery: string): { status: number; body: string } {
  const url = new URL(pathAndQuery, 'https://committees-api.parliament.uk');
  let name: string | undefined;
  const one = /^\/api\/Publications\/(\d+)$/.exec(url.pathname);
  if (one) name = `publication-${one[1]}`;
  else if (url.pathname === '/api/Publications') {
    const skip = Number(url.searchParams.get('Skip') ?? '0');
    name = url.searchParams.has('CommitteeId') ? 'publications-committee' : skip > 0 ? `publications-skip${skip}` : 'publications';
  }
  const notFound = { status: 404, body: JSON.stringify({ title: 'Not Found', status: 404 }) };
  if (!name) return notFound;
  const dir = join(API_FIXTURES_DIR, caseName);
  for (const status of [200, 500, 503, 400]) {
    const file = join(dir, status === 200 ? `${name}.json` : `${name}.http-${status}.json`);
    if (existsSync(file)) return { status, body: readFileSync(file, 'utf8') };
  }
  return notFound;
}
