import { z } from 'zod';
import { STATUSES } from './statuses';
import { storedResponseSchema } from '../committees-api/facts';

// Strict page CSPs forbid `new Function`; zod's JIT would use it (and web-ext lint flags it).
z.config({ jitless: true });

// The model's plain values and helpers live in items.ts and statuses.ts (no zod), so the content
// script can read a page without evaluating these schemas. Each name has one module: import it from there.

export const statusSchema = z.enum(STATUSES);

/** Where a status came from: the page itself (a tracker), our classifier, the user, or nothing known yet. */
export const statusSourceSchema = z.enum(['tracker', 'classifier', 'user', 'default']);
export type StatusSource = z.infer<typeof statusSourceSchema>;

export const statusReadingSchema = z.object({
  status: statusSchema,
  source: statusSourceSchema,
  /** 0–1; only for classifier readings. */
  confidence: z.number().min(0).max(1).optional(),
  /** The sentence that decided the status. */
  evidence: z.string().optional(),
  /** Who gave the reading when the source is a tracker, e.g. "Accountability Index". */
  sourceName: z.string().optional(),
  /** Character ranges in `evidence` of the words that decided it, for highlighting. */
  deciding: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])).optional(),
});
export type StatusReading = z.infer<typeof statusReadingSchema>;

/** A text-quote anchor: the exact text plus a little context either side (whitespace collapsed). */
export const textQuoteSchema = z.object({
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuote = z.infer<typeof textQuoteSchema>;

export const pageKindSchema = z.enum(['report', 'response', 'tracker', 'other']);
export type PageKind = z.infer<typeof pageKindSchema>;

export const houseSchema = z.enum(['commons', 'lords', 'joint']);

export const reportIdentitySchema = z.object({
  /** Stable key, e.g. `commons/5803/cmjust/HC304`; else the canonical URL. */
  key: z.string().min(1),
  house: houseSchema.optional(),
  session: z.string().optional(),
  committee: z.string().optional(),
  paperNumber: z.string().optional(),
  title: z.string().optional(),
  /** When the report was published (ISO date), where its front matter says ("Published on 14 October 2022"). */
  published: z.iso.date().optional(),
});
export type ReportIdentity = z.infer<typeof reportIdentitySchema>;

export const responseInfoSchema = z.object({
  summary: z.string().optional(),
  /** Who wrote the summary: the tracker's own words, or ours. */
  summarySource: z.enum(['tracker', 'classifier']).optional(),
  text: z.string().optional(),
  respondent: z.string().optional(),
});
export type ResponseInfo = z.infer<typeof responseInfoSchema>;

export const detectedItemSchema = z.object({
  /** `reportKey#number` */
  key: z.string().min(1),
  number: z.string().min(1),
  /**
   * What `number` counts: the recommendation's number in the conclusions list (the default); for a
   * bold recommendation read from a report's body, the body paragraph it sits in; for text the
   * reader saved from the context menu, a short id (`sel-…`).
   */
  numbering: z.enum(['recommendation', 'paragraph', 'selection']).optional(),
  text: z.string().min(1),
  headline: z.string().optional(),
  section: z.string().optional(),
  /** Body paragraphs the item points back to, e.g. ["22"] for "(Paragraph 22)". */
  paragraphRefs: z.array(z.string()),
  quote: textQuoteSchema,
  reading: statusReadingSchema,
  /** Our classifier's reading where the status comes from elsewhere (a tracker) and differs. */
  otherReading: statusReadingSchema.optional(),
  response: responseInfoSchema.optional(),
  /** On a report page: the response document this item's answer was linked from. */
  link: z
    .object({
      responseUrl: z.string(),
      responseTitle: z.string().optional(),
      /** Whether the text the response quotes agrees with the report's text for this number. */
      match: z.enum(['confirmed', 'mismatch', 'unchecked']),
    })
    .optional(),
});
export type DetectedItem = z.infer<typeof detectedItemSchema>;

/** How a response page names the report it answers (any of these the page gives). */
export const reportReferenceSchema = z.object({
  title: z.string().optional(),
  paperNumber: z.string().optional(),
  url: z.string().optional(),
  committee: z.string().optional(),
});
export type ReportReference = z.infer<typeof reportReferenceSchema>;

export const detectedPageSchema = z.object({
  adapter: z.string(),
  kind: pageKindSchema,
  url: z.string(),
  /** The document on this page: the report itself, or for a response page the response document. */
  report: reportIdentitySchema,
  /** On response pages: the report being answered. */
  respondsTo: reportReferenceSchema.optional(),
  items: z.array(detectedItemSchema),
  /** Items that could not be parsed and were skipped. */
  skipped: z.number().int().min(0),
});
export type DetectedPage = z.infer<typeof detectedPageSchema>;

/** What a save request carries: the item as detected plus where it was found. */
export const saveItemInputSchema = detectedItemSchema.extend({
  reportKey: z.string().min(1),
  reportTitle: z.string().optional(),
  committee: z.string().optional(),
  house: houseSchema.optional(),
  paperNumber: z.string().optional(),
  /** The report's publication date (ISO), where its page gives one. */
  published: z.iso.date().optional(),
  /** What kind of page it was saved from; on a response page, the report it answers. */
  pageKind: pageKindSchema.optional(),
  respondsTo: reportReferenceSchema.optional(),
  /** Only web pages: a `javascript:` or `data:` URL is never stored (imports are validated too). */
  pageUrl: z.url({ protocol: /^https?$/ }),
  pageTitle: z.string(),
});
export type SaveItemInput = z.infer<typeof saveItemInputSchema>;

/** The reader's correction of a status; the original reading stays in `reading`. */
export const tagSchema = z.string().trim().min(1).max(80);

/** Milliseconds since 1970, within what `Date` can represent. */
const timestampSchema = z.number().int().min(0).max(8.64e15);

export const statusOverrideSchema = z.object({
  status: statusSchema,
  reason: z.string().max(2000),
  at: timestampSchema,
  /** The status it corrected, as shown when the correction was made ("Before your correction: Rejected"). */
  was: statusSchema.optional(),
});
export type StatusOverride = z.infer<typeof statusOverrideSchema>;

/** What the reader wrote about a recommendation: the `savedItems` table (v3), keyed by the recommendation's key. */
export const savedEntrySchema = z.object({
  key: z.string().min(1),
  savedAt: timestampSchema,
  updatedAt: timestampSchema,
  note: z.string().max(1_000_000),
  tags: z.array(tagSchema).max(100),
  statusOverride: statusOverrideSchema.optional(),
});
export type SavedEntry = z.infer<typeof savedEntrySchema>;

/** One page a recommendation was seen on, and what that page said about it then. */
export const sightingSchema = z.object({
  kind: pageKindSchema,
  /** The item's key on that page (`<page's report key>#<number>`). */
  key: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** The page's title, for the link's tooltip only (never shown as the report's name). */
  title: z.string().optional(),
  at: timestampSchema,
  reading: statusReadingSchema,
  otherReading: statusReadingSchema.optional(),
  response: responseInfoSchema.optional(),
});
export type Sighting = z.infer<typeof sightingSchema>;

/**
 * A recommendation, once, wherever it was seen (report, response, tracker): the `recommendations`
 * table. Its reading is not stored here as one value: the view (`savedView`) reads it live from the
 * stored answers and from what each page said (`seen`).
 */
export const recommendationRecordSchema = z.object({
  key: z.string().min(1),
  number: z.string().min(1),
  numbering: detectedItemSchema.shape.numbering,
  text: z.string().min(1),
  headline: z.string().optional(),
  section: z.string().optional(),
  paragraphRefs: z.array(z.string()),
  quote: textQuoteSchema,
  /** The report it belongs to: from the report page itself, else from what a response names. */
  report: reportIdentitySchema,
  /** Its normalised text's fingerprint, to match a page that does not print the paper number. */
  textKey: z.string(),
  /** The fingerprint of its first words, to match a page that prints it cut short (with the same number). */
  prefixKey: z.string(),
  /** Every item key it was seen under, and the report keys of those pages (for lookups by page). */
  aliases: z.array(z.string().min(1)),
  pageKeys: z.array(z.string().min(1)),
  seen: z.array(sightingSchema),
});
export type RecommendationRecord = z.infer<typeof recommendationRecordSchema>;

export const seenOnSchema = z.object({ kind: pageKindSchema, url: z.string(), title: z.string().optional() });
export type SeenOn = z.infer<typeof seenOnSchema>;

/**
 * A saved item as every surface shows it and every export writes it: the recommendation, its current
 * reading (merged from the stored answers and the pages it was seen on) and what the reader wrote.
 * Built by `savedView`; also the shape of the JSON backup (v1 files, without `seenOn`, still read).
 */
export const savedItemSchema = saveItemInputSchema.extend({
  savedAt: timestampSchema,
  updatedAt: timestampSchema,
  note: z.string().max(1_000_000),
  tags: z.array(tagSchema).max(100),
  statusOverride: statusOverrideSchema.optional(),
  /** The pages it was seen on: report, response, tracker. */
  seenOn: z.array(seenOnSchema).max(50).optional(),
});
export type SavedItem = z.infer<typeof savedItemSchema>;

/** A report (or response document) the extension has read, for linking responses to reports. */
export const reportRecordSchema = reportIdentitySchema.extend({
  url: z.string(),
  /** The government response to this report, once known. */
  responseUrl: z.string().optional(),
  seenAt: z.number().int(),
  /** What is known about its response: deadline, answers, where that came from (v4). */
  response: storedResponseSchema.optional(),
  /** The deadline while a response is awaited, else '' (indexed, v4: the library's "overdue" filter). */
  responseDue: z.string().optional(),
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;

/**
 * The government's answer to one recommendation, stored when a response page is read (without
 * the reader saving anything), under the report it answers.
 */
export const storedAnswerSchema = z.object({
  /** `itemKey(reportKey, number)` of the recommendation answered. */
  key: z.string().min(1),
  /** The answered report's key; for a report not yet identified, `paper:<house>:<paper number>`. */
  reportKey: z.string().min(1),
  paperNumber: z.string().optional(),
  number: z.string().min(1),
  reading: statusReadingSchema,
  response: responseInfoSchema,
  /** The recommendation as the response quotes it, to confirm the number against the report. */
  quotedText: z.string(),
  responseKey: z.string(),
  responseUrl: z.string(),
  responseTitle: z.string().optional(),
  seenAt: z.number().int(),
});
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;

/** An edit of a saved item: only the fields given change (so two tabs' edits both land). */
export const savedItemPatchSchema = z.object({
  note: z.string().max(1_000_000).optional(),
  tags: z.array(tagSchema).max(100).optional(),
  /** `null` removes the correction. */
  statusOverride: z
    .object({ status: statusSchema, reason: z.string().max(2000) })
    .nullable()
    .optional(),
});
export type SavedItemPatch = z.infer<typeof savedItemPatchSchema>;
