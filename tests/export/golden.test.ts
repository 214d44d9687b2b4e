import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORT_KINDS, exportFilename, exportFormat, type ExportKind } from '@/utils/export';
import { savedItemSchema } from '@/utils/model/model';
import { NOW, SAMPLE_ITEMS } from './sample-library';

/**
 * Golden files: every export format run over SAMPLE_ITEMS, compared byte for byte with
 * tests/fixtures/export/<file name>. After a deliberate change, rewrite them with
 * `UPDATE_GOLDEN=1 npx vitest run tests/export/golden.test.ts`, then read the diff.
 */
const GOLDEN_DIR = join(__dirname, '..', 'fixtures', 'export');

describe('export golden files', () => {
  it('are made from valid saved items', () => {
    for (const item of SAMPLE_ITEMS) expect(savedItemSchema.parse(item)).toEqual(item);
  });

  it.each(EXPORT_FORMATS.map((format) => [format.kind, format] as const))('%s matches its golden file', (kind, format) => {
    const file = format.run(SAMPLE_ITEMS, { now: NOW });
    expect(file.filename).toBe(exportFilename(kind, NOW));
    const path = join(GOLDEN_DIR, file.filename);
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, file.content);
    expect(existsSync(path), `missing golden file ${path}`).toBe(true);
    const golden = readFileSync(path);
    expect(Buffer.from(file.content, 'utf8').equals(golden), `${file.filename} differs from its golden file`).toBe(true);
  });

  it.each(EXPORT_FORMATS.map((format) => [format.kind, format] as const))('%s gives the same bytes on every run', (_kind, format) => {
    expect(format.run(SAMPLE_ITEMS, { now: NOW })).toEqual(format.run([...SAMPLE_ITEMS], { now: NOW }));
  });

  it.each(EXPORT_FORMATS.map((format) => [format.kind, format] as const))(
    '%s exports an empty library without failing',
    (_kind, format) => {
      expect(format.run([], { now: NOW }).content).toBeTypeOf('string');
    },
  );

  it('lists every kind exactly once', () => {
    expect(EXPORT_FORMATS.map((format) => format.kind).sort()).toEqual([...EXPORT_KINDS].sort());
    for (const kind of EXPORT_KINDS) expect(exportFormat(kind).kind).toBe(kind);
  });
});

describe('exportFilename', () => {
  it.each<[string, ExportKind, number]>([
    ['committee-lens-2026-11-25.csv', 'csv', NOW],
    ['committee-lens-2026-11-25.json', 'json', NOW],
    ['committee-lens-2026-11-25.md', 'markdown', NOW],
    ['committee-lens-2026-11-25.ris', 'ris', NOW],
    ['committee-lens-2026-11-25.csl.json', 'csl-json', NOW],
    ['committee-lens-2027-01-01.csv', 'csv', Date.UTC(2027, 0, 1, 0, 0, 0)],
    ['committee-lens-export.csv', 'csv', Number.NaN],
  ])('%s', (expected, kind, now) => {
    expect(exportFilename(kind, now)).toBe(expected);
  });
});
