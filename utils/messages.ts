import { z } from 'zod';
import { browser } from 'wxt/browser';
import {
  detectedItemSchema,
  detectedPageSchema,
  saveItemInputSchema,
  savedItemPatchSchema,
  savedItemSchema,
  statusReadingSchema,
  statusSchema,
  storedAnswerSchema,
  tagSchema,
  type DetectedItem,
  reportIdentitySchema,
} from './model/model';
import { storedResponseSchema } from './committees-api/facts';
import { LensFailure } from './errors';

/**
 * Message contracts. Every message is `{ type, data }`; every reply is
 * `{ ok: true, data } | { ok: false, error }`. The receiver validates the request and the sender
 * validates the reply: the content script lives in a hostile page, and after an update a stale
 * content script can still talk to a new background.
 */

export const lensErrorSchema = z.object({ code: z.string(), message: z.string() });
export type LensError = z.infer<typeof lensErrorSchema>;
export type Result<T> = { ok: true; data: T } | { ok: false; error: LensError };

// Without zod, so the content script's first stage can listen before it loads anything else.
export { listenForMessages } from './message-listener';

interface Contract {
  request: z.ZodType;
  response: z.ZodType;
}
type Protocol = Record<string, Contract>;

/** Content scripts, popup and library → background (which owns the database). */
export const backgroundProtocol = {
  saveItem: {
    request: z.object({ item: saveItemInputSchema }),
    response: savedItemSchema,
  },
  saveItems: {
    request: z.object({ items: z.array(saveItemInputSchema).max(5000) }),
    response: z.object({ saved: z.number().int() }),
  },
  unsaveItem: {
    request: z.object({ key: z.string().min(1) }),
    response: z.object({ removed: z.boolean() }),
  },
  updateItem: {
    request: z.object({ key: z.string().min(1), patch: savedItemPatchSchema }),
    response: savedItemSchema,
  },
  retagItems: {
    request: z.object({
      keys: z.array(z.string().min(1)).max(50_000),
      add: z.array(tagSchema).optional(),
      remove: z.array(tagSchema).optional(),
    }),
    response: z.object({ updated: z.number().int() }),
  },
  deleteItems: {
    request: z.object({ keys: z.array(z.string().min(1)).max(50_000) }),
    response: z.object({ deleted: z.array(savedItemSchema) }),
  },
  restoreItems: {
    request: z.object({ items: z.array(savedItemSchema).max(50_000) }),
    response: z.object({ restored: z.number().int() }),
  },
  /** The library imported saved selections on these pages: the background (the list's one writer) lists them. */
  selectionPagesChanged: {
    request: z.object({ pageKeys: z.array(z.string().min(1)).max(50_000) }),
    response: z.object({ updated: z.literal(true) }),
  },
  /** Settings → "Delete all my data": the database and the settings. */
  clearAllData: {
    request: z.object({ confirm: z.literal('delete everything') }),
    response: z.object({ cleared: z.literal(true) }),
  },
  /**
   * "Find the government response": fetch one page of a listed host (only on the reader's click);
   * a PDF is read in the background (pdf.js in the PDF reader page, then the same reader) and
   * answered as its reading.
   */
  fetchPage: {
    request: z.object({ url: z.url({ protocol: /^https$/ }) }),
    response: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('html'), url: z.string(), html: z.string() }),
      z.object({ kind: z.literal('pdf'), url: z.string(), page: detectedPageSchema.optional() }),
    ]),
  },
  /**
   * "Find the government response" (only on the reader's click, or with the opt-in setting): one
   * GET of Parliament's Committees API (its publications endpoints only). Any HTTP status is
   * answered with its body unread; the lookup validates the JSON.
   */
  fetchApi: {
    request: z.object({ path: z.string().min(1).max(500) }),
    response: z.object({ status: z.number().int(), json: z.unknown() }),
  },
  /** What was learnt about a report's response (deadline, answers): stored on its record. */
  recordResponse: {
    request: z.object({ report: reportIdentitySchema, url: z.string(), response: storedResponseSchema }),
    response: storedResponseSchema,
  },
  /** A page has been read: reports get their stored answers back; responses' answers are stored. */
  pageRead: {
    request: z.object({ page: detectedPageSchema }),
    response: z.object({
      answers: z.array(storedAnswerSchema),
      stored: z.number().int(),
      /** On report pages: what is known about the report's response (deadline, answers). */
      response: storedResponseSchema.optional(),
    }),
  },
  /**
   * From the content script's first stage, when its page has something to show: inject the UI
   * script (`lens-ui.js`) into the sender's frame. Answers once it has run.
   */
  loadUi: {
    request: z.object({}),
    response: z.object({ loaded: z.literal(true) }),
  },
  /**
   * Saved items of one report, and of the page it is on when `pageKey` is given (the content
   * script marks saved items and re-finds saved selections with them).
   */
  getSavedItems: {
    request: z.object({ reportKey: z.string().min(1), pageKey: z.string().min(1).optional() }),
    response: z.array(savedItemSchema),
  },
} satisfies Protocol;

export const KEYBOARD_COMMANDS = ['next-recommendation', 'previous-recommendation', 'save-recommendation'] as const;
export const keyboardCommandSchema = z.enum(KEYBOARD_COMMANDS);

/** Beside every outcome: what is known about the response's deadline, and why Parliament's data could not be read. */
const findExtras = {
  response: storedResponseSchema.optional(),
  apiProblem: z.string().optional(),
};

export const findResultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('found'),
    url: z.string(),
    title: z.string().optional(),
    answered: z.number().int(),
    /** Which way found it: Parliament's Committees API, or following the committee pages. */
    via: z.enum(['api', 'pages']).optional(),
    ...findExtras,
  }),
  z.object({ kind: z.literal('none'), looked: z.number().int(), ...findExtras }),
  z.object({ kind: z.literal('failed'), message: z.string(), ...findExtras }),
]);

export const pageSummarySchema = z.object({
  page: detectedPageSchema.optional(),
  savedKeys: z.array(z.string()),
  title: z.string(),
  /** The reader has hidden badges on this site. */
  badgesHidden: z.boolean(),
  hostname: z.string(),
  /** Statuses the page is showing badges for, when the reader has narrowed them. */
  badgeFilter: z.array(statusSchema),
  /** On a report: what is known about its government response (deadline, answers). */
  response: storedResponseSchema.optional(),
});
export type PageSummary = z.infer<typeof pageSummarySchema>;

/** An item as the popup lists it: its row and what the row's status chip and filters need. */
export const popupItemSchema = detectedItemSchema
  .pick({ key: true, number: true, numbering: true, text: true, headline: true })
  .extend({ reading: statusReadingSchema.pick({ status: true, source: true }) });
export type PopupItem = z.infer<typeof popupItemSchema>;

/**
 * The page summary the popup opens with: every item cut down to its row. A fraction of the full
 * summary to send and to validate, which is most of the popup's start-up on a long report; the
 * popup asks for the full summary only to export the page.
 */
export const popupSummarySchema = pageSummarySchema.extend({
  page: detectedPageSchema
    .pick({ kind: true, url: true, report: true })
    .extend({ items: z.array(popupItemSchema) })
    .optional(),
});
export type PopupSummary = z.infer<typeof popupSummarySchema>;

function toPopupItem({ key, number, numbering, text, headline, reading }: DetectedItem): PopupItem {
  return { key, number, numbering, text, headline, reading: { status: reading.status, source: reading.source } };
}

/** What `getPopupSummary` answers: the page summary with each item cut down to its row. */
export function toPopupSummary(summary: PageSummary): PopupSummary {
  const { page } = summary;
  return { ...summary, page: page && { kind: page.kind, url: page.url, report: page.report, items: page.items.map(toPopupItem) } };
}

/** Popup → the content script of one tab. */
export const tabProtocol = {
  getPageSummary: {
    request: z.object({}),
    response: pageSummarySchema,
  },
  /** The popup's first question: the summary with each item cut down to its row (`toPopupSummary`). */
  getPopupSummary: {
    request: z.object({}),
    response: popupSummarySchema,
  },
  scrollToItem: {
    request: z.object({ key: z.string().min(1) }),
    response: z.object({ found: z.boolean() }),
  },
  /** A keyboard shortcut (manifest `commands`), passed on by the background to the active tab. */
  keyboardCommand: {
    request: z.object({ command: keyboardCommandSchema }),
    response: z.object({ key: z.string().optional() }),
  },
  /** From the popup: save every item on the page. */
  saveAll: {
    request: z.object({}),
    response: z.object({ saved: z.number().int() }),
  },
  /** From the popup: show only the badges of these statuses (none: all). */
  filterBadges: {
    request: z.object({ statuses: z.array(statusSchema) }),
    response: z.object({ shown: z.number().int() }),
  },
  /** From the popup: look for this report's government response. */
  findResponse: {
    request: z.object({}),
    response: findResultSchema,
  },
  /**
   * From the background, to every tab: the government's answers stored for some report changed (a
   * response was read in another tab). A report page asks for its answers again; other pages, and
   * pages whose UI never loaded, ignore it.
   */
  answersChanged: {
    request: z.object({}),
    response: z.object({ refreshed: z.boolean() }),
  },
  /** From the context menu: save what the reader has selected on this page. */
  saveSelection: {
    request: z.object({}),
    response: z.object({ saved: z.boolean(), message: z.string() }),
  },
} satisfies Protocol;

type RequestOf<P extends Protocol, T extends keyof P> = z.input<P[T]['request']>;
type ParsedRequestOf<P extends Protocol, T extends keyof P> = z.output<P[T]['request']>;
type ResponseOf<P extends Protocol, T extends keyof P> = z.output<P[T]['response']>;

const envelopeSchema = z.object({ type: z.string(), data: z.unknown() });
const replySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: lensErrorSchema }),
]);

function toLensError(error: unknown, code: string): LensError {
  if (error instanceof LensFailure) return { code: error.code, message: error.message };
  return { code, message: error instanceof Error ? error.message : String(error) };
}

export type Transport = (message: unknown) => Promise<unknown>;

/** A typed `send(type, data)` over a transport; never throws, always answers a `Result`. */
export function createSender<P extends Protocol>(protocol: P, transport: Transport) {
  return async function send<T extends keyof P & string>(type: T, data: RequestOf<P, T>): Promise<Result<ResponseOf<P, T>>> {
    let raw: unknown;
    try {
      raw = await transport({ type, data });
    } catch (error) {
      return { ok: false, error: toLensError(error, 'unreachable') };
    }
    const reply = replySchema.safeParse(raw);
    if (!reply.success) {
      return { ok: false, error: { code: 'bad-reply', message: `No valid answer to ${type}.` } };
    }
    if (!reply.data.ok) return reply.data;
    const parsed = protocol[type]!.response.safeParse(reply.data.data);
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad-reply', message: `Unexpected answer to ${type}: ${z.prettifyError(parsed.error)}` } };
    }
    return { ok: true, data: parsed.data as ResponseOf<P, T> };
  };
}

export type Handlers<P extends Protocol, Ctx> = {
  [T in keyof P]: (data: ParsedRequestOf<P, T>, ctx: Ctx) => Promise<ResponseOf<P, T>> | ResponseOf<P, T>;
};

/** Validates an incoming message, runs its handler and answers a `Result`; never rejects. */
export function createHandler<P extends Protocol, Ctx>(protocol: P, handlers: Handlers<P, Ctx>, name: string) {
  return async function handle(message: unknown, ctx: Ctx): Promise<Result<unknown>> {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) {
      return { ok: false, error: { code: 'bad-message', message: 'Not a Committee Lens message.' } };
    }
    const { type } = envelope.data;
    if (!Object.hasOwn(protocol, type)) {
      return { ok: false, error: { code: 'unknown-type', message: `Unknown message type "${type}".` } };
    }
    const request = protocol[type]!.request.safeParse(envelope.data.data);
    if (!request.success) {
      return { ok: false, error: { code: 'invalid-request', message: `Invalid ${type}: ${z.prettifyError(request.error)}` } };
    }
    try {
      const handler = handlers[type as keyof P] as (data: unknown, ctx: Ctx) => unknown;
      return { ok: true, data: await handler(request.data, ctx) };
    } catch (error) {
      console.error(`[committee-lens] ${name}: ${type} failed`, error);
      return { ok: false, error: toLensError(error, 'failed') };
    }
  };
}

/**
 * Background → its PDF reader page (pdf-reader.html: Chrome's offscreen document, an iframe of
 * Firefox's background page), which holds pdf.js: read the text of a response published as PDF.
 */
export const readerProtocol = {
  readResponsePdf: {
    /** The PDF as downloaded by the background (base64, at most the response size limit), and its address. */
    request: z.object({ url: z.url({ protocol: /^https$/ }), data: z.string().max(11_000_000) }),
    response: z.object({ page: detectedPageSchema.optional() }),
  },
} satisfies Protocol;

export const sendToBackground = createSender(backgroundProtocol, (message) => browser.runtime.sendMessage(message));

export function sendToTab(tabId: number) {
  return createSender(tabProtocol, (message) => browser.tabs.sendMessage(tabId, message));
}
