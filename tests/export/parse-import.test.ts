import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exportCslJson } from '@/utils/export/csl-json';
import { exportCsv } from '@/utils/export/csv';
import { exportJson, libraryFile } from '@/utils/export/json';
import { MAX_IMPORT_BYTES, parseImport, type ImportErrorCode } from '@/utils/import/parse-import';
import { HOSTILE_NOTE, HOSTILE_TEXT, NOW, SAMPLE_ITEMS } from './sample-library';

const GOLDEN_JSON = readFileSync(join(__dirname, '..', 'fixtures', 'export', 'committee-lens-2026-11-25.json'), 'utf8');

/** The sample library as a plain object, to spoil one field at a time. */
function libraryData(): Record<string, unknown> & { items: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(libraryFile(SAMPLE_ITEMS, NOW))) as Record<string, unknown> & { items: Record<string, unknown>[] };
}

function spoiled(change: (data: ReturnType<typeof libraryData>) => void): string {
  const data = libraryData();
  change(data);
  return JSON.stringify(data);
}

describe('parseImport: good files', () => {
  it('reads the golden JSON export back to exactly the items exported', () => {
    const result = parseImport(GOLDEN_JSON);
    // Every item, exactly; in counting order by report (the export's order).
    const byKey = (items: readonly { key: string }[]) => [...items].sort((a, b) => a.key.localeCompare(b.key));
    expect(result.ok && byKey(result.file.items)).toStrictEqual(byKey(SAMPLE_ITEMS));
    expect(result.ok && result.file.items.map((item) => item.number)).toEqual(['2', '5', '7', '1', '3']);
    expect(result.ok && result.file.exportedAt).toBe('2026-11-25T12:00:00.000Z');
  });

  it('round-trips an export exactly', () => {
    const result = parseImport(exportJson(SAMPLE_ITEMS, { now: NOW }).content);
    expect(result).toStrictEqual({ ok: true, file: libraryFile(SAMPLE_ITEMS, NOW) });
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parseImport(`\uFEFF${GOLDEN_JSON}`).ok).toBe(true);
  });

  it('keeps hostile text exactly as plain text', () => {
    const result = parseImport(GOLDEN_JSON);
    const hostile = result.ok ? result.file.items[4] : undefined;
    expect(hostile?.text).toBe(HOSTILE_TEXT);
    expect(hostile?.note).toBe(HOSTILE_NOTE);
    expect(hostile?.tags).toEqual(["=cmd|' /C calc'!A0", 'transport']);
  });

  it('drops fields that are not part of a saved item', () => {
    const result = parseImport(
      spoiled((data) => {
        data.items[0] = { ...data.items[0], injected: '<script>alert(1)</script>' };
      }),
    );
    expect(result.ok && Object.keys(result.file.items[0]!)).not.toContain('injected');
  });

  it('reads an empty library', () => {
    expect(parseImport(exportJson([], { now: NOW }).content)).toStrictEqual({ ok: true, file: libraryFile([], NOW) });
  });
});

describe('parseImport: bad files', () => {
  it.each<[string, string, ImportErrorCode, string, number?]>([
    ['empty', '', 'empty', 'This file is empty.'],
    ['only spaces', ' \n\t', 'empty', 'This file is empty.'],
    ['not JSON', 'hello', 'not-json', 'This is not a JSON file: it should start with “{” but starts with “h” (line 1, column 1).'],
    ['a CSV export', exportCsv(SAMPLE_ITEMS, { now: NOW }).content, 'not-json', 'starts with “R”'],
    ['a syntax error', '{\n  "format": "committee-lens",\n  oops\n}', 'not-json', 'there is a mistake in it at line 3, column 3.'],
    [
      'JSON but not an object',
      '42',
      'wrong-format',
      'This is not a Committee Lens library file: it has no "format": "committee-lens" field.',
    ],
    ['another JSON file', '{"name": "my-package", "version": "1.0.0"}', 'wrong-format', 'no "format": "committee-lens" field'],
    ['a CSL-JSON export', exportCslJson(SAMPLE_ITEMS, { now: NOW }).content, 'wrong-format', 'it holds a list'],
    [
      'a newer version',
      spoiled((data) => {
        data.version = 2;
        data.items = [{ shape: 'unknown to version 1' }];
      }),
      'newer-version',
      'This file was made by a newer version of Committee Lens (version 2); this version reads version 1. Update the extension, then import it again.',
    ],
    ['no version', spoiled((data) => delete data.version), 'invalid', 'unknown version (none); this version reads version 1.'],
    ['version as text', spoiled((data) => (data.version = '1')), 'invalid', 'unknown version ("1")'],
    [
      'cut off in the middle',
      GOLDEN_JSON.slice(0, Math.floor(GOLDEN_JSON.length / 2)),
      'truncated',
      'This file is cut off: it stops in the middle of the data',
    ],
    ['cut off in a string', '{"format": "committee-lens", "version": 1, "items": [{"key": "comm', 'truncated', 'line 1, column 66'],
    ['cut off after a number', '{"format": "committee-lens", "version": 1', 'truncated', 'cut off'],
    ['missing its last brace', GOLDEN_JSON.trimEnd().slice(0, -1), 'truncated', 'cut off'],
    ['over the size limit', GOLDEN_JSON, 'too-large', 'This file is 107 kB; Committee Lens imports library files up to 1000 bytes.', 1000],
    [
      'an invalid status',
      spoiled((data) => ((data.items[3]!.reading as Record<string, unknown>).status = 'maybe')),
      'invalid',
      'Nothing was imported: this library file has problems.\nItem 4 (recommendation 1): its status “maybe” is not one of “accepted”, “partially-accepted”, “rejected”, “noted”, “no-response”, “pending”.',
    ],
    ['a missing note', spoiled((data) => delete data.items[0]!.note), 'invalid', 'Item 1 (recommendation 2): its note is missing.'],
    [
      'a page address that is not a URL',
      spoiled((data) => (data.items[1]!.pageUrl = 'not a url')),
      'invalid',
      'Item 2 (recommendation 5): its page address is not a web address (http or https).',
    ],
    ['a bad export time', spoiled((data) => (data.exportedAt = 'yesterday')), 'invalid', 'The file’s export time is not a valid date.'],
    [
      'items that are not a list',
      spoiled((data) => ((data as Record<string, unknown>).items = 'all of them')),
      'invalid',
      'The file’s list of items should be a list.',
    ],
    [
      'many problems',
      spoiled((data) => data.items.forEach((item) => ((item.key = ''), (item.tags = 'none')))),
      'invalid',
      'Item 1 (recommendation 2): its key is empty; its tags should be a list.\nItem 2 (recommendation 5): its key is empty; its tags should be a list.',
    ],
  ])('%s', (_name, text, code, message, maxBytes) => {
    const result = parseImport(text, maxBytes === undefined ? {} : { maxBytes });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(message);
  });

  it('lists five items, then counts the rest', () => {
    const result = parseImport(
      spoiled((data) => {
        data.items = Array.from({ length: 8 }, () => ({ ...data.items[0]!, key: '' }));
      }),
    );
    expect(!result.ok && result.error.message).toMatch(
      /Item 5 \(recommendation 2\): its key is empty\.\nAnd 3 more items with problems\.$/,
    );
  });

  it('counts from one and names the item by its number (not the validator’s words)', () => {
    const result = parseImport(
      spoiled((data) => {
        data.items = Array.from({ length: 20 }, (_, i) => ({ ...data.items[0]!, key: `r#${i + 1}`, number: String(i + 1) }));
        data.items[19]!.key = 'commons/5803/cmjust/HC304#7';
        delete data.items[19]!.number;
      }),
    );
    expect(!result.ok && result.error.message).toBe(
      'Nothing was imported: this library file has problems.\nItem 20 (recommendation 7): its number is missing.',
    );
    expect(!result.ok && result.error.message).not.toMatch(/items\[|Invalid input|expected/);
  });

  it('refuses a file over 50 MB before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseImport(`{"format": "committee-lens", "items": ["${'x'.repeat(MAX_IMPORT_BYTES)}"]}`);
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
    expect(result).toStrictEqual({
      ok: false,
      error: { code: 'too-large', message: 'This file is 50 MB; Committee Lens imports library files up to 50 MB.' },
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it.each([
    'null',
    'true',
    '"text"',
    '[]',
    '{}',
    '{"format": "committee-lens"}',
    '{"format": "committee-lens", "version": 1}',
    '\u0000',
    '{"a":',
  ])('answers %j without throwing', (text) => {
    expect(parseImport(text).ok).toBe(false);
  });
});
