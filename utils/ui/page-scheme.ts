import { isDark, over, parseColor, type Rgba } from './contrast';

export type Scheme = 'light' | 'dark';
export type ThemeSetting = 'system' | Scheme;

type StyleView = Pick<Window, 'getComputedStyle' | 'matchMedia'>;

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** Chromium's and Firefox's dark canvas. */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/** The canvas behind a page with no background of its own: dark only if the page opts into dark. */
function canvasOf(colorScheme: string, view: StyleView): Rgba {
  const schemes = colorScheme.split(/\s+/);
  if (!schemes.includes('dark')) return WHITE;
  const dark = !schemes.includes('light') || view.matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? DARK_CANVAS : WHITE;
}

/**
 * Whether the page itself looks light or dark, from the background behind its text: the body's,
 * else the root element's, else the canvas. At most two style reads per call, whatever the number
 * of badges. Undefined when a background is in a colour syntax we don't read (oklch(), …).
 */
export function detectPageScheme(doc: Document, view: StyleView | null = doc.defaultView): Scheme | undefined {
  if (!view) return undefined;
  const body = doc.body ? parseColor(view.getComputedStyle(doc.body).backgroundColor) : { ...WHITE, a: 0 };
  if (!body) return undefined;
  if (body.a === 1) return isDark(body) ? 'dark' : 'light';
  const rootStyle = view.getComputedStyle(doc.documentElement);
  const root = parseColor(rootStyle.backgroundColor);
  if (!root) return undefined;
  return isDark(over(body, over(root, canvasOf(rootStyle.colorScheme, view)))) ? 'dark' : 'light';
}

/**
 * The scheme for our surfaces in the page. The reader's light or dark choice wins; "system" means
 * match the page the badges sit on when we can tell, else follow the system (undefined `page`).
 */
export function themeInPage(setting: ThemeSetting, page: Scheme | undefined): ThemeSetting {
  return setting === 'system' ? (page ?? 'system') : setting;
}
