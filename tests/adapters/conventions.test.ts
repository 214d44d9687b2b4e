// @vitest-environment happy-dom
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter } from '@/utils/adapters';
import { loadCases } from '../../scripts/lib/fixture-cases';

/*
 * Adding a parliament is one adapter file, its fixtures and its tests (STYLE.md): each file in
 * utils/adapters/ is registered, named by its id, lists the real pages it was written against,
 * owns at least one fixture case, and has a test file.
 */
const DIR = join(import.meta.dirname, '../../utils/adapters');
const FILES = readdirSync(DIR)
  .filter((file) => file.endsWith('.ts') && file !== 'adapter.ts' && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''));
const cases = await loadCases();
const owners = new Set(cases.map((c) => pickAdapter(new URL(c.url), new DOMParser().parseFromString(c.html, 'text/html'))?.id));

describe('adapter conventions', () => {
  it.each(FILES)('%s is registered under its file name', (id) => {
    expect(ADAPTERS.map((adapter) => adapter.id)).toContain(id);
  });

  it.each(FILES)('%s lists the real pages it was written against', (id) => {
    expect(readFileSync(join(DIR, `${id}.ts`), 'utf8')).toMatch(/\/\/ Pages:\n\/\/ https?:\/\//);
  });

  it.each(FILES)('%s reads at least one fixture case', (id) => {
    expect(owners.has(id)).toBe(true);
  });

  it.each(FILES)('%s has its own tests', (id) => {
    expect(existsSync(join(import.meta.dirname, `${id}.test.ts`))).toBe(true);
  });

  it('has no registered adapter without a file', () => {
    expect(ADAPTERS.map((adapter) => adapter.id).sort()).toEqual([...FILES].sort());
  });
});
