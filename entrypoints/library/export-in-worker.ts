import { EXPORT_FORMATS, type ExportKind } from '@/utils/export';
import type { SavedItem } from '@/utils/model/model';
import type { ExportReply, ExportRequest } from './export-worker';

/** Items per message to the worker: copying one batch takes a few milliseconds of the page's thread. */
const BATCH = 250;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Build an export file without holding up the library page: the items go to a worker in small
 * batches (the page handles input and frames between them), the worker builds the file and
 * answers it as a Blob. Where workers are not available the file is built here.
 */
export async function exportInWorker(
  kind: ExportKind,
  items: readonly SavedItem[],
  now = Date.now(),
): Promise<{ filename: string; blob: Blob }> {
  if (typeof Worker === 'undefined') {
    const format = EXPORT_FORMATS.find((f) => f.kind === kind)!;
    const file = format.run(items, { now });
    return { filename: file.filename, blob: new Blob([file.content], { type: file.mime }) };
  }
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  try {
    const reply = new Promise<ExportReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<ExportReply>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'The export worker failed.'));
    });
    const send = (request: ExportRequest) => worker.postMessage(request);
    for (let start = 0; start < items.length; start += BATCH) {
      send({ type: 'items', items: items.slice(start, start + BATCH) });
      await nextTask();
    }
    send({ type: 'run', kind, now });
    const answer = await reply;
    if (!answer.ok) throw new Error(answer.message);
    return answer;
  } finally {
    worker.terminate();
  }
}
