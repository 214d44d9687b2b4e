/**
 * A block's leading label: "7.", "Recommendation 7", "Conclusion and recommendation 3:", "(iv)",
 * "8.1", "2a", "4(a)(i)", "R3", "1.That…". Only what the suite needs to strip the original label
 * before printing its own; not the reader's label parser.
 */
export interface Label {
  /** The label as written, with the spaces and punctuation after it. */
  raw: string;
  number: string;
  /** "Recommendation N" rather than a bare number. */
  word: boolean;
}

const NUM = String.raw`\d+(?:\.\d+)*[a-z]?(?:\([a-z0-9]+\))*|[ivxlc]+|[a-z]`;
const SPELLED = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?`;

const WORD = new RegExp(
  String.raw`^(?:conclusions?\s+and\s+)?recommendations?\s+((?:${NUM})|${SPELLED})(?![\w]|\.\d)\s*(?:[:.–—-]\s*)?`,
  'i',
);
const BRACKETED = new RegExp(String.raw`^\((${NUM})\)\s*`, 'i');
const DOTTED = new RegExp(String.raw`^(${NUM})[.)](?:\s+|(?=[A-Z“"‘']))`, 'i');
const SPACED = new RegExp(String.raw`^(\d+(?:\.\d+)+|\d+[a-z]?(?:\([a-z0-9]+\))*)\s+(?=[A-Z“"‘'])`);
const SHORT_R = /^R(\d+)[.:]?\s+/;

/** The label at the start of `text`, if any. */
export function leadingLabel(text: string): Label | undefined {
  const word = WORD.exec(text);
  if (word) return { raw: word[0], number: word[1]!, word: true };
  for (const pattern of [BRACKETED, DOTTED, SHORT_R, SPACED]) {
    const match = pattern.exec(text);
    if (match) return { raw: match[0], number: match[1]!, word: false };
  }
  return undefined;
}

/** The same number, ignoring case ("IV" = "iv"). */
export const sameNumber = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** A block that is nothing but a label for `number`: "Recommendation 7", "7.", "7", "Recommendation 7:". */
export function isBareLabel(text: string, number: string): boolean {
  const t = text.trim();
  if (sameNumber(t.replace(/[.:)]$/, '').replace(/^\(/, ''), number)) return true;
  const label = leadingLabel(`${t} X`);
  return !!label && label.word && sameNumber(label.number, number) && label.raw.trim().length >= t.length - 1;
}

const STATUS_WORDS =
  /\b(accept(?:ed|s)?|agree[sd]?|support(?:ed)?|not supported|reject(?:ed|s)?|noted?|disagree[sd]?|partially|in principle|declined?|implemented)\b/i;

/** "Government response", "Response:", "HM Government Rejected": a line that opens an answer. */
export function isAnswerCue(text: string): boolean {
  const t = text.trim();
  if (t.length > 120) return false;
  if (/^(?:(?:hm |the |australian |uk )?government(?:'s|’s)? )?responses?\b/i.test(t)) return true;
  if (/^(?:hm )?government\b/i.test(t) && STATUS_WORDS.test(t) && t.length < 60) return true;
  // A verdict line on its own: "Agree in part", "Noted", "Supported in principle", "Not supported".
  if (t.length < 60 && /^(?:not |partially |partly )?(?:agreed?|accepted|supported|noted|rejected|disagreed?)\b/i.test(t)) return true;
  const label = leadingLabel(t);
  // "Recommendation 7 – Supported in principle", "Recommendations 3 – Noted …"
  return !!label && label.word && STATUS_WORDS.test(t.slice(label.raw.length)) && t.length - label.raw.length < 80;
}

/** A cue that carries no verdict of its own ("Government response"), as opposed to "Response: Noted". */
export function isBareCue(text: string): boolean {
  return isAnswerCue(text) && !STATUS_WORDS.test(text) && text.trim().length < 40;
}

/** A paragraph that opens with the government's verdict: "The Australian Government supports and has implemented …". */
export function isVerdictOpening(text: string): boolean {
  return /^(?:\d+\.\s*)?(?:the\s+)?(?:(?:australian|uk|scottish|welsh|commonwealth|hm)\s+)?government\s+(?:(?:fully|partially|broadly)\s+)?(?:supports|accepts|agrees|notes|rejects|does not|disagrees|welcomes|acknowledges)\b/i.test(
    text.trim(),
  );
}
