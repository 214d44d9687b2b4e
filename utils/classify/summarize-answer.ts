import { collapseWhitespace, type Sentence } from './sentences';

/** The summary's length limit, in words (an ellipsis may follow a cut). */
export const SUMMARY_MAX_WORDS = 45;
export const ELLIPSIS = '…';

/** Courtesies and scene-setting that make a poor second sentence. */
const COURTESY =
  /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:the\s+\w+\s+)?(?:government|we|it|department|ministry)?\s*(?:(?:is|are)\s+)?(?:welcome[sd]?|acknowledge[sd]?|grateful|thanks?|recognis(?:e|es)|appreciates?|pleased|note[sd]?\s+that)\b/i;
/**
 * Text that ends as a sentence ends (closing quotes and brackets allowed). Not a colon: "Response:"
 * introduces the sentence after it, so joined to a later one it needs the ellipsis.
 */
const ENDS_SENTENCE = /[.!?;]["”’')\]]*$/;
/** Sentences that give an action or a reason. */
const ACTION_OR_REASON = /\b(?:will|shall|has|have|had|is|are|was|were|because|since|given|as\s+such|through|by)\b/i;

function words(text: string): string[] {
  return collapseWhitespace(text)
    .split(' ')
    .filter((w) => w !== '');
}

/** `text` cut to at most `max` words at a word boundary, with an ellipsis when cut. */
function cut(text: string, max: number): string {
  const w = words(text);
  if (w.length <= max) return w.join(' ');
  return `${w
    .slice(0, max)
    .join(' ')
    .replace(/[,;:–—-]+$/, '')}${ELLIPSIS}`;
}

/**
 * An extractive summary: the verdict sentence, plus — if there is room within SUMMARY_MAX_WORDS —
 * the sentence giving the main action or reason. Only the answer's own words, whitespace collapsed;
 * a sentence too long for the limit is cut at a word boundary and ends with "…".
 */
export function summarizeAnswer(sentences: Sentence[], verdictIndex: number): string {
  const verdict = sentences[verdictIndex];
  if (!verdict) return '';
  const verdictWords = words(verdict.text).length;
  if (verdictWords >= SUMMARY_MAX_WORDS) return cut(verdict.text, SUMMARY_MAX_WORDS);

  const candidates = sentences
    .map((s, i) => ({ s, i }))
    .filter(({ s, i }) => i !== verdictIndex && !COURTESY.test(s.text) && words(s.text).length >= 3);
  const after = candidates.filter(({ i }) => i > verdictIndex);
  const second =
    after.find(({ s }) => ACTION_OR_REASON.test(s.text)) ?? after[0] ?? [...candidates].reverse().find(({ i }) => i < verdictIndex);
  if (!second) return cut(verdict.text, SUMMARY_MAX_WORDS);

  const room = SUMMARY_MAX_WORDS - verdictWords;
  const secondWords = words(second.s.text).length;
  let secondText: string | undefined;
  if (secondWords <= room) secondText = collapseWhitespace(second.s.text);
  // A bare label ("Accepted.", "Recommendation 2 – Supported in principle") says little on its own:
  // let the next sentence fill the room, cut if need be.
  else if (verdictWords <= 8 && room >= 8) secondText = cut(second.s.text, room);
  if (secondText === undefined) return cut(verdict.text, SUMMARY_MAX_WORDS);

  const verdictText = collapseWhitespace(verdict.text);
  const [first, last] = second.i > verdictIndex ? [verdictText, secondText] : [secondText, verdictText];
  // A label line with no full stop ("Response: Noted") run into a sentence that does not follow it
  // would read as one invented sentence: mark the words left out between them.
  const adjacent = Math.abs(second.i - verdictIndex) === 1;
  const joint = !adjacent && !ENDS_SENTENCE.test(first) ? `${ELLIPSIS} ` : ' ';
  return `${first}${joint}${last}`;
}
