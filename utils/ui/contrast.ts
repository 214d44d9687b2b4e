/** An sRGB colour: channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTION = /^(rgba?|color)\((.*)\)$/i;

function channel(text: string, scale: number): number | undefined {
  const value = Number.parseFloat(text);
  if (!Number.isFinite(value)) return undefined;
  return text.endsWith('%') ? (value / 100) * scale : value;
}

function parseHex(digits: string): Rgba {
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const byte = (i: number) => Number.parseInt(full.slice(i * 2, i * 2 + 2), 16);
  return { r: byte(0), g: byte(1), b: byte(2), a: full.length === 8 ? byte(3) / 255 : 1 };
}

/**
 * A CSS colour in the forms computed styles and our tokens use: `#rgb[a]`, `#rrggbb[aa]`,
 * `rgb()`/`rgba()` (comma or space syntax, numbers or percentages), `color(srgb r g b [/ a])`
 * and `transparent`. Anything else (named colours, `color-mix()`, other colour spaces) gives
 * undefined rather than a guess.
 */
export function parseColor(text: string): Rgba | undefined {
  const css = text.trim().toLowerCase();
  if (css === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = HEX.exec(css);
  if (hex) return parseHex(hex[1]!);
  const fn = FUNCTION.exec(css);
  if (!fn) return undefined;
  const [body = '', alphaPart] = fn[2]!.split('/');
  let parts = body.split(/[\s,]+/).filter(Boolean);
  let scale = 255;
  if (fn[1] === 'color') {
    if (parts[0] !== 'srgb') return undefined;
    parts = parts.slice(1);
    scale = 1;
  }
  const alphaText = alphaPart?.trim() ?? (parts.length === 4 ? parts[3] : '1');
  if (parts.length < 3 || parts.length > 4 || (alphaPart !== undefined && parts.length !== 3)) return undefined;
  const [r, g, b] = parts.slice(0, 3).map((p) => channel(p, scale));
  const a = channel(alphaText ?? '1', 1);
  if (r === undefined || g === undefined || b === undefined || a === undefined) return undefined;
  const factor = 255 / scale;
  return { r: r * factor, g: g * factor, b: b * factor, a: Math.min(1, Math.max(0, a)) };
}

/** `top` painted over an opaque `bottom` (source-over), giving an opaque colour. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2 relative luminance of an opaque sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio, 1 to 21. A translucent colour is first painted over the other one. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const la = relativeLuminance(a.a < 1 ? over(a, b) : a);
  const lb = relativeLuminance(b.a < 1 ? over(b, a) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Whether a background reads as dark: it contrasts more with white than with black (relative
 * luminance below about 0.18, the point where both ratios are equal).
 */
export function isDark(colour: Rgba): boolean {
  const white = { r: 255, g: 255, b: 255, a: 1 };
  const black = { r: 0, g: 0, b: 0, a: 1 };
  return contrastRatio(colour, white) > contrastRatio(colour, black);
}
