import { describeImportIssues } from './describe-issues';
import { LIBRARY_FORMAT, LIBRARY_VERSION, libraryFileSchema, type LibraryFile } from '../export/json';

/**
 * Files over this many characters are refused before parsing (50 MB of ASCII). The caller reading a
 * `File` should also refuse `file.size > MAX_IMPORT_BYTES` before calling `file.text()`.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportErrorCode = 'too-large' | 'empty' | 'not-json' | 'truncated' | 'wrong-format' | 'newer-version' | 'invalid';

export type ImportResult = { ok: true; file: LibraryFile } | { ok: false; error: { code: ImportErrorCode; message: string } };

function fail(code: ImportErrorCode, message: string): ImportResult {
  return { ok: false, error: { code, message } };
}

function size(n: number): string {
  const MB = 1024 * 1024;
  if (n >= MB) return `${(n / MB).toFixed(n < 10 * MB ? 1 : 0)} MB`;
  return n >= 1024 ? `${Math.round(n / 1024)} kB` : `${n} bytes`;
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** Where JSON.parse stopped, from its message: V8 says "position N", Firefox "line L column C". */
function errorOffset(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (!lineColumn) return undefined;
  const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1);
  return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
}

/** True when the text stops inside a string, object or array: a cut-off file rather than a wrong one. */
function endsUnfinished(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) depth++;
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return inString || depth > 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Read a Committee Lens library file (the JSON export) and check all of it before anything is
 * written. Never throws: a wrong, cut-off, newer or oversized file gives a message saying what is
 * wrong and where.
 */
export function parseImport(text: string, options: { maxBytes?: number } = {}): ImportResult {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (text.length > maxBytes) {
    return fail('too-large', `This file is ${size(text.length)}; Committee Lens imports library files up to ${size(maxBytes)}.`);
  }
  const body = text.replace(/^\uFEFF/, '');
  const start = body.search(/\S/);
  if (start < 0) return fail('empty', 'This file is empty.');

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const first = String.fromCodePoint(body.codePointAt(start) ?? 0);
    if (first !== '{' && first !== '[') {
      return fail(
        'not-json',
        `This is not a JSON file: it should start with “{” but starts with “${first}” (${lineAndColumn(body, start)}).`,
      );
    }
    const offset = errorOffset(body, error);
    const end = body.trimEnd().length;
    if (endsUnfinished(body) && (offset === undefined || offset >= end - 1)) {
      return fail(
        'truncated',
        `This file is cut off: it stops in the middle of the data, after ${lineAndColumn(body, end - 1)}. It may not have finished downloading or saving; export it again.`,
      );
    }
    const where = offset === undefined ? '' : ` at ${lineAndColumn(body, Math.min(offset, body.length))}`;
    return fail('not-json', `This is not a valid JSON file: there is a mistake in it${where}.`);
  }

  if (!isRecord(data) || data.format !== LIBRARY_FORMAT) {
    return fail(
      'wrong-format',
      Array.isArray(data)
        ? 'This is not a Committee Lens library file: it holds a list (a CSL-JSON export, perhaps). Import a file made with “Committee Lens library (JSON)”.'
        : `This is not a Committee Lens library file: it has no "format": "${LIBRARY_FORMAT}" field.`,
    );
  }
  const version = data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > LIBRARY_VERSION) {
    return fail(
      'newer-version',
      `This file was made by a newer version of Committee Lens (version ${version}); this version reads version ${LIBRARY_VERSION}. Update the extension, then import it again.`,
    );
  }
  if (version !== LIBRARY_VERSION) {
    const shown = version === undefined ? 'none' : JSON.stringify(version).slice(0, 40);
    return fail('invalid', `This library file has an unknown version (${shown}); this version reads version ${LIBRARY_VERSION}.`);
  }

  const parsed = libraryFileSchema.safeParse(data);
  if (!parsed.success) {
    return fail('invalid', `Nothing was imported: this library file has problems.\n${describeImportIssues(parsed.error.issues, data)}`);
  }
  return { ok: true, file: parsed.data };
}
