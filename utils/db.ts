import Dexie, { type EntityTable } from 'dexie';
import type { SavedItem } from './model';

export const DB_NAME = 'committee-lens';

/**
 * The extension's IndexedDB, owned by the background. Extension pages (popup, library) may read it
 * directly for live queries; every write goes through the background's message handlers.
 * Never edit a released `version(n)`: a shape change is `version(n + 1)` with an upgrade.
 */
export class LensDatabase extends Dexie {
  savedItems!: EntityTable<SavedItem, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      savedItems: 'key, savedAt, reportKey',
    });
  }
}
