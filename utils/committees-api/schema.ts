import { z } from 'zod';

/*
 * Replies of Parliament's Committees API (https://committees-api.parliament.uk), written from its
 * OpenAPI description (/swagger/v1/swagger.json, as rendered to TypeScript by openapi-typescript):
 * `Committees.Common.Responses.Publication`, `…Publication.PublicationSummary`,
 * `…Publication.GovernmentResponse`, `…Publication.PublicationType`, `…Shared.HouseNumber`,
 * `…Document.Document`, `…Document.DocumentFile`, `…CommitteeSummary` and
 * `Committees.Common.ResourceCollection<Publication>`.
 *
 * Only the fields Committee Lens uses are listed; every object is loose (other fields pass through
 * unread). In the description every field is optional and most are nullable; here the ones we rely
 * on are required (`id`, a paged list's `items`), the rest optional and nullable as described.
 */

/** OpenAPI `string | null` that may also be absent. */
const optionalText = z.string().nullish();
/** `Format: date-time`, e.g. `2022-10-14T00:00:00` (the API gives no zone). Checked as a date prefix. */
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'not a date-time');

/** `Committees.Common.Enums.FileDataFormat`. */
export const fileDataFormatSchema = z.enum(['OriginalFormat', 'Html', 'Pdf']);

/** `Committees.Common.Responses.Common.Document.DocumentFile`. */
export const documentFileSchema = z.looseObject({
  fileName: optionalText,
  fileSize: z.number().nullish(),
  fileDataFormat: fileDataFormatSchema.nullish(),
  url: optionalText,
});

/** `Committees.Common.Responses.Common.Document.Document`. */
export const apiDocumentSchema = z.looseObject({
  documentId: z.number().int(),
  files: z.array(documentFileSchema).nullish(),
});

/** `Committees.Common.Responses.Common.Shared.HouseNumber`: `hcNumber` / `hlPaper`. */
export const houseNumberSchema = z.looseObject({
  number: optionalText,
  sessionId: z.number().int().optional(),
  sessionDescription: optionalText,
});

/** `Committees.Common.Responses.Common.Publication.PublicationType`. */
export const publicationTypeSchema = z.looseObject({
  id: z.number().int(),
  name: optionalText,
  governmentCanRespond: z.boolean().optional(),
  canBeResponse: z.boolean().optional(),
});

/** `Committees.Common.Enums.House`. */
export const apiHouseSchema = z.enum(['Commons', 'Lords', 'Joint']);

/** `Committees.Common.Responses.CommitteeSummary` (the fields we read). */
export const committeeSummarySchema = z.looseObject({
  id: z.number().int(),
  name: optionalText,
  house: apiHouseSchema.nullish(),
});

/** What a publication summary and a full publication share. */
const publicationFields = {
  id: z.number().int(),
  description: optionalText,
  publicationStartDate: dateTime.nullish(),
  publicationEndDate: dateTime.nullish(),
  documents: z.array(apiDocumentSchema).nullish(),
  hcNumber: houseNumberSchema.nullish(),
  hlPaper: houseNumberSchema.nullish(),
  type: publicationTypeSchema.nullish(),
  responseToPublicationId: z.number().int().nullish(),
  additionalContentUrl: optionalText,
  additionalContentUrl2: optionalText,
};

/** `Committees.Common.Responses.Common.Publication.PublicationSummary` (a response listed on its report). */
export const publicationSummarySchema = z.looseObject(publicationFields);
export type PublicationSummary = z.infer<typeof publicationSummarySchema>;

/** `Committees.Common.Responses.Common.Publication.GovernmentResponse` (on a report). */
export const governmentResponseSchema = z.looseObject({
  publication: z.array(publicationSummarySchema).nullish(),
  responseDeadline: dateTime.nullish(),
  /** Spelled so in the API; true when no response is expected (described as "If the response is expected", which it is not). */
  responseExcepted: z.boolean().optional(),
});
export type GovernmentResponse = z.infer<typeof governmentResponseSchema>;

/** `Committees.Common.Responses.Publication`: GET /api/Publications/{id}, and each item of GET /api/Publications. */
export const publicationSchema = z.looseObject({
  ...publicationFields,
  governmentResponses: governmentResponseSchema.nullish(),
  committee: committeeSummarySchema.nullish(),
});
export type Publication = z.infer<typeof publicationSchema>;

/** `Committees.Common.ResourceCollection<Publication>`: GET /api/Publications. */
export const publicationListSchema = z.looseObject({
  items: z.array(publicationSchema),
  totalResults: z.number().int().min(0).optional(),
  itemsPerPage: z.number().int().min(0).optional(),
});
export type PublicationList = z.infer<typeof publicationListSchema>;
