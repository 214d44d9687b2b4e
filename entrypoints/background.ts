import { defineBackground } from 'wxt/utils/define-background';
import { LensDatabase } from '@/utils/db';
import { backgroundProtocol, createHandler, listenForMessages } from '@/utils/messages';
import { saveItem, savedKeysFor, unsaveItem } from '@/utils/saved-items';

export default defineBackground(() => {
  // Listeners are registered in the first turn: MV3 drops wake-up events otherwise.
  // Dexie opens the database lazily on the first query, so there is nothing to await here.
  const db = new LensDatabase();
  const handle = createHandler(
    backgroundProtocol,
    {
      getSavedKeys: async ({ reportKey }) => ({ keys: await savedKeysFor(db, reportKey) }),
      saveItem: ({ item }) => saveItem(db, item),
      unsaveItem: async ({ key }) => ({ removed: await unsaveItem(db, key) }),
    },
    'background',
  );
  listenForMessages(handle, (sender) => sender);
});
