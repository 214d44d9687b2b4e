import { subjectOf, type GovernmentCategory } from './governments';
import { groupVerdictsFor } from './group-verdicts';
import { namesItem, normaliseItem } from './item-numbers';
import { CONCESSIVE_OPENING, CONTRAST, CUES, LABELS, NEGATOR, type Cue, type VerdictStatus } from './lexicon';
import { crossReferenceSpans, namedRecommendations } from './recommendation-refs';
import { splitSentences, type Sentence } from './sentences';
import { aboutAnother, contentWords } from './shared-answers';
import { summarizeAnswer } from './summarize-answer';

export interface AnswerReading {
  status: VerdictStatus;
  /** 0–1: explicit label > clear verdict sentence > verdict after a contrast > weak cue > no verdict (≤ 0.4). */
  confidence: number;
  /** The sentence that decided it, verbatim from the answer. */
  evidence: string;
  /** Character ranges inside `evidence` of the deciding words, for highlighting. */
  deciding: [number, number][];
  /** One or two of the answer's own sentences, at most ~45 words. */
  summary: string;
}

export interface ClassifyOptions {
  /**
   * The recommendation this answer is to, with its sub-item if it has one ("7", "12b", "4(a)(i)");
   * verdicts that name a different recommendation do not count, and a verdict given to a list of
   * items ("Recommendations 12 a–c are accepted in full, d–e in principle") is read for this one.
   */
  recommendationNumber?: string;
  /** The recommendation's own text: with `sharedWith`, tells which sentences of a shared answer are about it. */
  recommendationText?: string;
  /**
   * The other recommendations this same answer is given to (a shared answer): a sentence about one of
   * them (by its words) does not decide this one.
   */
  sharedWith?: readonly { number: string; text?: string }[];
}

/** A cue found in the answer, with where it is and how it reads in context. */
export interface CueHit {
  cue: Cue;
  sentence: number;
  /** Offsets in the answer. */
  start: number;
  end: number;
  weight: number;
  /** In a clause after "However"/"but", or in a sentence after a "However" sentence. */
  afterContrast: boolean;
  /** In the very clause a "However"/"but" opens. */
  contrastClause: boolean;
}

export const CONFIDENCE = {
  label: 0.95,
  clear: 0.85,
  afterContrast: 0.75,
  medium: 0.65,
  mixed: 0.6,
  weak: 0.45,
  none: 0.3,
} as const;

const LABEL_PREFIX = String.raw`^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:recommendations?|rec\.?)\s+[\d.]+[a-z]?\s*(?:[-–—:.]\s*)?)?(?:(?:(?:the\s+)?(?:australian\s+|uk\s+|scottish\s+|welsh\s+)?government(?:['’]s)?\s+|joint\s+)?(?:response|reply|position)(?:\s+to\s+(?:the\s+)?recommendations?(?:\s+[\d.]+[a-z]?)?)?\s*(?:[-–—:.]\s*)?)?`;
const LABEL_TAIL = String.raw`(?:(?=\s*(?:$|[.,:;(]|[-–—]\s))|(?<=ed)(?=\s+(?:for|to|by|with)\s))`;
const LABEL_PATTERNS = LABELS.map((l) => ({
  status: l.status,
  re: new RegExp(`${LABEL_PREFIX}(${l.pattern})${LABEL_TAIL}`, 'i'),
  /** The label as a line of its own, anywhere in the answer ("Response: Not supported", "Noted"). */
  line: new RegExp(`${LABEL_PREFIX}(${l.pattern})\\s*[.:;]?\\s*$`, 'i'),
}));
/** A heading line before the answer: "Response:", "Government response", "Australian Government response". */
const HEADING_LINE =
  /^\s*(?:(?:the\s+)?(?:australian\s+|uk\s+|scottish\s+|welsh\s+)?government(?:['’]s)?\s+)?(?:response|reply|position)(?:\s+to\s+(?:the\s+)?recommendations?(?:\s+[\d.]+[a-z]?)?)?\s*[:.–—-]?\s*$/i;

interface Line {
  text: string;
  start: number;
}

function linesOf(answer: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text of answer.split('\n')) {
    if (text.trim() !== '') out.push({ text, start });
    start += text.length + 1;
  }
  return out;
}

/**
 * An explicit label: in the answer's first line ("Accepted.", "Recommendation 2 – Supported in
 * principle", "Response: Not supported. The Government…", after a bare "Response:" heading), or as a
 * line of its own anywhere ("Government response: Agreed in principle", "Noted").
 */
function findLabel(
  answer: string,
  sentences: Sentence[],
): { status: VerdictStatus; sentence: number; range: [number, number] } | undefined {
  const lines = linesOf(answer);
  const at = (offset: number, length: number, status: VerdictStatus) => {
    const sentence = sentences.findIndex((s) => s.start <= offset && offset < s.end);
    return sentence < 0 ? undefined : { status, sentence, range: [offset, offset + length] as [number, number] };
  };
  let head = 0;
  while (head < lines.length - 1 && head < 2 && HEADING_LINE.test(lines[head]?.text ?? '')) head++;
  const first = lines[head];
  if (first) {
    for (const { status, re } of LABEL_PATTERNS) {
      const m = re.exec(first.text);
      if (!m || m[1] === undefined) continue;
      const rest = first.text.slice(m[0].length);
      // A label is short: the label line itself, or the label then a full stop ("Accepted. Industry is…").
      if (!/^\s*(?:$|[.:;]|\(|[-–—]|for\s|to\s)/i.test(rest) && rest.trim().split(/\s+/).length > 6) continue;
      return at(first.start + m[0].length - m[1].length, m[1].length, status);
    }
  }
  for (const line of lines) {
    // A label line of its own starts with a capital ("Noted", "Response: …"), not a wrapped sentence's "agreed.".
    if (!/^\s*[A-Z0-9]/.test(line.text)) continue;
    for (const { status, line: re } of LABEL_PATTERNS) {
      const m = re.exec(line.text);
      if (!m || m[1] === undefined) continue;
      return at(line.start + m.index + m[0].lastIndexOf(m[1]), m[1].length, status);
    }
  }
  return undefined;
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Recommendations named straight after a verdict's words ("… in principle recommendations 3 and 5"). */
const NAMED_NEXT =
  /^\s*(?:(?:to|with)\s+)?(?:the\s+)?recommendations?\s+(?:nos?\.?\s*)?\d{1,3}[a-z]?(?:\s*(?:,|and|&|–|-|to)\s*\d{1,3}[a-z]?)*/i;

/** Every cue in every sentence, after negation, hedges, cross-references and concessions are applied. */
export function findCues(answer: string, sentences: Sentence[], options: ClassifyOptions = {}): CueHit[] {
  const own = options.recommendationNumber === undefined ? undefined : normaliseItem(options.recommendationNumber);
  const namesOwn = (numbers: string[]) => own !== undefined && numbers.some((n) => namesItem(normaliseItem(n), own));
  // A shared answer: the words of this recommendation and of the others it is shared with.
  const others = (options.sharedWith ?? []).filter((o) => o.text).map((o) => contentWords(o.text ?? ''));
  const ownWords = options.recommendationText && others.length > 0 ? contentWords(options.recommendationText) : undefined;
  /** Whose verdicts count: set by the first verdict's subject (DOMAIN.md: the answering government's). */
  let answering: GovernmentCategory | undefined;
  const hits: CueHit[] = [];
  let contrastSeen = false;
  let stanceBefore = false;
  sentences.forEach((s, index) => {
    const text = s.text;
    const startsWithContrast = /^\s*(?:however|but|nevertheless|nonetheless|that\s+said)\b/i.test(text);
    if (startsWithContrast && stanceBefore) contrastSeen = true;
    // A verdict sentence that names only other recommendations is about them, not about this one.
    const named = namedRecommendations(text).numbers;
    const aboutOthers =
      (own !== undefined && named.length > 0 && !namesOwn(named)) ||
      // A sentence of a shared answer about another recommendation's subject ("Funding for future years…").
      (ownWords !== undefined && aboutAnother(text, ownWords, others));
    const masked = crossReferenceSpans(text, own);
    const concessionEnd = CONCESSIVE_OPENING.test(text) ? text.indexOf(',') : -1;
    const local: CueHit[] = [];
    for (const cue of CUES) {
      for (const m of text.matchAll(cue.pattern)) {
        const span: [number, number] = [m.index, m.index + m[0].length];
        if (cue.kind === 'verdict' && (aboutOthers || masked.some((r) => overlaps(r, span)))) continue;
        // "notes Recommendation 14 and supports Recommendation 15": a verdict whose own words name
        // recommendations, none of them this one, is about those.
        if (cue.kind === 'verdict' && own !== undefined) {
          const inMatch = namedRecommendations(m[0]).numbers;
          if (inMatch.length > 0 && !namesOwn(inMatch)) continue;
          // "supports in-principle recommendation 3 and notes recommendation 4": the items named straight after it.
          const next = NAMED_NEXT.exec(text.slice(span[1], span[1] + 60));
          const after = next ? namedRecommendations(next[0]).numbers : [];
          if (after.length > 0 && !namesOwn(after)) continue;
        }
        const before = text.slice(0, span[0]);
        if (cue.status !== 'rejected' && cue.kind === 'verdict' && NEGATOR.test(before)) continue;
        if (cue.kind === 'verdict') {
          // "The Scottish Government accepts in principle" in a UK response is not the UK's verdict.
          const subject = subjectOf(before);
          if (answering === undefined) answering = subject;
          else if (subject !== 'generic' && subject !== answering && !(answering === 'generic' && subject === 'national')) continue;
        }
        let weight = cue.weight;
        if (concessionEnd > 0 && span[0] < concessionEnd) weight *= 0.5;
        const inContrastClause = CONTRAST.test(before) || startsWithContrast;
        local.push({
          cue,
          sentence: index,
          start: s.start + span[0],
          end: s.start + span[1],
          weight,
          afterContrast: (inContrastClause && (stanceBefore || local.length > 0)) || contrastSeen,
          contrastClause: inContrastClause,
        });
      }
    }
    // Overlapping cues: a hedge beats the plain acceptance it qualifies; a negative reading beats a
    // positive one; otherwise the longer match wins.
    const rank = (h: CueHit) =>
      (h.cue.kind === 'verdict' ? 10 : 0) + (h.cue.status === 'partially-accepted' ? 3 : h.cue.status === 'rejected' ? 2 : 0);
    const kept = local.filter(
      (h) =>
        !local.some(
          (o) =>
            o !== h &&
            overlaps([o.start, o.end], [h.start, h.end]) &&
            (rank(o) > rank(h) || (rank(o) === rank(h) && o.end - o.start > h.end - h.start)),
        ),
    );
    // An acceptance in the same clause as "in principle" / "in part" is partial.
    for (const h of kept) {
      if (h.cue.status !== 'accepted' || h.cue.kind !== 'verdict') continue;
      const clause = text.slice(h.start - s.start).split(/[;.]|,\s*(?:but|however)\b/i)[0] ?? '';
      if (/\bin[\s-]principle\b|\bin\s+part\b|\bpartially\b|\bpartly\b/i.test(clause)) {
        h.cue = { ...h.cue, status: 'partially-accepted', id: `${h.cue.id}+hedge` };
      }
    }
    hits.push(...kept);
    if (kept.some((h) => h.cue.kind !== 'verdict' || h.weight > 0)) stanceBefore = true;
  });
  return hits;
}

function confidenceFor(hit: CueHit): number {
  if (hit.weight >= 0.85) return hit.afterContrast ? CONFIDENCE.afterContrast : CONFIDENCE.clear;
  if (hit.weight >= 0.7) return hit.afterContrast ? CONFIDENCE.afterContrast - 0.05 : CONFIDENCE.medium + 0.05;
  if (hit.weight >= 0.55) return CONFIDENCE.medium - 0.05;
  return CONFIDENCE.weak;
}

/** The best hit: highest weight; among equals, one after a contrast, then the later one. */
function best(hits: CueHit[]): CueHit | undefined {
  let top: CueHit | undefined;
  for (const h of hits) {
    const score = h.weight + (h.afterContrast ? 0.1 : 0);
    const topScore = top ? top.weight + (top.afterContrast ? 0.1 : 0) : -1;
    if (!top || score > topScore || (score === topScore && h.start > top.start)) top = h;
  }
  return top;
}

function reading(
  sentences: Sentence[],
  status: VerdictStatus,
  confidence: number,
  sentenceIndex: number,
  ranges: [number, number][],
): AnswerReading {
  const s = sentences[sentenceIndex];
  const evidence = s ? s.text : '';
  const deciding = s
    ? ranges
        .map(([a, b]): [number, number] => [a - s.start, b - s.start])
        .filter(([a, b]) => a >= 0 && b <= evidence.length && b > a)
        .sort((x, y) => x[0] - y[0])
    : [];
  return {
    status,
    confidence: Math.round(confidence * 100) / 100,
    evidence,
    deciding,
    summary: summarizeAnswer(sentences, sentenceIndex),
  };
}

/** The deciding words of `hit`'s sentence: every verdict cue there of the winning status. */
function rangesIn(hits: CueHit[], sentence: number, statuses: VerdictStatus[]): [number, number][] {
  return hits
    .filter((h) => h.sentence === sentence && h.cue.kind !== 'polite' && statuses.includes(h.cue.status))
    .map((h): [number, number] => [h.start, h.end]);
}

/**
 * Read a government answer to one recommendation: its status, how sure we are, the sentence that
 * decided it, the deciding words, and a short extractive summary. Pure: strings in, data out.
 */
export function classifyAnswer(answer: string, options: ClassifyOptions = {}): AnswerReading {
  const sentences = splitSentences(answer);
  if (sentences.length === 0) {
    return { status: 'noted', confidence: CONFIDENCE.none - 0.1, evidence: '', deciding: [], summary: '' };
  }

  const label = findLabel(answer, sentences);
  if (label) return reading(sentences, label.status, CONFIDENCE.label, label.sentence, [label.range]);

  // A verdict given to a list of items that names this one: "Recommendations 12 a–c are accepted in
  // full, d–e in principle" for 12b; "Recommendations 3, 5 and 7 are accepted" for 5.
  if (options.recommendationNumber !== undefined) {
    const own = options.recommendationNumber;
    for (let i = 0; i < sentences.length; i++) {
      const groups = groupVerdictsFor(sentences[i]?.text ?? '', own);
      if (groups.length === 0) continue;
      const statuses = new Set(groups.map((g) => g.status));
      // Read for a whole recommendation whose sub-items got different verdicts: partial.
      const status: VerdictStatus = statuses.size === 1 ? (groups[0]?.status ?? 'noted') : 'partially-accepted';
      const start = sentences[i]?.start ?? 0;
      return reading(
        sentences,
        status,
        statuses.size === 1 ? CONFIDENCE.clear : CONFIDENCE.mixed,
        i,
        groups.map((g): [number, number] => [start + g.start, start + g.end]),
      );
    }
  }

  const hits = findCues(answer, sentences, options);
  const verdicts = hits.filter((h) => h.cue.kind === 'verdict' && h.weight > 0);
  const of = (status: VerdictStatus) => verdicts.filter((h) => h.cue.status === status);
  const accepted = best(of('accepted'));
  const rejected = best(of('rejected'));
  const partial = best(of('partially-accepted'));
  const noted = best(of('noted'));
  const rejectedPremise = best(hits.filter((h) => h.cue.kind === 'premise' && h.cue.status === 'rejected'));

  if (partial && partial.weight >= 0.6) {
    return reading(
      sentences,
      'partially-accepted',
      confidenceFor(partial),
      partial.sentence,
      rangesIn(hits, partial.sentence, ['partially-accepted', 'accepted']),
    );
  }
  // Accepts one thing and refuses another: partial. The later of the two has the say for the evidence.
  if (accepted && accepted.weight >= 0.5 && ((rejected && rejected.weight >= 0.55) || rejectedPremise)) {
    const other = rejected && rejected.weight >= 0.55 ? rejected : rejectedPremise;
    if (other) {
      // The one after a contrast has the say; otherwise the later one.
      const later =
        other.contrastClause !== accepted.contrastClause
          ? other.contrastClause
            ? other
            : accepted
          : other.start > accepted.start
            ? other
            : accepted;
      return reading(
        sentences,
        'partially-accepted',
        CONFIDENCE.mixed,
        later.sentence,
        rangesIn(hits, later.sentence, ['accepted', 'rejected']),
      );
    }
  }
  const winner = best([accepted, rejected, noted, partial].filter((h): h is CueHit => h !== undefined));
  if (winner) {
    return reading(
      sentences,
      winner.cue.status,
      confidenceFor(winner),
      winner.sentence,
      rangesIn(hits, winner.sentence, [winner.cue.status]),
    );
  }
  if (rejectedPremise) {
    return reading(sentences, 'rejected', CONFIDENCE.weak, rejectedPremise.sentence, [[rejectedPremise.start, rejectedPremise.end]]);
  }
  // No verdict words: noted, with low confidence. Evidence is the first sentence that is not a courtesy.
  const politeSentences = new Set(hits.filter((h) => h.cue.kind === 'polite').map((h) => h.sentence));
  const first = sentences.findIndex((s, i) => !politeSentences.has(i) && !HEADING_LINE.test(s.text));
  return reading(sentences, 'noted', politeSentences.size > 0 ? CONFIDENCE.none - 0.05 : CONFIDENCE.none, first >= 0 ? first : 0, []);
}
