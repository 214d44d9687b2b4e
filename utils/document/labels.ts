import { SPELLED_NUMBER, fromRoman, fromSpelled } from './numbers';

/*
 * The label a block of text starts with, parsed once: "7.", "(iv)", "8.1", "2a", "4a)i",
 * "Recommendation 7:", "Recommendation Twenty Two", "Conclusion and recommendation 3", "R3",
 * "Recommendations 3, 5 and 7". What follows the label is the block's own text.
 */

/** How a label counts: `order` compares labels of one style. */
export type LabelStyle = 'arabic' | 'roman' | 'letter' | 'chapter' | 'sub';

export interface Label {
  /** As printed, without wrapping punctuation: "7", "iv", "8.1", "2a", "4a)i". */
  number: string;
  style: LabelStyle;
  /** Position in its sequence: [n] (arabic, roman, letter), [chapter, n], [n, letter, roman]. */
  order: number[];
  /** A word names the item: "Recommendation 7", "Conclusion 3", "R3". */
  named?: 'recommendation' | 'conclusion';
  /** Every number a word label names ("Recommendations 3–5" → 3, 4, 5); one entry otherwise. */
  numbers: string[];
  /** What separates the label from the text: ".", ")", ":", "-", or "" for none. */
  sep: string;
  /** The text after the label. */
  rest: string;
}

const ROMAN_SUB = String.raw`(?:viii|vii|iii|ii|iv|vi|ix|i|v|x)`;
/** "7", "8.1", "2a", "2(a)", "4a)i", "4(a)(ii)" (case-sensitive: the letter is lower case). */
const NUMBER_TOKEN = String.raw`\d{1,3}(?:\.\d{1,3})?(?:\s?(?:\([a-z]\)|[a-z](?:\)(?=${ROMAN_SUB}(?![a-zA-Z]))|\)?(?![a-zA-Z])))(?:\s?\(?${ROMAN_SUB}\)?(?![a-zA-Z]))?)?`;
const NUMBER_LIST = new RegExp(String.raw`^(${NUMBER_TOKEN}(?:\s*(?:,|&|and|to|[–—-])\s*${NUMBER_TOKEN})*)(?![\d.]*\d)`);
const WORD = /^(?:(?:conclusions?|findings?)\s+and\s+)?(recommendations?|recs?\.?|conclusions?)\s*(?:no\.?\s*|number\s+)?/i;
const SPELLED = new RegExp(String.raw`^(${SPELLED_NUMBER})\b`, 'i');
/** "Recommendation vi", "Recommendation (iv)". */
const NAMED_ROMAN = /^\(?([ivxlc]{1,7}|[IVXLC]{1,7})\)?(?![a-zA-Z])/;
const R_LABEL = /^R\s?(\d{1,3}[a-z]?)(?=[\s.:–—-]|$)/;
const PARAGRAPH_AFTER_LABEL = /^\(\s*paras?(?:graphs?)?\.?\s+[^)]*\)\s*/i;
const SEPARATOR = /^\s*([.:–—-]|\))?\s*/;

const CHAPTER = /^(\d{1,2})\.(\d{1,3})\.?(?=\s|$)/;
const SUB = new RegExp(String.raw`^(\d{1,3})\s?(?:\(([a-z])\)|([a-z])\)?)(?:\s?\(?(${ROMAN_SUB})\)?)?(?=[\s.:–—-]|$)`);
const ARABIC = /^(\d{1,3})(?:(\.)(?!\d)|(\))|(:))?(?=\s|$|(?<=[.)])[A-Z“"‘'])/;
const ROMAN = /^(?:\(([ivxlc]{1,7})\)|([ivxlc]{1,7})[.)](?=\s)|([IVXLC]{1,7})[.)](?=\s))/;
/** A numeral alone in its block (its own cell, heading or span): "iv", "IX". */
const ROMAN_ALONE = /^(?:([ivxlc]{1,7})|([IVXLC]{1,7}))[.)]?$/;
/** A single "(c)" or "(l)" is a lettered paragraph, not item 100 or 50. */
const LETTER_NOT_ROMAN = /^[cl]$/;
const LETTER = /^(?:\(([a-z])\)|([a-z])[.)](?=\s))/;

function letterValue(letter: string): number {
  return letter.charCodeAt(0) - 96;
}

/** "2a", "4a)i", "4(a)(ii)", "7" → order [n, letter, roman]. */
function tokenOrder(token: string): { style: LabelStyle; order: number[] } | undefined {
  const chapter = /^(\d{1,2})\.(\d{1,3})$/.exec(token);
  if (chapter) return { style: 'chapter', order: [Number(chapter[1]), Number(chapter[2])] };
  const sub = new RegExp(String.raw`^(\d{1,3})\s?\(?([a-z])?\)?\s?\(?(${ROMAN_SUB})?\)?$`).exec(token);
  if (!sub) return undefined;
  if (!sub[2] && !sub[3]) return { style: 'arabic', order: [Number(sub[1])] };
  return { style: 'sub', order: [Number(sub[1]), sub[2] ? letterValue(sub[2]) : 0, sub[3] ? (fromRoman(sub[3]) ?? 0) : 0] };
}

/** A printed number without its wrapping punctuation: "(iv)" → "iv", "2a)" → "2a", "4(a)(i)" stays. */
function cleanNumber(printed: string): string {
  let out = printed.replace(/\s+/g, '');
  if (out.startsWith('(') && out.endsWith(')') && !out.slice(1, -1).includes('(')) out = out.slice(1, -1);
  const opens = (out.match(/\(/g) ?? []).length;
  const closes = (out.match(/\)/g) ?? []).length;
  if (out.endsWith(')') && closes > opens && !/[a-z]\)[ivx]+\)$/.test(out)) out = out.slice(0, -1);
  else if (/[a-z]\)[ivx]+\)$/.test(out)) out = out.slice(0, -1);
  return out.replace(/[.:]$/, '');
}

/** "3, 5 and 7", "3–5", "3 to 5" → the numbers they name; long ranges name only their ends. */
function expandList(list: string): string[] {
  const out: string[] = [];
  const parts = list.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean);
  for (const part of parts) {
    // "1a to 1c", "12 a–c": the lettered parts of one recommendation.
    const letters = /^(\d{1,3})\s?([a-z])\s*(?:[–—-]|to)\s*(?:\1\s?)?([a-z])$/.exec(part.trim());
    if (letters && letters[3]! > letters[2]! && letterValue(letters[3]!) - letterValue(letters[2]!) <= 12) {
      for (let c = letterValue(letters[2]!); c <= letterValue(letters[3]!); c++) out.push(`${letters[1]}${String.fromCharCode(96 + c)}`);
      continue;
    }
    const range = /^(\d{1,3})\s*(?:[–—-]|to)\s*(\d{1,3})$/.exec(part.trim());
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (to > from && to - from <= 30) for (let n = from; n <= to; n++) out.push(String(n));
      else out.push(String(from), String(to));
      continue;
    }
    for (const piece of part.split(/\s*(?:[–—-]|\bto\b)\s*/)) if (piece) out.push(cleanNumber(piece));
  }
  return out;
}

function afterSeparator(text: string): { sep: string; rest: string } {
  const match = SEPARATOR.exec(text)!;
  return { sep: match[1] ?? '', rest: text.slice(match[0].length) };
}

/** "Recommendation 7: …", "Recommendations 3 and 4", "Recommendation Twenty Two", "R3 …". */
function namedLabel(text: string): Label | undefined {
  const word = WORD.exec(text);
  if (word) {
    const named = /^conclusions?$/i.test(word[1] ?? '') && !/\band\b/i.test(word[0]) ? 'conclusion' : 'recommendation';
    let after = text.slice(word[0].length);
    let numbers: string[];
    let first: string;
    const list = NUMBER_LIST.exec(after);
    const spelled = list ? null : SPELLED.exec(after);
    const roman = list || spelled ? null : NAMED_ROMAN.exec(after);
    if (roman) {
      const numeral = (roman[1] ?? '').toLowerCase();
      const value = LETTER_NOT_ROMAN.test(numeral) ? undefined : fromRoman(numeral);
      if (value === undefined) return undefined;
      const { sep, rest } = afterSeparator(after.slice(roman[0].length));
      return { number: numeral, style: 'roman', order: [value], named, numbers: [numeral], sep, rest };
    }
    if (list) {
      numbers = expandList(list[1]!);
      first = numbers[0] ?? '';
      after = after.slice(list[0].length);
    } else if (spelled) {
      const value = fromSpelled(spelled[1]!);
      if (value === undefined) return undefined;
      first = String(value);
      numbers = [first];
      after = after.slice(spelled[0].length);
    } else return undefined;
    const shape = tokenOrder(first);
    if (!shape || !numbers.length) return undefined;
    after = after.replace(PARAGRAPH_AFTER_LABEL, '');
    // "Recommendation 3 is addressed below", "Recommendation 6 (above) covers this" are prose about a
    // recommendation, not labels: a label ends, or is followed by a separator or a new sentence.
    if (after.trim() && !/^\s*[.:–—-]|^\s*\)|^\s+[A-Z“"‘'\d]/.test(after)) return undefined;
    const { sep, rest } = afterSeparator(after);
    return { number: first, style: shape.style, order: shape.order, named, numbers, sep, rest };
  }
  const r = R_LABEL.exec(text);
  if (r) {
    const shape = tokenOrder(r[1]!);
    if (!shape) return undefined;
    const { sep, rest } = afterSeparator(text.slice(r[0].length));
    return { number: r[1]!, style: shape.style, order: shape.order, named: 'recommendation', numbers: [r[1]!], sep, rest };
  }
  return undefined;
}

/** A number alone or at the start of a block: "7.", "7)", "(iv)", "8.1", "2a", "4a)i", "(b)". */
function bareLabel(text: string): Label | undefined {
  const chapter = CHAPTER.exec(text);
  if (chapter) {
    const number = `${chapter[1]}.${chapter[2]}`;
    const { rest } = afterSeparator(text.slice(chapter[0].length));
    return { number, style: 'chapter', order: [Number(chapter[1]), Number(chapter[2])], numbers: [number], sep: '.', rest };
  }
  const sub = SUB.exec(text);
  if (sub) {
    const number = cleanNumber(sub[0]);
    const letter = sub[2] ?? sub[3] ?? 'a';
    const roman = sub[4] ? (fromRoman(sub[4]) ?? 0) : 0;
    const { sep, rest } = afterSeparator(text.slice(sub[0].length));
    return { number, style: 'sub', order: [Number(sub[1]), letterValue(letter), roman], numbers: [number], sep, rest };
  }
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const sep = arabic[2] ?? arabic[3] ?? arabic[4] ?? '';
    const rest = text.slice(arabic[0].length).trim();
    return { number: arabic[1]!, style: 'arabic', order: [Number(arabic[1])], numbers: [arabic[1]!], sep, rest };
  }
  const roman = ROMAN.exec(text) ?? ROMAN_ALONE.exec(text);
  if (roman) {
    const numeral = (roman[1] ?? roman[2] ?? roman[3] ?? '').toLowerCase();
    const value = LETTER_NOT_ROMAN.test(numeral) ? undefined : fromRoman(numeral);
    if (value !== undefined) {
      const rest = text.slice(roman[0].length).trim();
      return { number: numeral, style: 'roman', order: [value], numbers: [numeral], sep: ')', rest };
    }
  }
  const letter = LETTER.exec(text);
  if (letter) {
    const value = letter[1] ?? letter[2] ?? '';
    const rest = text.slice(letter[0].length).trim();
    return { number: value, style: 'letter', order: [letterValue(value)], numbers: [value], sep: ')', rest };
  }
  return undefined;
}

/**
 * The label `text` (whitespace already collapsed) starts with, if any. A paragraph number before a
 * word label ("1. Recommendation 1. The Secretary…") gives the word label: it names the item.
 */
export function parseLabel(text: string): Label | undefined {
  const named = namedLabel(text);
  if (named) return named;
  const bare = bareLabel(text);
  if (bare && bare.rest) {
    const inner = namedLabel(bare.rest);
    if (inner) return inner;
  }
  return bare;
}

/** Compare two labels' order within one style: negative when `a` comes first. */
export function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff) return diff;
  }
  return 0;
}
