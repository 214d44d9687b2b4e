/**
 * One answer shared by several recommendations ("Recommendations 9 and 10: …") is read per
 * recommendation: a sentence whose words are plainly those of another recommendation in the group,
 * and not this one's, does not decide this one.
 */

const STOP = new Set(
  (
    'about above after again against also alongside been before being between both could does done each from further have having here ' +
    'into itself more most must need needs other over same should since some such than that their them then there these they this ' +
    'those through under until very were what when where which while will with within would your ' +
    'government governments committee committees recommend recommends recommended recommendation recommendations response respond ' +
    'report reports department ensure including include provide make work made take welcome welcomes proposal'
  ).split(' '),
);

/** The content words of `text`: lower case, 4+ letters, a plural "s" dropped, common words left out. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z]+/)) {
    if (raw.length < 4 || STOP.has(raw)) continue;
    out.add(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return out;
}

function overlap(words: Set<string>, other: Set<string>): number {
  let n = 0;
  for (const w of words) if (other.has(w)) n++;
  return n;
}

/**
 * True when `sentence` is about one of `others` rather than `own`: it shares at least two content
 * words with another recommendation and more than twice as many as with this one.
 */
export function aboutAnother(sentence: string, own: Set<string>, others: Set<string>[]): boolean {
  if (others.length === 0) return false;
  const words = contentWords(sentence);
  const mine = overlap(words, own);
  let best = 0;
  for (const o of others) best = Math.max(best, overlap(words, o));
  return best >= 2 && best > mine * 2;
}
