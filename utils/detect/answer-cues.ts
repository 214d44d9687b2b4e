import type { Block } from '../document/block';
import { parseLeadingLabel, parseResponseLabel, type VerdictLabel } from './response-labels';

/*
 * What marks a block as the government's side of a response: a "Government response" label, a
 * verdict label line ("Response: Not supported", "Recommendation 3 – Noted", "Supported in
 * principle"), or an answer that opens with the government's verdict ("The Government accepts…").
 */

export interface AnswerCue {
  /** The block is only a label ("Government response", "Recommendation 3 – Noted"): not answer text. */
  labelOnly: boolean;
  /** The verdict the page itself gives, if any. */
  verdict?: VerdictLabel;
}

/** "Supported in part", "Partially supported", "Agreed in principle", "Not agreed", "Noted for the Review to consider". */
const VERDICT_WORD = String.raw`(?:supported|agreed|accepted|agrees?|supports?|accepts?)`;
const VERDICT_LINE = new RegExp(
  String.raw`^(?:(?:(?:australian\s+|uk\s+)?government\s+)?(?:response|position|status|outcome)\s*[:.–—-]\s*)?((?:partially|partly)[\s-]+${VERDICT_WORD}|${VERDICT_WORD}(?:[\s-]+in[\s-]+(?:full|principle|part))?|not[\s-]+${VERDICT_WORD}|(?:noted|notes?)(?:\s+for\s+[^.]{1,80})?|rejected|does\s+not\s+${VERDICT_WORD})\s*[.:;]?$`,
  'i',
);
/**
 * An answer's opening sentence giving the verdict. The verb agrees with its singular subject
 * ("The Government considers…"); without the s it is a recommendation's subjunctive ("[That] the
 * Australian Government consider funding…").
 */
const VERDICT_OPENING =
  /^(?:the\s+)?(?:(?:uk|australian|scottish|welsh|new\s+zealand|canadian|commonwealth|hm)\s+)?(?:government|department|ministry|minister|executive)\s+(?:(?:therefore|fully|partially|partly|broadly|strongly)\s+)?(?:accepts|agrees|supports|notes|rejects|welcomes|acknowledges|does\s+not|did\s+not|is\s+not|has\s+(?:already|no\s+plans)|will|recognises|considers|shares)\b/i;

function verdictOfLine(text: string): VerdictLabel | undefined {
  const match = VERDICT_LINE.exec(text);
  if (!match) return undefined;
  const words = match[1]!;
  if (/^(?:partially|partly)/i.test(words) || /in[\s-]+(?:principle|part)$/i.test(words)) return { status: 'partially-accepted', words };
  if (/^(?:not|does\s+not)\b|^rejected/i.test(words)) return { status: 'rejected', words };
  if (/^note/i.test(words)) return { status: 'noted', words };
  return { status: 'accepted', words };
}

const cues = new WeakMap<Block, AnswerCue | null>();

/** The answer cue a block carries, if any (read once per block: scoring and segmenting ask often). */
export function answerCue(block: Block): AnswerCue | undefined {
  let cue = cues.get(block);
  if (cue === undefined) {
    cue = readAnswerCue(block) ?? null;
    cues.set(block, cue);
  }
  return cue ?? undefined;
}

function readAnswerCue(block: Block): AnswerCue | undefined {
  const text = block.text;
  if (text.length <= 120) {
    const label = block.label;
    // A label line is its own evidence: "Recommendation 2 – Supported in principle".
    if (label?.named && label.rest) {
      const verdict = verdictOfLine(label.rest);
      if (verdict) return { labelOnly: true, verdict: { ...verdict, words: text } };
    }
    const line = verdictOfLine(text);
    if (line) return { labelOnly: true, verdict: { ...line, words: text } };
    const response = parseResponseLabel(text);
    if (response) return { labelOnly: true, verdict: response.verdict };
  }
  // A numbered answer paragraph ("14. The Government acknowledges…") opens after its number.
  const body = block.label && !block.label.named ? block.label.rest : text;
  const leading = parseLeadingLabel(body);
  if (leading) return { labelOnly: false, verdict: leading };
  if (VERDICT_OPENING.test(body)) return { labelOnly: false };
  return undefined;
}

/** An opening only an answer has: "The Government accepts…", "Accepted." ("We welcome…" is a committee's too.) */
const ANSWER_ONLY_OPENING =
  /^(?:the\s+)?(?:(?:uk|australian|scottish|welsh|new\s+zealand|canadian|commonwealth|hm)\s+)?government\s+(?:(?:therefore|fully|partially|partly|broadly|strongly)\s+)?(?:accepts|agrees|supports|notes|rejects|welcomes|acknowledges|thanks|is\s+grateful|does\s+not\s+(?:accept|agree|support))\b/i;

/** Text that opens with the government's verdict: an answer, never a recommendation. */
export function opensWithVerdict(text: string): boolean {
  return parseLeadingLabel(text) !== undefined || ANSWER_ONLY_OPENING.test(text);
}

/** A block that only labels a verdict for a recommendation ("Recommendation 3 – Noted"): never an item itself. */
export function isVerdictLine(block: Block): boolean {
  const label = block.label;
  return label?.named !== undefined && label.rest.length <= 100 && verdictOfLine(label.rest) !== undefined;
}
