/**
 * Whose verdict is it? A response may report other governments' positions: "The Scottish Government
 * accepts in principle" in a UK response, "State and territory governments have agreed in principle"
 * in an Australian one. Only the answering government's verdict counts.
 *
 * `subjectOf` finds the government named as the subject just before a verdict; `category` sorts it:
 * `generic` ("the Government", "we", none named), `national` (UK, HM, Australian, Commonwealth,
 * Federal, Canadian, New Zealand…) or the name of another government ("scottish", "welsh",
 * "state and territory", "queensland"…).
 */

/** "the Scottish Government", "State and territory governments", "the Northern Ireland Executive", "devolved administrations", "the states and territories". */
const GOVERNMENT =
  /(?:\b((?:(?:[A-Z][\w'’-]*|state|territory|devolved|provincial|local|other|all)\s+(?:and\s+)?){1,4})?(?:[Gg]overnments?|Executive|[Aa]dministrations?|Ministers)\b|\b(?:[Tt]he\s+)?(states\s+and\s+territories|jurisdictions)\b)/g;
const NATIONAL =
  /\b(?:uk|united\s+kingdom|hm|his\s+majesty['’]s|her\s+majesty['’]s|british|australian|commonwealth|federal|canadian|canada|new\s+zealand|national|irish|scottish\s+and\s+uk)\b/;
const FILLER_WORDS = /^(?:the|this|that|our|and|all)$/;

export type GovernmentCategory = 'generic' | 'national' | string;

export function category(qualifier: string): GovernmentCategory {
  const words = qualifier
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '' && !FILLER_WORDS.test(w));
  if (words.length === 0) return 'generic';
  const q = words.join(' ');
  if (/^(?:the\s+)?(?:minister|secretary)/.test(q)) return 'generic';
  if (NATIONAL.test(q)) return 'national';
  return q;
}

/**
 * The government named as the subject of the clause that ends at `before`'s end, if any: the last
 * government named in the clause, when only a few words stand between it and the verdict.
 */
export function subjectOf(before: string): GovernmentCategory {
  const clauseStart = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.search(/,\s*(?:but|however|while|whilst|whereas)\b[^,]*$/i),
  );
  const clause = before.slice(clauseStart + 1).slice(-120);
  let first: RegExpExecArray | undefined;
  let last: RegExpExecArray | undefined;
  GOVERNMENT.lastIndex = 0;
  for (let m = GOVERNMENT.exec(clause); m; m = GOVERNMENT.exec(clause)) {
    first ??= m;
    last = m;
  }
  if (!first || !last) return 'generic';
  const wordsIn = (s: string) => s.split(/\s+/).filter((w) => w !== '').length;
  // The subject opens the clause ("The Government has worked with the Scottish Government and supports…")…
  let subject: RegExpExecArray | undefined = wordsIn(clause.slice(0, first.index)) <= 3 ? first : undefined;
  // …or stands just before the verdict ("…, and State and territory governments have agreed").
  if (!subject && wordsIn(clause.slice(last.index + last[0].length)) <= 4) subject = last;
  if (!subject) return 'generic';
  return subject[2] !== undefined ? category(subject[2]) : category(subject[1] ?? '');
}
