/*
 * Numbers as committees print them: roman numerals, numbers spelled out in words.
 */

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function toRoman(value: number): string {
  const parts: [number, string][] = [
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = value;
  for (const [size, letters] of parts) {
    while (rest >= size) {
      out += letters;
      rest -= size;
    }
  }
  return out;
}

/** "xiv" → 14; undefined unless written the usual way. */
export function fromRoman(numeral: string): number | undefined {
  const lower = numeral.toLowerCase();
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = ROMAN_VALUES[lower[i]!];
    const next = ROMAN_VALUES[lower[i + 1] ?? ''] ?? 0;
    if (value === undefined) return undefined;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === lower ? total : undefined;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((word, value) => [word, value] as const),
  ...TEENS.map((word, index) => [word, 10 + index] as const),
  ...TENS.flatMap((word, index) => (word ? [[word, index * 10] as const] : [])),
]);

/** One to ninety-nine spelled out, as a pattern (for labels such as "Recommendation Twenty Two"). */
export const SPELLED_NUMBER = String.raw`(?:(?:${TENS.filter(Boolean).join('|')})(?:[\s-]+(?:${UNITS.slice(1).join('|')}))?|${TEENS.join('|')}|${UNITS.slice(1).join('|')})(?![a-z])`;

/** "Twenty Two", "twenty-two", "Seven" → 22, 22, 7; anything else undefined. */
export function fromSpelled(words: string): number | undefined {
  const parts = words
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (!parts.length || parts.length > 2) return undefined;
  const values = parts.map((part) => WORD_VALUES.get(part));
  if (values.some((value) => value === undefined)) return undefined;
  const [first, second] = values as number[];
  if (second === undefined) return first! > 0 ? first : undefined;
  return first! >= 20 && first! % 10 === 0 && second > 0 && second < 10 ? first! + second : undefined;
}
