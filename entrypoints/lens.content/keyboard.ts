import type { BadgeHost } from './mount';

/** The item whose badge has focus (focus inside a shadow root shows on its host). */
export function focusedKey(hosts: ReadonlyMap<string, BadgeHost>, doc: Document): string | undefined {
  for (const [key, { host }] of hosts) if (doc.activeElement === host) return key;
  return undefined;
}

/**
 * The next or previous badge from the focused one; with none focused, the first badge at or below
 * the top of the viewport (next) or the last one above it (previous).
 */
export function neighbourKey(
  keys: readonly string[],
  hosts: ReadonlyMap<string, BadgeHost>,
  direction: 1 | -1,
  current: string | undefined,
): string | undefined {
  if (keys.length === 0) return undefined;
  const at = current === undefined ? -1 : keys.indexOf(current);
  if (at >= 0) return keys[Math.min(keys.length - 1, Math.max(0, at + direction))];
  const tops = keys.map((key) => hosts.get(key)?.host.getBoundingClientRect().top ?? 0);
  if (direction === 1)
    return keys[
      Math.max(
        0,
        tops.findIndex((top) => top >= 0),
      )
    ];
  const above = tops.map((top, i) => (top < 0 ? i : -1)).filter((i) => i >= 0);
  return keys[above.at(-1) ?? 0];
}

export function focusBadge(slot: BadgeHost, reduceMotion: boolean): void {
  slot.host.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'instant' : 'smooth' });
  slot.root.querySelector('button')?.focus({ preventScroll: true });
}
