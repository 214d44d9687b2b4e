import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { tagSchema } from './model/model';

export const settingsSchema = z.object({
  /** Hostnames where the reader has hidden all badges. */
  disabledSites: z.array(z.string()),
  /** Labelled: symbol and word. Compact: symbol only (the word stays in the accessible name). */
  badgeStyle: z.enum(['labelled', 'compact']),
  /** Tags given to every new save. */
  defaultTags: z.array(tagSchema).max(20),
  theme: z.enum(['system', 'light', 'dark']),
  /** Ask Parliament's Committees API for a report's response when it is opened (off: only on the reader's click). */
  checkResponsesOnOpen: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  badgeStyle: 'labelled',
  defaultTags: [],
  theme: 'system',
  checkResponsesOnOpen: false,
};

/** Stored as `unknown`: whatever is there is validated on every read. */
const SETTINGS_ITEM = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Stored settings, or the defaults where they are missing or invalid (settings are not user data). */
export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const partial = settingsSchema.partial().safeParse(raw);
  return { ...DEFAULT_SETTINGS, ...(partial.success ? partial.data : {}) };
}

export async function readSettings(): Promise<Settings> {
  return parseSettings(await SETTINGS_ITEM.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await readSettings()), ...patch });
  await SETTINGS_ITEM.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return SETTINGS_ITEM.watch((raw) => onChange(parseSettings(raw)));
}

export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return settings.disabledSites.includes(hostname);
}

export async function resetSettings(): Promise<void> {
  await SETTINGS_ITEM.removeValue();
}
