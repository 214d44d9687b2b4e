/**
 * The order people count recommendation numbers in: 2 before 10; a sub-item after its parent
 * (`2` < `2a` < `2b` < `3`, `4a` < `4a)i` < `4a)ii`); roman sub-items by value (`(iv)` < `(ix)`);
 * chapter numbers part by part (`8.9` < `8.10`). Anything that is not a number (a saved selection's
 * `sel-…` id) comes after every number, in plain text order.
 */

type Part = { kind: 0; value: number } | { kind: 1; value: string } | { kind: 2; value: number };

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
const ROMAN_RUN = /^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/;

function romanValue(text: string): number | undefined {
  if (!ROMAN_RUN.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const text = new Intl.Collator('en', { sensitivity: 'base' });

/** The parts of a number label, or undefined when it does not start with a digit (or a bracketed sub-item). */
function partsOf(label: string): Part[] | undefined {
  const trimmed = label.trim().toLowerCase();
  if (!/^\(?\d/.test(trimmed) && !/^\([ivxlc]+\)/.test(trimmed) && !/^\([a-z]\)/.test(trimmed)) return undefined;
  const parts: Part[] = [];
  // Digits, or a run of letters; what separates them ( . ) ( - space) only marks a new level.
  const tokens = trimmed.matchAll(/(\d+)|([a-z]+)|(\()/g);
  let bracketed = false;
  for (const match of tokens) {
    if (match[3]) {
      bracketed = true;
      continue;
    }
    if (match[1]) parts.push({ kind: 0, value: Number(match[1]) });
    else if (match[2]) {
      const letters = match[2];
      const previous = parts.at(-1);
      // `i`, `iv`, `ix` are roman where a roman numeral belongs: in brackets, or under a lettered sub-item
      // (`4a)i`); a lone letter straight after a number is a letter (`2i` is the ninth sub-item of 2).
      // Single `l` and `c` are letters (`4(c)` is the third sub-item of 4, not the hundredth).
      const roman = letters.length === 1 && !/[ivx]/.test(letters) ? undefined : romanValue(letters);
      const romanPlace = bracketed || letters.length > 1 || (previous !== undefined && previous.kind !== 0);
      if (roman !== undefined && romanPlace) {
        parts.push({ kind: 2, value: roman });
      } else parts.push({ kind: 1, value: letters });
    }
    bracketed = false;
  }
  return parts;
}

function compareParts(a: Part, b: Part): number {
  if (a.kind !== b.kind) return a.kind - b.kind;
  if (a.kind === 1) return text.compare(a.value, b.value as string);
  return a.value - (b.value as number);
}

/** Compare two recommendation numbers in counting order (see the file comment). */
export function compareRecommendationNumbers(a: string, b: string): number {
  const x = partsOf(a);
  const y = partsOf(b);
  if (!x || !y) {
    if (x) return -1;
    if (y) return 1;
    return text.compare(a, b);
  }
  const length = Math.min(x.length, y.length);
  for (let i = 0; i < length; i++) {
    const order = compareParts(x[i]!, y[i]!);
    if (order !== 0) return order;
  }
  // The parent before its sub-items; equal parts: by the text, so the order is total and stable.
  return x.length - y.length || text.compare(a, b);
}
