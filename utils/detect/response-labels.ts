import { type Status, parseStatusWords } from '../model/statuses';
import { parseParagraphNumbers, splitParagraphReference } from './paragraph-refs';
import { normalizeSpace } from './text';

/** What a "Recommendation 7" / "Recommendations 3–5: Title" label says. */
export interface RecommendationLabel {
  /** The recommendation numbers it names, in order. */
  numbers: string[];
  /** Words after the label's separator ("Title words", or the recommendation itself). */
  rest: string;
}

const NUMBER_LIST = String.raw`\d{1,3}(?:\s*(?:[–—-]|to|and|,|&)\s*\d{1,3})*`;
// "Recommendation 7", "Recommendations 3 – 5", "Conclusion and recommendation 7", "Conclusions and
// recommendations 3, 4 and 5", "Recommendation 1: Title", "Recommendation 7 (Paragraph 22)".
const LABEL = new RegExp(
  String.raw`^(?:conclusions?\s+and\s+)?recommendations?\s+(?:no\.?\s*)?(${NUMBER_LIST})(?![\d.]*\d)\s*(?:\(\s*paras?(?:graphs?)?\.?\s+[^)]*\)\s*)?(?:([.:–—-])\s*(.*))?$`,
  'is',
);

/** "Recommendation 7" and friends; anything else (including "Recommendation 3 is addressed…") gives undefined. */
export function parseRecommendationLabel(input: string): RecommendationLabel | undefined {
  const match = LABEL.exec(normalizeSpace(input));
  if (!match) return undefined;
  const numbers = parseParagraphNumbers((match[1] ?? '').replace(/\s+to\s+/g, '–')).filter((n) => /^\d+$/.test(n));
  if (!numbers.length) return undefined;
  return { numbers, rest: (match[3] ?? '').trim() };
}

/** True when a label's rest is a short title ("A better approach to risk assessment"), not the recommendation text. */
export function isHeadlineLike(rest: string): boolean {
  return rest.length <= 160 && !/[.;:)]$/.test(rest) && !/[.;!?]\s/.test(rest) && !/\(\s*para/i.test(rest);
}

// Explicit verdict labels a government puts at the head of an answer ("Accepted.", "Not accepted:").
const STATUS_LABEL =
  /^(accepted in (?:part|principle)|partially accepted|partly accepted|not accepted|accepted|agreed in (?:part|principle)|partially agreed|not agreed|agreed|rejected|supported in principle|not supported|supported|noted)\s*(?:[.:;–—-]|$)/i;

/** Longer than any status label with the spaces around it. */
const LEADING_CHARS = 80;

export interface VerdictLabel {
  status: Status;
  /** The label as the page writes it ("Accepted", "Not accepted"). */
  words: string;
}

/** An explicit verdict label at the start of an answer ("Accepted. Industry is…"); undefined if none. */
export function parseLeadingLabel(input: string): VerdictLabel | undefined {
  // The label opens the text: its first words are all that is read.
  const words = STATUS_LABEL.exec(normalizeSpace(input.slice(0, LEADING_CHARS)))?.[1];
  const status = words ? parseStatusWords(words) : undefined;
  return words && status ? { status, words } : undefined;
}

// "Government response", "Government Response:", "HMG response", "Response", "Government response to
// recommendation 7", optionally followed by a verdict label ("Government response: Accepted").
const RESPONSE_LABEL =
  /^(?:(?:the\s+)?(?:hm\s+|uk\s+|australian\s+|scottish\s+|welsh\s+|new\s+zealand\s+|canadian\s+|commonwealth\s+)?government(?:['’]s)?|hmg|(?:the\s+)?department(?:al|['’]s)?|ministerial|our)?\s*(?:response|reply)(?:\s+to\s+(?:conclusions?\s+and\s+)?recommendations?\s+[\d\s,–—&-]+(?:and\s+\d+)?)?\s*(?:[:.–—-]\s*(.*))?$/i;

export interface ResponseLabel {
  /** A verdict label given with it, if any. */
  verdict?: VerdictLabel;
}

/** "Government response" (with an optional verdict label), else undefined. */
export function parseResponseLabel(input: string): ResponseLabel | undefined {
  const text = normalizeSpace(input);
  if (!text || text.length > 80) return undefined;
  const match = RESPONSE_LABEL.exec(text);
  if (!match) return undefined;
  const rest = (match[1] ?? '').trim();
  if (!rest) return {};
  const verdict = parseLeadingLabel(rest);
  return verdict ? { verdict } : undefined;
}

// "(Para 23)", "(Paras 12–14)", "(para. 7)": older Commons pages abbreviate.
const SHORT_REFERENCE = /\(\s*paras?\.?\s+((?:[\d.\s,–—&-]|\band\b)+)\)/gi;

export interface QuoteText {
  text: string;
  refs: string[];
}

/** Split a trailing "(Paragraph 22)" / "(Para 23)" off a quoted recommendation; a reference mid-text stays. */
export function splitQuoteReference(input: string): QuoteText {
  const text = normalizeSpace(input);
  const long = splitParagraphReference(text);
  if (long.refs.length) return long.tail.length <= 2 ? { text: long.text, refs: long.refs } : { text, refs: long.refs };
  let last: RegExpExecArray | undefined;
  for (const match of text.matchAll(SHORT_REFERENCE)) last = match;
  if (!last || last.index === undefined) return { text, refs: [] };
  const refs = parseParagraphNumbers(last[1] ?? '');
  const tail = text.slice(last.index + last[0].length).trim();
  return tail.length <= 2 ? { text: text.slice(0, last.index).trim(), refs } : { text, refs };
}

const LEADING_NUMBER = /^(\d{1,3})\.(?!\d)\s*/;
const WRAPPING_QUOTES = /^[“"‘']\s*([\s\S]*?)\s*[”"’']$/;

/**
 * A quoted recommendation's own text: without its leading number ("7.", "Recommendation 7."),
 * without the trailing paragraph reference, and without wrapping quotation marks.
 */
export function cleanQuote(input: string): QuoteText & { number?: string } {
  let text = normalizeSpace(input);
  let number: string | undefined;
  const leading = LEADING_NUMBER.exec(text);
  if (leading) {
    number = leading[1];
    text = text.slice(leading[0].length);
  }
  const label = parseRecommendationLabel(text);
  if (label && label.rest && !isHeadlineLike(label.rest)) {
    number = label.numbers[0];
    text = label.rest;
  }
  const { text: body, refs } = splitQuoteReference(text);
  const unwrapped = WRAPPING_QUOTES.exec(body)?.[1] ?? body;
  return { text: unwrapped.trim(), refs, number };
}
