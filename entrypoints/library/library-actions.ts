import { sendToBackground, type Result } from '@/utils/messages';
import type { SavedItem, SavedItemPatch } from '@/utils/model/model';

/** Library writes, all through the background; each answers a Result for the page to report. */
export const libraryActions = {
  update: (key: string, patch: SavedItemPatch): Promise<Result<SavedItem>> => sendToBackground('updateItem', { key, patch }),
  retag: (keys: string[], change: { add?: string[]; remove?: string[] }) => sendToBackground('retagItems', { keys, ...change }),
  remove: (keys: string[]) => sendToBackground('deleteItems', { keys }),
  restore: (items: SavedItem[]) => sendToBackground('restoreItems', { items }),
};
