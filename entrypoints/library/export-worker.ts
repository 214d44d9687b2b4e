/**
 * Builds an export file off the library page's thread. The page sends the items in batches
 * (`ExportRequest`), then `run`; this answers the file as a Blob, which crosses back without a copy
 * of its text. Nothing here touches the page or the database: the formats are pure.
 */
import { errorMessage } from '@/utils/errors';
import { EXPORT_FORMATS, type ExportKind } from '@/utils/export';
import type { SavedItem } from '@/utils/model/model';

export type ExportRequest = { type: 'items'; items: SavedItem[] } | { type: 'run'; kind: ExportKind; now: number };

export type ExportReply = { ok: true; filename: string; blob: Blob } | { ok: false; message: string };

let items: SavedItem[] = [];

self.onmessage = (event: MessageEvent<ExportRequest>) => {
  const request = event.data;
  if (request.type === 'items') {
    for (const item of request.items) items.push(item);
    return;
  }
  const batch = items;
  items = [];
  let reply: ExportReply;
  try {
    const format = EXPORT_FORMATS.find((f) => f.kind === request.kind);
    if (!format) throw new Error(`No export format ${request.kind}`);
    const file = format.run(batch, { now: request.now });
    reply = { ok: true, filename: file.filename, blob: new Blob([file.content], { type: file.mime }) };
  } catch (error) {
    reply = { ok: false, message: errorMessage(error) };
  }
  self.postMessage(reply);
};
