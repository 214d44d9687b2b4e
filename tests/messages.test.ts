import { describe, expect, it, vi } from 'vitest';
import { LensFailure } from '@/utils/errors';
import {
  backgroundProtocol,
  createHandler,
  createSender,
  pageSummarySchema,
  popupSummarySchema,
  tabProtocol,
  toPopupSummary,
  type Handlers,
  type PageSummary,
  type Result,
  type Transport,
} from '@/utils/messages';
import { sampleItem, samplePage, sampleSaveInput, sampleSavedItem } from './helpers/sample';

interface Ctx {
  from: string;
}

type BackgroundHandlers = Handlers<typeof backgroundProtocol, Ctx>;

/** Plain stub handlers that answer valid responses. */
function stubHandlers(overrides: Partial<BackgroundHandlers> = {}): BackgroundHandlers {
  return {
    saveItem: async ({ item }) => ({ ...item, savedAt: 1, updatedAt: 1, note: '', tags: [] }),
    unsaveItem: () => ({ removed: true }),
    saveItems: ({ items }) => ({ saved: items.length }),
    getSavedItems: ({ reportKey }) => [{ ...sampleSavedItem('1'), key: `${reportKey}#1`, reportKey }],
    updateItem: () => {
      throw new Error('not used here');
    },
    retagItems: () => ({ updated: 0 }),
    deleteItems: () => ({ deleted: [] }),
    restoreItems: () => ({ restored: 0 }),
    pageRead: () => ({ answers: [], stored: 0 }),
    selectionPagesChanged: () => ({ updated: true as const }),
    fetchPage: ({ url }) => ({ kind: 'html' as const, url, html: '' }),
    fetchApi: () => ({ status: 200, json: { items: [] } }),
    recordResponse: ({ response }) => response,
    clearAllData: () => ({ cleared: true as const }),
    loadUi: () => ({ loaded: true as const }),
    ...overrides,
  };
}

const CTX: Ctx = { from: 'test' };

function silenceConsoleError() {
  return vi.spyOn(console, 'error').mockImplementation(() => {});
}

describe('createHandler', () => {
  const handle = createHandler(backgroundProtocol, stubHandlers(), 'test');

  it.each<[string, unknown, unknown]>([
    ['getSavedItems', { type: 'getSavedItems', data: { reportKey: 'r' } }, [{ ...sampleSavedItem('1'), key: 'r#1', reportKey: 'r' }]],
    [
      'getSavedItems with a page key',
      { type: 'getSavedItems', data: { reportKey: 'r', pageKey: 'p' } },
      [{ ...sampleSavedItem('1'), key: 'r#1', reportKey: 'r' }],
    ],
    ['unsaveItem', { type: 'unsaveItem', data: { key: 'r#1' } }, { removed: true }],
    ['loadUi', { type: 'loadUi', data: {} }, { loaded: true }],
    [
      'saveItem',
      { type: 'saveItem', data: { item: sampleSaveInput('7') } },
      { ...sampleSaveInput('7'), savedAt: 1, updatedAt: 1, note: '', tags: [] },
    ],
  ])('answers a valid %s with its data', async (_name, message, data) => {
    expect(await handle(message, CTX)).toEqual({ ok: true, data });
  });

  it('passes the parsed request (unknown keys stripped) and the context to the handler', async () => {
    const seen: unknown[] = [];
    const spying = createHandler(
      backgroundProtocol,
      stubHandlers({
        getSavedItems: (data, ctx) => {
          seen.push(data, ctx);
          return [];
        },
      }),
      'test',
    );
    await spying({ type: 'getSavedItems', data: { reportKey: 'r', extra: 'dropped' } }, CTX);
    expect(seen).toEqual([{ reportKey: 'r' }, CTX]);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'getSavedItems'],
    ['a number', 42],
    ['an array', ['getSavedItems', {}]],
    ['an object without type', { data: { reportKey: 'r' } }],
    ['a non-string type', { type: 1, data: {} }],
  ])('"bad-message" for %s', async (_name, message) => {
    const reply = await handle(message, CTX);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });

  it.each(['nope', '', '__proto__', 'toString', 'constructor', 'hasOwnProperty', 'getPageSummary'])(
    '"unknown-type" for type "%s"',
    async (type) => {
      const reply = await handle({ type, data: {} }, CTX);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    },
  );

  it.each<[string, unknown]>([
    ['getSavedItems', undefined],
    ['getSavedItems', {}],
    ['getSavedItems', { reportKey: '' }],
    ['getSavedItems', { reportKey: 5 }],
    ['getSavedItems', { reportKey: 'r', pageKey: '' }],
    ['loadUi', undefined],
    ['unsaveItem', { key: '' }],
    ['saveItem', { item: { ...sampleSaveInput('7'), pageUrl: 'not a url' } }],
    ['saveItem', { item: { ...sampleSaveInput('7'), key: '' } }],
    ['saveItem', {}],
  ])('"invalid-request" for %s with %j', async (type, data) => {
    const reply = await handle({ type, data }, CTX);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!reply.ok) expect(reply.error.message).toContain(type);
  });

  it("answers a LensFailure's own code and message", async () => {
    const log = silenceConsoleError();
    const failing = createHandler(
      backgroundProtocol,
      stubHandlers({
        saveItem: () => {
          throw new LensFailure('write-failed', 'Could not save recommendation 7: disk full');
        },
      }),
      'test',
    );
    const reply = await failing({ type: 'saveItem', data: { item: sampleSaveInput('7') } }, CTX);
    expect(reply).toEqual({ ok: false, error: { code: 'write-failed', message: 'Could not save recommendation 7: disk full' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it.each<[string, () => never | Promise<never>, string]>([
    [
      'a thrown Error',
      () => {
        throw new Error('boom');
      },
      'boom',
    ],
    ['a rejected promise', () => Promise.reject(new TypeError('bad thing')), 'bad thing'],
    [
      'a thrown string',
      () => {
        throw 'just a string';
      },
      'just a string',
    ],
  ])('answers "failed" for %s and never rejects', async (_name, fail, message) => {
    silenceConsoleError();
    const failing = createHandler(backgroundProtocol, stubHandlers({ unsaveItem: fail }), 'test');
    const reply = failing({ type: 'unsaveItem', data: { key: 'r#1' } }, CTX);
    await expect(reply).resolves.toEqual({ ok: false, error: { code: 'failed', message } });
  });
});

describe('createSender', () => {
  function senderAnswering(answer: Transport) {
    const sent: unknown[] = [];
    const send = createSender(backgroundProtocol, (message) => {
      sent.push(message);
      return answer(message);
    });
    return { send, sent };
  }

  it('sends { type, data } and answers the parsed data', async () => {
    const { send, sent } = senderAnswering(async () => ({ ok: true, data: { removed: true, extra: 1 } }));
    expect(await send('unsaveItem', { key: 'r#1' })).toEqual({ ok: true, data: { removed: true } });
    expect(sent).toEqual([{ type: 'unsaveItem', data: { key: 'r#1' } }]);
  });

  it('answers a saved item', async () => {
    const saved = sampleSavedItem('7');
    const { send } = senderAnswering(async () => ({ ok: true, data: saved }));
    expect(await send('saveItem', { item: sampleSaveInput('7') })).toEqual({ ok: true, data: saved });
  });

  it.each<[string, Transport, string]>([
    ['a rejected promise', () => Promise.reject(new Error('Could not establish connection.')), 'Could not establish connection.'],
    [
      'a synchronous throw',
      () => {
        throw new Error('Extension context invalidated.');
      },
      'Extension context invalidated.',
    ],
    ['a rejected non-Error', () => Promise.reject('gone'), 'gone'],
  ])('"unreachable" for %s', async (_name, transport, message) => {
    const send = createSender(backgroundProtocol, transport);
    expect(await send('unsaveItem', { key: 'k' })).toEqual({ ok: false, error: { code: 'unreachable', message } });
  });

  it('"unreachable" keeps a LensFailure code from the transport', async () => {
    const send = createSender(backgroundProtocol, () => Promise.reject(new LensFailure('closed', 'Port closed')));
    expect(await send('unsaveItem', { key: 'k' })).toEqual({ ok: false, error: { code: 'closed', message: 'Port closed' } });
  });

  it.each<[string, unknown]>([
    ['undefined (no listener answered)', undefined],
    ['null', null],
    ['a bare value', { removed: true }],
    ['ok as a string', { ok: 'true', data: { removed: true } }],
    ['an error reply without error', { ok: false }],
    ['an error reply with a malformed error', { ok: false, error: 'nope' }],
    ['an error reply whose error lacks a message', { ok: false, error: { code: 'x' } }],
  ])('"bad-reply" for %s', async (_name, raw) => {
    const { send } = senderAnswering(async () => raw);
    expect(await send('unsaveItem', { key: 'k' })).toMatchObject({ ok: false, error: { code: 'bad-reply' } });
  });

  it.each<[string, unknown]>([
    ['missing data', { ok: true }],
    ['data of the wrong shape', { ok: true, data: { removed: 'yes' } }],
    ['data for another message', { ok: true, data: { keys: [] } }],
  ])('"bad-reply" when an ok reply has %s', async (_name, raw) => {
    const { send } = senderAnswering(async () => raw);
    const reply = await send('unsaveItem', { key: 'k' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-reply' } });
    if (!reply.ok) expect(reply.error.message).toContain('unsaveItem');
  });

  it('passes an error reply through', async () => {
    const error = { code: 'write-failed', message: 'Could not remove the saved item: closed' };
    const { send } = senderAnswering(async () => ({ ok: false, error }));
    expect(await send('unsaveItem', { key: 'k' })).toEqual({ ok: false, error });
  });

  it('round-trips through createHandler', async () => {
    const handle = createHandler(backgroundProtocol, stubHandlers(), 'test');
    const send = createSender(backgroundProtocol, (message) => handle(message, CTX));
    const replies: Result<unknown>[] = [await send('getSavedItems', { reportKey: 'r' }), await send('unsaveItem', { key: '' })];
    expect(replies[0]).toEqual({ ok: true, data: [{ ...sampleSavedItem('1'), key: 'r#1', reportKey: 'r' }] });
    expect(replies[1]).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('toPopupSummary', () => {
  const full: PageSummary = {
    page: samplePage([
      sampleItem('1', {
        headline: 'Victims first',
        section: 'Chapter 2',
        numbering: 'paragraph',
        reading: { status: 'rejected', source: 'classifier', confidence: 0.9, evidence: 'We do not accept this.', deciding: [[3, 13]] },
        otherReading: { status: 'noted', source: 'classifier' },
        response: { text: 'We do not accept this.', respondent: 'Ministry of Justice' },
        link: { responseUrl: 'https://www.gov.uk/x', match: 'confirmed' },
      }),
      sampleItem('2'),
    ]),
    savedKeys: [sampleItem('2').key],
    title: 'A justice report - Committees',
    badgesHidden: false,
    hostname: 'publications.parliament.uk',
    badgeFilter: ['rejected'],
  };

  it('keeps what a row shows and its status, and drops the rest of each item', () => {
    const summary = toPopupSummary(full);
    expect(summary.page?.items).toEqual([
      {
        key: sampleItem('1').key,
        number: '1',
        numbering: 'paragraph',
        text: sampleItem('1').text,
        headline: 'Victims first',
        reading: { status: 'rejected', source: 'classifier' },
      },
      {
        key: sampleItem('2').key,
        number: '2',
        numbering: undefined,
        text: sampleItem('2').text,
        headline: undefined,
        reading: { status: 'pending', source: 'default' },
      },
    ]);
    expect(summary.page).toMatchObject({ kind: 'report', url: full.page!.url, report: full.page!.report });
    expect(summary).toMatchObject({
      savedKeys: full.savedKeys,
      title: full.title,
      badgesHidden: false,
      hostname: full.hostname,
      badgeFilter: ['rejected'],
    });
  });

  it('is valid against its schema as the popup reads it, and is not a full page summary', () => {
    const summary = toPopupSummary(full);
    expect(popupSummarySchema.parse(JSON.parse(JSON.stringify(summary)))).toEqual(JSON.parse(JSON.stringify(summary)));
    expect(pageSummarySchema.safeParse(summary).success).toBe(false);
  });

  it('sends much less than the page summary', () => {
    expect(JSON.stringify(toPopupSummary(full)).length).toBeLessThan(JSON.stringify(full).length * 0.7);
  });

  it.each<[string, PageSummary]>([
    ['no page', { ...full, page: undefined }],
    ['a page without items', { ...full, page: samplePage([]) }],
  ])('%s', (_name, summary) => {
    const popup = toPopupSummary(summary);
    expect(popup.page?.items ?? []).toEqual([]);
    expect(popupSummarySchema.safeParse(popup).success).toBe(true);
  });

  it('round-trips as getPopupSummary', async () => {
    const handle = createHandler(
      tabProtocol,
      {
        getPageSummary: () => full,
        getPopupSummary: () => toPopupSummary(full),
        scrollToItem: () => ({ found: true }),
        keyboardCommand: () => ({}),
        saveAll: () => ({ saved: 0 }),
        filterBadges: () => ({ shown: 0 }),
        findResponse: () => ({ kind: 'none' as const, looked: 0 }),
        answersChanged: () => ({ refreshed: false }),
        saveSelection: () => ({ saved: false, message: '' }),
      },
      'test',
    );
    const send = createSender(tabProtocol, (message) => handle(message, CTX));
    const reply = await send('getPopupSummary', {});
    expect(reply).toEqual({ ok: true, data: popupSummarySchema.parse(toPopupSummary(full)) });
    expect(reply.ok && reply.data.page?.items[0]).not.toHaveProperty('quote');
  });
});
