import { fromRoman, toRoman } from '../document/numbers';

/**
 * Recommendation numbers with sub-items, as responses write them: "12b", "12(b)", "12 a–c",
 * "12(a)–(c)", "4a)i", "7(a)(iii)", "3, 5 and 7", and a list that goes on with letters only
 * ("12 a–c … d–e": d and e are 12d and 12e). Items are compared in a normal form: the number, then
 * its sub-items without brackets or spaces, lower case ("12b", "7aiii", "6.24").
 */

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;
/** The normal form of one item number: "12(b)" → "12b", "4a)i" → "4ai", " 07 " → "7". */
export function normaliseItem(number: string): string {
  return number
    .trim()
    .toLowerCase()
    .replace(/[\s()[\]]+/g, '')
    .replace(/^0+(?=\d)/, '');
}

/** The leading number of an item: "12b" → "12", "6.24" → "6.24", "7aiii" → "7". */
export function itemBase(item: string): string {
  return /^\d+(?:\.\d+)*/.exec(item)?.[0] ?? item;
}

/** True when `named` (a number some text names) is about `own`: the same item, its whole, or one of its parts. */
export function namesItem(named: string, own: string): boolean {
  if (named === own) return true;
  const ownBase = itemBase(own);
  const namedBase = itemBase(named);
  // "recommendation 12" speaks for 12b; "12b" is part of 12.
  return (named === namedBase && named === ownBase) || (own === ownBase && namedBase === own);
}

/** Sub-item ranges: letters "a–c", romans "i–iii". */
function expandSub(from: string, to: string): string[] {
  if (from.length === 1 && to.length === 1 && /[a-z]/.test(from) && /[a-z]/.test(to) && !(from === 'i' && to !== 'j' && ROMAN.test(to))) {
    const a = from.charCodeAt(0);
    const b = to.charCodeAt(0);
    if (b >= a && b - a < 26) return Array.from({ length: b - a + 1 }, (_, k) => String.fromCharCode(a + k));
  }
  if (ROMAN.test(from) && ROMAN.test(to)) {
    const a = fromRoman(from) ?? 0;
    const b = fromRoman(to) ?? 0;
    if (a > 0 && b >= a && b - a < 30) return Array.from({ length: b - a + 1 }, (_, k) => toRoman(a + k));
  }
  return [from, to];
}

const isSub = (s: string) => /^[a-z]$/.test(s) || (s.length <= 5 && ROMAN.test(s) && s !== '');

/** One token of an item list, read at `lastIndex` (sticky). */
const TOKEN =
  /\s*(?:(\d+(?:\.\d+)*)|\(([a-z]{1,5})\)|([a-z]{1,5})\)|(–|—|-|to(?![a-z]))|(,|and(?![a-z])|&|or(?![a-z]))|([a-z]{1,5})(?![a-z]))/y;

export interface ParsedList {
  items: string[];
  /** Characters of the input read. */
  end: number;
}

/**
 * Read an item list at the start of `text` ("12 a–c", "3, 5 and 7", "d–e", "4(a)(i)"). Stops at the
 * first token that is not part of a list. `base` is the number a list of bare sub-items belongs to.
 */
export function parseItemList(text: string, base?: string): ParsedList {
  const source = text.toLowerCase();
  const items: string[] = [];
  let current = base;
  /** The item being built: number + sub-items read so far. */
  let item: string | undefined;
  /** The last sub-item read, for a range "a–c". */
  let lastSub: string | undefined;
  let lastNumber: string | undefined;
  let pendingRange = false;
  let end = 0;
  let expectItem = true;
  /** The last item completed, for the prefix of a sub-item range. */
  let lastFull: string | undefined;
  TOKEN.lastIndex = 0;
  const flush = () => {
    if (item !== undefined) {
      items.push(item);
      lastFull = item;
    }
    item = undefined;
  };
  for (;;) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) break;
    const [, num, parenSub, closeSub, range, sep, bare] = m;
    if (num !== undefined) {
      if (pendingRange && lastNumber !== undefined && !lastSub && !num.includes('.') && !lastNumber.includes('.')) {
        const a = Number(lastNumber);
        const b = Number(num);
        if (b > a && b - a < 200) for (let n = a + 1; n <= b; n++) items.push(String(n));
        pendingRange = false;
        item = undefined;
        lastNumber = num;
        current = num;
        end = TOKEN.lastIndex;
        expectItem = false;
        continue;
      }
      if (!expectItem && !pendingRange) break;
      flush();
      current = num.replace(/^0+(?=\d)/, '');
      item = current;
      lastNumber = num;
      lastSub = undefined;
      pendingRange = false;
      expectItem = false;
      end = TOKEN.lastIndex;
      continue;
    }
    const sub = parenSub ?? closeSub ?? bare;
    if (sub !== undefined) {
      if (!isSub(sub) || current === undefined) {
        TOKEN.lastIndex = at;
        break;
      }
      if (pendingRange && lastSub !== undefined && lastFull !== undefined) {
        const prefix = lastFull.slice(0, lastFull.length - lastSub.length);
        for (const s of expandSub(lastSub, sub).slice(1)) items.push(`${prefix}${s}`);
        pendingRange = false;
        item = undefined;
        lastFull = `${prefix}${sub}`;
        lastSub = sub;
        end = TOKEN.lastIndex;
        expectItem = false;
        continue;
      }
      if (expectItem) {
        // A bare sub-item after a separator: "12a, b and c", "12 a–c … d–e".
        flush();
        item = `${current}${sub}`;
      } else if (item !== undefined) {
        item = `${item}${sub}`;
      } else {
        TOKEN.lastIndex = at;
        break;
      }
      lastSub = sub;
      expectItem = false;
      end = TOKEN.lastIndex;
      continue;
    }
    if (range !== undefined) {
      if (expectItem) break;
      flush();
      if (lastSub === undefined && lastNumber !== undefined) items.push(current ?? lastNumber);
      pendingRange = true;
      expectItem = true;
      continue;
    }
    if (sep !== undefined) {
      if (expectItem) break;
      flush();
      lastSub = undefined;
      expectItem = true;
      continue;
    }
    break;
  }
  if (!pendingRange) flush();
  // A range whose start was pushed as an item: the range end completes it; de-duplicate.
  return { items: [...new Set(items)], end };
}
