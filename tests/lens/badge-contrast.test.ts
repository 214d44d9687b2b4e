import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, type Rgba } from '@/utils/ui/contrast';
import { STATUSES, type Status } from '@/utils/model/statuses';

// The palette is read from the stylesheet the badges use, never copied here.
const THEME_CSS = readFileSync(new URL('../../components/theme.css', import.meta.url), 'utf8');
const BADGE_CSS = readFileSync(new URL('../../components/status-badge.css', import.meta.url), 'utf8');

type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

/** Host pages a badge may sit on: plain white and two common near-black dark themes. */
const HOST_PAGES = { white: '#ffffff', 'near-black #121212': '#121212', 'near-black #1e1e1e': '#1e1e1e' } as const;

/** WCAG 2.x AA: 1.4.3 text, 1.4.11 non-text (component boundaries, focus indicators). */
const TEXT_AA = 4.5;
const NON_TEXT_AA = 3;

/** Top-level rules of a stylesheet without nesting (theme.css has no @media or @keyframes). */
function rules(css: string): { selectors: string[]; declarations: Map<string, string> }[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selectors: selector!.split(',').map((s) => s.trim()),
    declarations: new Map(
      body!
        .split(';')
        .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()))
        .filter(([name, value]) => name && value)
        .map(([name, value]) => [name!, value!]),
    ),
  }));
}

/** Split on commas outside parentheses. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  [...text].forEach((char, index) => {
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  });
  return [...parts, text.slice(start).trim()];
}

const parsed = rules(THEME_CSS);
const tokens = parsed.find((rule) => rule.selectors.includes(':host'))?.declarations ?? new Map<string, string>();

/** A custom property's value in a colour scheme: `light-dark()` picked, `var()` followed. */
function resolve(value: string, scheme: Scheme, seen: string[] = []): string {
  const lightDark = /^light-dark\((.*)\)$/s.exec(value);
  if (lightDark) {
    const [light, dark, ...rest] = splitArguments(lightDark[1]!);
    if (!light || !dark || rest.length > 0) throw new Error(`light-dark() needs two colours: ${value}`);
    return resolve(scheme === 'light' ? light : dark, scheme, seen);
  }
  const reference = /^var\((--[\w-]+)\s*(?:,(.*))?\)$/s.exec(value);
  if (reference) {
    const [, name, fallback] = reference;
    if (seen.includes(name!)) throw new Error(`var() cycle: ${[...seen, name].join(' → ')}`);
    const next = tokens.get(name!) ?? fallback?.trim();
    if (next === undefined) throw new Error(`${name} is not defined in theme.css`);
    return resolve(next, scheme, [...seen, name!]);
  }
  return value;
}

function colour(value: string, scheme: Scheme, what: string): Rgba {
  const text = resolve(value, scheme);
  const rgba = parseColor(text);
  if (!rgba) throw new Error(`${what} (${scheme}): cannot read the colour "${text}"; use hex or rgb()`);
  return rgba;
}

/** The colours a badge of this status paints with, from its `.cl-status-*` rule. */
function statusColours(status: Status, scheme: Scheme): { fg: Rgba; bg: Rgba; border: Rgba } {
  const rule = parsed.find((r) => r.selectors.includes(`.cl-status-${status}`));
  if (!rule) throw new Error(`theme.css has no .cl-status-${status} rule`);
  const read = (property: string) => {
    const value = rule.declarations.get(property);
    if (!value) throw new Error(`.cl-status-${status} does not set ${property}`);
    return colour(value, scheme, `${status} ${property}`);
  };
  return { fg: read('--cl-s-fg'), bg: read('--cl-s-bg'), border: read('--cl-s-border') };
}

const token = (name: string, scheme: Scheme) => colour(`var(${name})`, scheme, name);
const page = (hex: string) => parseColor(hex)!;
const rounded = (ratio: number) => Math.floor(ratio * 100) / 100;

const statusRows = STATUSES.flatMap((status) => SCHEMES.map((scheme) => [status, scheme] as const));
const hostRows = statusRows.flatMap(([status, scheme]) =>
  Object.entries(HOST_PAGES).map(([host, hex]) => [status, scheme, host, hex] as const),
);
const focusRows = SCHEMES.flatMap((scheme) => Object.entries(HOST_PAGES).map(([host, hex]) => [scheme, host, hex] as const));

describe('badge colours in theme.css (WCAG 2 AA)', () => {
  it('the badge paints its text, fill, border and focus ring with the status tokens checked here', () => {
    // The rule whose whole selector is `.cl-badge` (not a compound one that only adjusts it).
    const badge = /(?:^|\n)\.cl-badge\s*\{([^}]*)\}/.exec(BADGE_CSS)?.[1] ?? '';
    expect(badge).toMatch(/(^|[\s;])color:\s*var\(--cl-s-fg\)/);
    expect(badge).toMatch(/background:\s*var\(--cl-s-bg\)/);
    expect(badge).toMatch(/border:[^;]*var\(--cl-s-border\)/);
    const focus = /\.cl-badge:focus-visible[^{]*\{([^}]*)\}/.exec(BADGE_CSS)?.[1] ?? '';
    expect(focus).toMatch(/outline:[^;]*var\(--cl-focus\)/);
  });

  it.each(statusRows)('%s, %s scheme: status word on the badge fill ≥ 4.5:1 (1.4.3)', (status, scheme) => {
    const { fg, bg } = statusColours(status, scheme);
    expect(rounded(contrastRatio(fg, bg))).toBeGreaterThanOrEqual(TEXT_AA);
  });

  it.each(hostRows)('%s, %s scheme: badge boundary on a %s page ≥ 3:1 (1.4.11)', (status, scheme, _host, hex) => {
    const { bg, border } = statusColours(status, scheme);
    // The more visible of the two edges is what shows where the badge is.
    const boundary = Math.max(contrastRatio(border, page(hex)), contrastRatio(bg, page(hex)));
    expect(rounded(boundary)).toBeGreaterThanOrEqual(NON_TEXT_AA);
  });

  it.each(focusRows)('focus ring, %s scheme, on a %s page ≥ 3:1 (1.4.11)', (scheme, _host, hex) => {
    expect(rounded(contrastRatio(token('--cl-focus', scheme), page(hex)))).toBeGreaterThanOrEqual(NON_TEXT_AA);
  });
});

describe('status pills and focus ring on our own surfaces (popover, popup, library)', () => {
  const surfaces = ['--cl-bg', '--cl-bg-subtle'];
  const surfaceRows = SCHEMES.flatMap((scheme) => surfaces.map((surface) => [scheme, surface] as const));

  it.each(statusRows.flatMap(([status, scheme]) => surfaces.map((surface) => [status, scheme, surface] as const)))(
    '%s pill, %s scheme, on %s ≥ 3:1 (1.4.11)',
    (status, scheme, surface) => {
      const { bg, border } = statusColours(status, scheme);
      const behind = token(surface, scheme);
      expect(rounded(Math.max(contrastRatio(border, behind), contrastRatio(bg, behind)))).toBeGreaterThanOrEqual(NON_TEXT_AA);
    },
  );

  it.each(surfaceRows)('focus ring, %s scheme, on %s ≥ 3:1 (1.4.11)', (scheme, surface) => {
    expect(rounded(contrastRatio(token('--cl-focus', scheme), token(surface, scheme)))).toBeGreaterThanOrEqual(NON_TEXT_AA);
  });
});
