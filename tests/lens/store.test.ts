import { canonicalKey } from '@/utils/report-key';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { describe, expect, it, vi } from 'vitest';
import { createLensStore } from '@/entrypoints/lens.content/store';
import type { Result, sendToBackground } from '@/utils/messages';
import { PAGE_URL, REPORT_KEY, sampleItem, samplePage, sampleSavedItem } from '../helpers/sample';

type Send = typeof sendToBackground;
interface Sent {
  type: string;
  data: unknown;
}
type Answer = (type: string, data: unknown) => Result<unknown> | Promise<Result<unknown>>;

/**
 * A fake background: records what was sent and answers with `answer`. Cast to the real sender's
 * type, whose generic signature a plain function cannot spell; the store only calls it.
 */
function fakeSend(answer: Answer) {
  const sent: Sent[] = [];
  const send = (async (type: string, data: unknown) => {
    sent.push({ type, data });
    return answer(type, data);
  }) as unknown as Send;
  return { send, sent };
}

/** Answers like a working background. */
const working: Answer = (type, data) => {
  if (type === 'saveItem') return { ok: true, data: sampleSavedItem('1') };
  if (type === 'deleteItems')
    return { ok: true, data: { deleted: (data as { keys: string[] }).keys.map((key) => ({ ...sampleSavedItem('1'), key })) } };
  if (type === 'restoreItems') return { ok: true, data: { restored: (data as { items: unknown[] }).items.length } };
  if (type === 'getSavedItems') {
    const { reportKey, pageKey } = data as { reportKey: string; pageKey?: string };
    const byKey = (key: string) => (key === PAGE_KEY ? [selectionSaved] : [sampleSavedItem('1'), sampleSavedItem('3')]);
    return { ok: true, data: [...byKey(reportKey), ...(pageKey === undefined ? [] : byKey(pageKey))] };
  }
  throw new Error(`unexpected ${type} ${JSON.stringify(data)}`);
};

const PAGE_KEY = canonicalKey(new URL(PAGE_URL));
/** A passage saved from this page with the context menu. */
const selectionSaved = { ...sampleSavedItem('sel-abc'), key: `${PAGE_KEY}#sel-abc`, reportKey: PAGE_KEY, numbering: 'selection' as const };

const items = [sampleItem('1'), sampleItem('2')];
const page = samplePage(items, { url: `${PAGE_URL}#section-3` });

describe('createLensStore', () => {
  it('starts with nothing saved, busy or failed', () => {
    const store = createLensStore(page, 'Title', fakeSend(working).send);
    expect(store.getState()).toEqual({
      page,
      hosts: new Map(),
      savedKeys: new Set(),
      savedRecords: new Map(),
      busyKeys: new Set(),
      errors: new Map(),
      selections: [],
      answers: [],
      settings: DEFAULT_SETTINGS,
      badgeFilter: new Set(),
      responseSearch: { kind: 'idle' },
    });
  });

  it('setPage notifies only when the items or their hosts change, and closes a popover whose item left', () => {
    const store = createLensStore(page, 'Title', fakeSend(working).send);
    let notified = 0;
    store.subscribe(() => notified++);
    store.open(page.items[0]!.key);
    notified = 0;
    store.setPage({ ...page }, new Map());
    expect(notified).toBe(0);
    store.setPage({ ...page, items: page.items.slice(1) }, new Map());
    expect(notified).toBe(1);
    expect(store.getState().openKey).toBeUndefined();
  });

  it('loadSaved fills savedKeys, the saved records and the saved selections, asking once for the report and the page', async () => {
    const { send, sent } = fakeSend(working);
    const store = createLensStore(page, 'Title', send);
    await store.loadSaved();
    expect(sent).toEqual([{ type: 'getSavedItems', data: { reportKey: REPORT_KEY, pageKey: PAGE_KEY } }]);
    expect([...store.getState().savedRecords.keys()]).toEqual([`${REPORT_KEY}#1`, `${REPORT_KEY}#3`, selectionSaved.key]);
    expect(store.getState().savedKeys).toEqual(new Set([`${REPORT_KEY}#1`, `${REPORT_KEY}#3`, selectionSaved.key]));
    expect(store.getState().selections.map((item) => item.key)).toEqual([selectionSaved.key]);
  });

  it('loadSaved keeps savedKeys empty when the background fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { send } = fakeSend(() => ({ ok: false, error: { code: 'unreachable', message: 'gone' } }));
    const store = createLensStore(page, 'Title', send);
    await store.loadSaved();
    expect(store.getState().savedKeys).toEqual(new Set());
    expect(warn).toHaveBeenCalledOnce();
  });

  it('save saves and a second save leaves it saved; unsave answers the removed records and restore puts them back', async () => {
    const { send, sent } = fakeSend(working);
    const store = createLensStore(page, 'Report title', send);
    const item = items[0]!;

    expect(await store.save(item)).toBe(true);
    expect(store.getState().savedKeys).toEqual(new Set([item.key]));
    expect(store.getState().savedRecords.has(item.key)).toBe(true);
    expect(store.getState().busyKeys).toEqual(new Set());
    expect(await store.save(item)).toBe(true);
    expect(store.getState().savedKeys).toEqual(new Set([item.key]));

    const removed = await store.unsave(item);
    expect(removed?.map((record) => record.key)).toEqual([item.key]);
    expect(store.getState().savedKeys).toEqual(new Set());
    expect(store.getState().savedRecords.has(item.key)).toBe(false);
    expect(store.getState().busyKeys).toEqual(new Set());

    expect(await store.restore(removed!)).toBeUndefined();
    expect(store.getState().savedKeys).toEqual(new Set([item.key]));
    expect(store.getState().savedRecords.get(item.key)).toEqual(removed![0]);

    expect(sent).toEqual([
      {
        type: 'saveItem',
        data: {
          item: {
            ...item,
            reportKey: REPORT_KEY,
            reportTitle: 'A justice report',
            committee: undefined,
            house: 'commons',
            paperNumber: 'HC 304',
            pageUrl: PAGE_URL,
            pageTitle: 'Report title',
            pageKind: 'report',
          },
        },
      },
      { type: 'deleteItems', data: { keys: [item.key] } },
      { type: 'restoreItems', data: { items: removed } },
    ]);
  });

  it('a failed save leaves savedKeys unchanged, records the error for that key and clears busy', async () => {
    const { send } = fakeSend(() => ({ ok: false, error: { code: 'write-failed', message: 'Could not save recommendation 1' } }));
    const store = createLensStore(page, 'Title', send);
    const item = items[0]!;

    expect(await store.save(item)).toBe(false);

    const state = store.getState();
    expect(state.savedKeys).toEqual(new Set());
    expect(state.errors).toEqual(new Map([[item.key, 'Could not save recommendation 1']]));
    expect(state.busyKeys).toEqual(new Set());
  });

  it('a failed unsave keeps the item saved', async () => {
    let fail = false;
    const { send } = fakeSend((type, data) =>
      fail ? { ok: false, error: { code: 'write-failed', message: 'Could not remove' } } : working(type, data),
    );
    const store = createLensStore(page, 'Title', send);
    const item = items[0]!;
    await store.save(item);
    fail = true;
    expect(await store.unsave(item)).toBeUndefined();
    expect(store.getState().savedKeys).toEqual(new Set([item.key]));
    expect(store.getState().errors.get(item.key)).toBe('Could not remove');
  });

  it('clears an earlier error when the item is tried again', async () => {
    let fail = true;
    const { send } = fakeSend((type, data) =>
      fail ? { ok: false, error: { code: 'write-failed', message: 'nope' } } : working(type, data),
    );
    const store = createLensStore(page, 'Title', send);
    const [first, second] = [items[0]!, items[1]!];
    await store.save(first);
    await store.save(second);
    fail = false;
    await store.save(first);
    expect(store.getState().errors).toEqual(new Map([[second.key, 'nope']]));
    expect(store.getState().savedKeys).toEqual(new Set([first.key]));
  });

  it('marks the item busy while in flight and ignores a second save meanwhile', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { send, sent } = fakeSend(async (type, data) => {
      await gate;
      return working(type, data);
    });
    const store = createLensStore(page, 'Title', send);
    const item = items[0]!;

    const pending = store.save(item);
    expect(store.getState().busyKeys).toEqual(new Set([item.key]));
    await store.save(item);
    expect(sent).toHaveLength(1);

    release();
    await pending;
    expect(store.getState().busyKeys).toEqual(new Set());
    expect(store.getState().savedKeys).toEqual(new Set([item.key]));
  });

  it('notifies subscribers on every change until they unsubscribe', async () => {
    const store = createLensStore(page, 'Title', fakeSend(working).send);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);

    store.open('k');
    expect(store.getState().openKey).toBe('k');
    store.close();
    expect(store.getState().openKey).toBeUndefined();
    store.flash('k');
    expect(store.getState().flashKey).toBe('k');
    expect(listener).toHaveBeenCalledTimes(3);

    await store.save(items[0]!);
    expect(listener).toHaveBeenCalledTimes(5); // busy on, then saved + busy off

    await store.loadSaved();
    expect(listener).toHaveBeenCalledTimes(6);

    unsubscribe();
    store.open('x');
    expect(listener).toHaveBeenCalledTimes(6);
  });

  it('gives a new state object on change, so useSyncExternalStore re-renders', () => {
    const store = createLensStore(page, 'Title', fakeSend(working).send);
    const before = store.getState();
    expect(store.getState()).toBe(before);
    store.open('k');
    expect(store.getState()).not.toBe(before);
  });
});

describe('saveAll', () => {
  it('saves every item, saved ones too (their reading refreshed; notes stay with the background), and counts the new ones', async () => {
    let savedAll = false;
    const { send, sent } = fakeSend((type, data) => {
      if (type === 'saveItems') {
        savedAll = true;
        return { ok: true, data: { saved: (data as { items: unknown[] }).items.length } };
      }
      if (type === 'getSavedItems' && savedAll) return { ok: true, data: [sampleSavedItem('1'), sampleSavedItem('2')] };
      return working(type, data);
    });
    const store = createLensStore(page, 'Title', send);
    await store.loadSaved();
    expect(store.getState().savedKeys.has(items[0]!.key)).toBe(true);
    const result = await store.saveAll();
    expect(result).toEqual({ ok: true, saved: 1 });
    const saveItems = sent.find((message) => message.type === 'saveItems')!.data as { items: { key: string; note?: string }[] };
    expect(saveItems.items.map((item) => item.key)).toEqual(items.map((item) => item.key));
    // What the page read, never the reader's data: a save input has no note to overwrite.
    expect(saveItems.items.every((item) => item.note === undefined)).toBe(true);
    // The saved records are asked for again (their readings as the background merges them now).
    await vi.waitFor(() => expect(sent.filter((message) => message.type === 'getSavedItems')).toHaveLength(2));
    await vi.waitFor(() => expect(store.getState().savedRecords.has(items[1]!.key)).toBe(true));
  });
});
