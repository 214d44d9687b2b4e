/**
 * The verdict lexicon: every wording the classifier reacts to, with its status and weight.
 * Weights are on a 0–1 scale: 0.9 = an unambiguous verdict on the recommendation itself
 * ("The Government accepts this recommendation"), ~0.55 = a wording that usually carries the
 * verdict but can be about something else, < 0.5 = a weak cue.
 *
 * Kinds:
 * - `verdict`: decides a status.
 * - `premise`: agrees or disagrees with a statement rather than with the recommendation
 *   ("agrees that more must be done", "does not accept that the system is failing"). Not a verdict
 *   on its own; it only qualifies a verdict found elsewhere (DOMAIN.md "Negation and scope").
 * - `polite`: welcomes, acknowledges, thanks… carries no verdict (DOMAIN.md "Polite openings").
 */

export type VerdictStatus = 'accepted' | 'partially-accepted' | 'rejected' | 'noted';
export type CueKind = 'verdict' | 'premise' | 'polite';

export interface Cue {
  id: string;
  status: VerdictStatus;
  kind: CueKind;
  weight: number;
  pattern: RegExp;
}

/** Possessives naming the committee or another author: "the Committee's", "the PHSO’s", "the Select Committee's". */
const POSSESSOR = String.raw`the\s+(?:[A-Z][\w-]*\s+){0,2}?(?:[A-Z][\w-]*|committee|inquiry|panel|review)['’]s?`;
const DETERMINER = String.raw`(?:this|that|these|those|both|all|all\s+of\s+the|all\s+of\s+these|each\s+of\s+these|each\s+of\s+the|the|its|their|our|${POSSESSOR})`;
const FILLER = String.raw`(?:(?:two|three|four|five|six|main|key|above|following|first|second|third|related|central|remaining|specific|overall|final)\s+)`;
const OBJECT_NOUN = String.raw`(?:recommendations?|proposals?|conclusions?|findings?|suggestions?|views?|assessment|approach|analysis|request)`;
/** A report named before its recommendation's number: "Interim Report Recommendation 4", "Second Interim Report Recommendations 11 and 12". */
const REPORT_QUALIFIER = String.raw`(?:(?:[A-Z][\w-]*\s+){0,3}(?:Report|Review)\s+(?=recommendations?\s+\d))`;
/** What a verdict is about: "this recommendation", "the Committee's finding", "Recommendation 4", "recommendations 3 to 5". */
export const OBJECT = String.raw`(?:(?:${DETERMINER}\s+|${REPORT_QUALIFIER})?${FILLER}{0,2}${OBJECT_NOUN}\b(?:\s+\d+(?:\.\d+)?(?:\s*(?:[-–—]|to|and|,)\s*\d+(?:\.\d+)?)*)?|recommendations?\s+\d+(?:\.\d+)?|it\b(?=\s*(?:[.;,]|$|\s+in\s+(?:principle|part))))`;

const ACCEPT_VERB = String.raw`(?:accept(?:s|ed)?|agree(?:s|d)?\s+(?:with|to)|support(?:s|ed)?|endorse(?:s|d)?|share(?:s|d)?)`;

function cue(id: string, status: VerdictStatus, kind: CueKind, weight: number, source: string): Cue {
  return { id, status, kind, weight, pattern: new RegExp(source, 'gi') };
}

export const CUES: readonly Cue[] = [
  // ---- accepted
  cue(
    'accepts-object',
    'accepted',
    'verdict',
    0.9,
    String.raw`\b(?:fully\s+|wholly\s+|readily\s+|therefore\s+|also\s+|now\s+)?accept(?:s|ed)?\s+(?:and\s+(?:(?:is|are|has|have|will)\s+(?:already\s+)?)?\w+\s+)?${OBJECT}`,
  ),
  // The preposition is often left out: "agrees the recommendation", "The Government agrees this recommendation".
  cue('agrees-object', 'accepted', 'verdict', 0.9, String.raw`\bagree(?:s|d)?\s+(?:fully\s+|entirely\s+)?(?:(?:with|to)\s+)?${OBJECT}`),
  // "shares the Committee's view / conclusion": agreement with the Committee's own words.
  cue(
    'shares-view',
    'accepted',
    'verdict',
    0.8,
    String.raw`\b(?:fully\s+)?share(?:s|d)?\s+${DETERMINER}\s+${FILLER}{0,2}(?:views?|conclusions?|findings?|assessment|analysis)\b`,
  ),
  // A bare "We agree." / "The Government agrees with the Committee." ends the sentence: a verdict on the recommendation.
  cue(
    'agrees-bare',
    'accepted',
    'verdict',
    0.8,
    String.raw`\b(?:we|government|department|ministry|minister)\s+(?:fully\s+|entirely\s+)?agree(?:s|d)?(?:\s+with\s+(?:the\s+)?committee)?\s*(?:[.;]|$)`,
  ),
  cue(
    'supports-object',
    'accepted',
    'verdict',
    0.85,
    String.raw`\bsupport(?:s|ed)?\s+(?:and\s+(?:has|have)\s+(?:already\s+)?implemented\s+)?${OBJECT}`,
  ),
  cue('endorses-object', 'accepted', 'verdict', 0.85, String.raw`\bendorse(?:s|d)?\s+${OBJECT}`),
  cue(
    'object-is-accepted',
    'accepted',
    'verdict',
    0.9,
    String.raw`${OBJECT}\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:fully\s+)?(?:accepted|agreed|supported|endorsed)\b`,
  ),
  cue(
    'will-implement',
    'accepted',
    'verdict',
    0.85,
    String.raw`\b(?:will|shall|intends?\s+to|plans?\s+to|is\s+committed\s+to)\s+(?:fully\s+)?(?:implement|adopt|act\s+on|take\s+forward)\s+${OBJECT}`,
  ),
  cue(
    'has-implemented',
    'accepted',
    'verdict',
    0.8,
    String.raw`\b(?:has|have)\s+(?:already\s+)?(?:implemented|adopted|acted\s+on|taken\s+forward|met)\s+${OBJECT}`,
  ),
  cue(
    'object-implemented',
    'accepted',
    'verdict',
    0.8,
    String.raw`${OBJECT}\s+(?:has|have)\s+(?:already\s+)?been\s+(?:implemented|adopted|met|taken\s+forward)\b`,
  ),
  cue(
    'already-done',
    'accepted',
    'verdict',
    0.75,
    String.raw`\b(?:has|have)\s+already\s+done\s+(?:this|so)\b|\bis\s+already\s+doing\s+(?:this|so)\b`,
  ),
  cue('fully-accepts', 'accepted', 'verdict', 0.85, String.raw`\b(?:fully|wholly|entirely)\s+(?:accept|agree|support|endorse)s?\b`),
  cue(
    'agrees-to-act',
    'accepted',
    'verdict',
    0.7,
    String.raw`\bagree(?:s|d)?\s+to\s+(?:publish|introduce|establish|provide|set\s+up|create|extend|include|make|amend|issue|write|report|update|produce|undertake|commission|develop|legislate|implement|appoint|fund|remove|change|require|review)\b`,
  ),
  cue(
    'supports-establishment',
    'accepted',
    'verdict',
    0.6,
    String.raw`\bsupport(?:s|ed)?\s+the\s+(?:establishment|introduction|creation|development|publication|extension|adoption)\s+of\b`,
  ),
  cue('welcomes-recommendation', 'accepted', 'verdict', 0.35, String.raw`\bwelcome(?:s|d)?\s+${OBJECT}`),

  // ---- partially accepted (hedges)
  cue(
    'in-principle',
    'partially-accepted',
    'verdict',
    0.85,
    String.raw`\b(?:accept|agree|support|endorse)(?:s|d|ed)?\b,?[\s-]+(?:[\w'’]+,?\s+){0,6}?in[\s-]principle\b|\bin[\s-]principle\b,?\s+(?:[\w'’]+\s+){0,3}?(?:accept|agree|support|endorse)`,
  ),
  cue(
    'partially',
    'partially-accepted',
    'verdict',
    0.85,
    String.raw`\b(?:partially|partly|in\s+part)\s+(?:accept|agree|support|endorse)|\b(?:accept|agree|support|endorse)(?:s|d|ed)?\s+(?:${OBJECT}\s+)?(?:in\s+part|partially|partly)\b`,
  ),
  cue(
    'spirit-of',
    'partially-accepted',
    'verdict',
    0.8,
    String.raw`\b${ACCEPT_VERB}\s+(?:fully\s+)?the\s+(?:spirit|intent|intention|aims?|objectives?|principles?|thrust|broad\s+thrust|sentiment|direction|purpose|goals?)\s+(?:of|behind)\b`,
  ),
  cue(
    'some-of',
    'partially-accepted',
    'verdict',
    0.8,
    String.raw`\b${ACCEPT_VERB}\s+(?:most|some|many|several|parts?|elements|aspects|a\s+number)\s+of\b`,
  ),
  cue('some-elements', 'partially-accepted', 'verdict', 0.6, String.raw`\bsome\s+(?:elements|aspects|parts)\s+of\s+${OBJECT}`),
  cue(
    'with-reservations',
    'partially-accepted',
    'verdict',
    0.8,
    String.raw`\b(?:accept|agree|support)(?:s|d|ed)?\b[^.;]{0,40}?\bwith\s+(?:some\s+)?(?:reservations|qualifications?|modifications?|caveats?)\b`,
  ),

  // ---- rejected
  cue(
    'not-accept-object',
    'rejected',
    'verdict',
    0.9,
    String.raw`\b(?:does|do|did|will|would|can|could)\s+not\s+(?:fully\s+)?(?:accept|agree(?:\s+(?:with|to))?|support|endorse|share)\s+${OBJECT}`,
  ),
  cue(
    'unable-to-accept',
    'rejected',
    'verdict',
    0.9,
    String.raw`\b(?:cannot|can['’]t|(?:is|are|am)\s+(?:unable|not\s+able)\s+to)\s+(?:accept|agree(?:\s+(?:with|to))?|support|endorse|implement|share)\s+${OBJECT}`,
  ),
  cue('rejects-object', 'rejected', 'verdict', 0.9, String.raw`\breject(?:s|ed)?\s+${OBJECT}`),
  cue(
    'object-is-rejected',
    'rejected',
    'verdict',
    0.9,
    String.raw`${OBJECT}\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:not\s+(?:accepted|agreed|supported|endorsed)|rejected)\b`,
  ),
  cue('disagrees-object', 'rejected', 'verdict', 0.85, String.raw`\bdisagree(?:s|d)?\s+with\s+${OBJECT}`),
  cue('not-minded', 'rejected', 'verdict', 0.8, String.raw`\b(?:is|are|am|remains?)\s+not\s+minded\s+to\b`),
  cue(
    'no-plans',
    'rejected',
    'verdict',
    0.75,
    String.raw`\b(?:has|have)\s+no\s+(?:current\s+|immediate\s+|further\s+)?plans?\s+to\b|\bthere\s+are\s+no\s+(?:current\s+)?plans\s+to\b`,
  ),
  cue(
    'not-necessary',
    'rejected',
    'verdict',
    0.85,
    String.raw`\b(?:do|does|did)\s+not\s+(?:consider|believe|think|see)\b[^.;]{0,60}?\b(?:necessary|needed|required|warranted|justified|desirable|a\s+need|the\s+need|any\s+need|a\s+case\s+for)\b`,
  ),
  cue(
    'not-considered-operable',
    'rejected',
    'verdict',
    0.6,
    String.raw`\bnot\s+considered\s+(?:to\s+be\s+)?(?:operable|necessary|appropriate|feasible|practicable|workable|proportionate)\b`,
  ),
  cue(
    'decided-against',
    'rejected',
    'verdict',
    0.8,
    String.raw`\bdecided\s+(?:against|not\s+to)\b|\b(?:our|the\s+(?:Government|government)['’]s)\s+decision\s+is\s+not\s+to\b`,
  ),
  cue(
    'will-not-act',
    'rejected',
    'verdict',
    0.7,
    String.raw`\bwill\s+not\s+(?:be\s+)?(?:legislat(?:e|ing)|introduc(?:e|ed)|implement(?:ed)?|pursu(?:e|ed)|establish(?:ed)?|set\s+up|adopt(?:ed)?|provid(?:e|ed)|publish(?:ed)?|tak(?:e|en)\s+forward|extend(?:ed)?|creat(?:e|ed)|amend(?:ed)?|br(?:ing|ought)\s+forward|fund(?:ed)?|appoint(?:ed)?|seek)\b`,
  ),
  cue('no-intention', 'rejected', 'verdict', 0.75, String.raw`\b(?:do|does)\s+not\s+intend\s+to\b|\bno\s+intention\s+(?:of|to)\b`),
  cue('not-persuaded', 'rejected', 'verdict', 0.7, String.raw`\bnot\s+(?:persuaded|convinced)\b`),
  cue('declines', 'rejected', 'verdict', 0.7, String.raw`\bdecline(?:s|d)?\s+(?:to|the)\b`),
  cue('sees-no-need', 'rejected', 'verdict', 0.75, String.raw`\bsees?\s+no\s+(?:need|case|merit|reason)\b`),
  cue(
    'not-acceptable-use',
    'rejected',
    'verdict',
    0.55,
    String.raw`\bwould\s+not\s+(?:represent|be)\s+(?:an?\s+|the\s+)?(?:acceptable|appropriate|proportionate|correct|right)\b`,
  ),
  cue('not-deem-appropriate', 'rejected', 'verdict', 0.6, String.raw`\b(?:do|does)\s+not\s+deem\s+it\b[^.;]{0,40}?\bappropriate\b`),

  // ---- noted
  cue('notes-object', 'noted', 'verdict', 0.8, String.raw`\bnote(?:s|d)?\s+${OBJECT}`),
  cue(
    'will-consider',
    'noted',
    'verdict',
    0.55,
    String.raw`\bwill\s+(?:(?:carefully|further|now|of\s+course|also|then|need\s+to)\s+)*(?:consider|examine|explore|reflect\s+on)\b|\bwill\s+give\s+(?:further\s+|careful\s+|full\s+|due\s+)?consideration\b`,
  ),
  cue(
    'is-considering',
    'noted',
    'verdict',
    0.5,
    String.raw`\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+|actively\s+)?(?:considering|examining|exploring)\b`,
  ),
  cue(
    'under-review',
    'noted',
    'verdict',
    0.55,
    String.raw`\bunder\s+(?:active\s+)?(?:consideration|review|examination)\b|\bkeeps?\s+(?:this|it|these|the\s+\w+(?:\s+\w+)?)?\s*under\s+review\b`,
  ),
  cue('respond-in-due-course', 'noted', 'verdict', 0.5, String.raw`\bwill\s+respond\s+(?:to\s+\w+\s+)?in\s+due\s+course\b`),
  cue('referred-to', 'noted', 'verdict', 0.5, String.raw`\breferred\s+(?:it|this|this\s+recommendation|the\s+recommendation)\s+to\b`),

  // ---- premises: agreement or disagreement with a statement, not with the recommendation
  cue(
    'agrees-that',
    'accepted',
    'premise',
    0,
    String.raw`\b(?:agree|accept)(?:s|d|ed)?\s+(?:that|with\s+the\s+(?:need|importance|view\s+that)|the\s+need|with\s+${POSSESSOR}\s+(?:that|insights?))\b`,
  ),
  cue(
    'not-accept-that',
    'rejected',
    'premise',
    0.35,
    String.raw`\b(?:do|does|did)\s+not\s+(?:accept|agree|believe)\s+that\b|\bdisagree(?:s|d)?\s+that\b`,
  ),

  // ---- polite openings
  cue(
    'polite',
    'noted',
    'polite',
    0,
    String.raw`\b(?:welcome[sd]?|acknowledge[sd]?|grateful|thanks?|thank(?:s|ed)|recognis(?:e|es|ed)|recogniz(?:e|es|ed)|appreciates?|pleased|highly\s+values|(?:is|are|remains?)\s+(?:fully\s+|deeply\s+)?committed\s+to|shares?\s+(?:${POSSESSOR}\s+)?concerns?|note(?:s|d)?\s+(?:that|${POSSESSOR}\s+(?:concerns?|comments?|report|observations?|points?|acknowledgement|interest)|the\s+(?:points|concerns?|comments?|report)))\b`,
  ),
];

/**
 * Explicit labels at the start of an answer ("Accepted.", "Recommendation 2 – Supported in principle",
 * "Response: Not supported", "Noted for NDIS Review to consider"). Order matters: longer labels first.
 */
export const LABELS: readonly { status: VerdictStatus; pattern: string }[] = [
  {
    status: 'partially-accepted',
    pattern: String.raw`(?:accepted|agreed|supported|accept|agree|support)[\s-]+in[\s-]+(?:principle|part)|(?:partially|partly)\s+(?:accepted|agreed|supported|accept|agree|support)|accepted\s+with\s+reservations`,
  },
  {
    status: 'rejected',
    pattern: String.raw`not\s+(?:accepted|agreed|supported|accept|agree|support)|rejected|disagreed|reject|disagree|do\s+not\s+(?:support|accept|agree)`,
  },
  { status: 'accepted', pattern: String.raw`(?:accepted|agreed|supported)\s+in\s+full|accepted|agreed|supported|accept|agree|support` },
  { status: 'noted', pattern: String.raw`noted|note|under\s+(?:consideration|examination|review)|subject\s+to\s+further\s+consideration` },
];

/** Markers that give the clause after them the say ("However, …", "… but we agree to …"). */
export const CONTRAST = /\b(?:however|but|nevertheless|nonetheless|that\s+said|yet)\b/i;
/** Sentence openings that concede before the main clause ("While the Government supports the aim, …"). */
export const CONCESSIVE_OPENING = /^\s*(?:while|whilst|although|though|whereas)\b/i;
/** Words before a positive cue that turn it round ("does not accept", "unable to support"). */
export const NEGATOR = /\b(?:not|n['’]t|never|cannot|unable\s+to|no\s+longer|neither|nor)\b[^.;,]{0,20}$/i;
