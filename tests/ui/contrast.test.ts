import { describe, expect, it } from 'vitest';
import { contrastRatio, isDark, over, parseColor, relativeLuminance, type Rgba } from '@/utils/ui/contrast';

const rgb = (r: number, g: number, b: number, a = 1): Rgba => ({ r, g, b, a });

describe('parseColor', () => {
  it.each<[Rgba, string]>([
    [rgb(255, 255, 255), '#fff'],
    [rgb(18, 18, 18), '#121212'],
    [rgb(18, 18, 18), '  #121212 '],
    [rgb(171, 205, 239), '#ABCDEF'],
    [rgb(255, 0, 0, 0.6), '#f009'],
    [rgb(16, 24, 40, 0.2), '#10182833'],
    [rgb(30, 30, 30), 'rgb(30, 30, 30)'],
    [rgb(30, 30, 30), 'rgb(30 30 30)'],
    [rgb(16, 24, 40, 0.18), 'rgba(16, 24, 40, 0.18)'],
    [rgb(0, 0, 0, 0.5), 'rgb(0 0 0 / 50%)'],
    [rgb(255, 127.5, 0), 'rgb(100% 50% 0%)'],
    [rgb(255, 0, 127.5, 0.25), 'color(srgb 1 0 0.5 / 0.25)'],
    [rgb(0, 0, 0, 0), 'transparent'],
    [rgb(0, 0, 0, 0), 'rgba(0, 0, 0, 0)'],
  ])('%o from "%s"', (expected, text) => {
    const parsed = parseColor(text)!;
    expect(parsed.r).toBeCloseTo(expected.r, 6);
    expect(parsed.g).toBeCloseTo(expected.g, 6);
    expect(parsed.b).toBeCloseTo(expected.b, 6);
    expect(parsed.a).toBeCloseTo(expected.a, 2);
  });

  it.each([
    'red',
    '',
    '#12',
    '#12345',
    '#ggg',
    'rgb(1, 2)',
    'rgb(a, b, c)',
    'rgb(1 2 3 4 5)',
    'color-mix(in srgb, #fff 50%, #000)',
    'color(display-p3 1 0 0)',
    'oklch(0.5 0.1 200)',
    'light-dark(#fff, #000)',
  ])('nothing from "%s"', (text) => {
    expect(parseColor(text)).toBeUndefined();
  });
});

describe('contrastRatio (WCAG 2)', () => {
  it.each<[number, string, string]>([
    [21, '#ffffff', '#000000'],
    [21, '#000000', '#ffffff'],
    [1, '#767676', '#767676'],
    [4.54, '#767676', '#ffffff'],
    [4.48, '#777777', '#ffffff'],
    [3.95, '#2f6fdf', '#121212'],
    [18.73, '#121212', '#ffffff'],
    // Half-transparent black over white is #808080.
    [3.95, 'rgba(0, 0, 0, 0.5)', '#ffffff'],
    [3.95, '#ffffff', 'rgba(0, 0, 0, 0.5)'],
  ])('%d:1 for %s on %s', (expected, a, b) => {
    expect(contrastRatio(parseColor(a)!, parseColor(b)!)).toBeCloseTo(expected, 1);
  });
});

describe('relativeLuminance and over', () => {
  it('is 0 for black, 1 for white and about 0.216 for mid grey #808080', () => {
    expect(relativeLuminance(rgb(0, 0, 0))).toBe(0);
    expect(relativeLuminance(rgb(255, 255, 255))).toBeCloseTo(1, 10);
    expect(relativeLuminance(rgb(128, 128, 128))).toBeCloseTo(0.2159, 4);
  });

  it('paints a translucent colour over an opaque one', () => {
    expect(over(rgb(0, 0, 0, 0.25), rgb(200, 100, 40))).toEqual(rgb(150, 75, 30));
    expect(over(rgb(10, 20, 30, 0), rgb(200, 100, 40))).toEqual(rgb(200, 100, 40));
  });
});

describe('isDark', () => {
  it.each<[boolean, string]>([
    [true, '#000000'],
    [true, '#121212'],
    [true, '#1e1e1e'],
    [true, '#1c2026'],
    [true, '#595959'],
    [true, '#0b3d91'],
    [false, '#ffffff'],
    [false, '#f6f7f9'],
    [false, '#fdf6e3'],
    [false, '#808080'],
    [false, '#ffcc00'],
  ])('%s for %s', (expected, colour) => {
    expect(isDark(parseColor(colour)!)).toBe(expected);
  });
});
