import { describe, expect, it } from 'vitest';
import { detectPageScheme, themeInPage, type Scheme, type ThemeSetting } from '@/utils/ui/page-scheme';

interface Page {
  body?: string;
  root?: string;
  rootScheme?: string;
  systemDark?: boolean;
}

/** A stand-in document and window: computed backgrounds as a browser would serialise them. */
function fakePage({ body = 'rgba(0, 0, 0, 0)', root = 'rgba(0, 0, 0, 0)', rootScheme = 'normal', systemDark = false }: Page) {
  const bodyElement = { id: 'body' };
  const rootElement = { id: 'root' };
  const reads: string[] = [];
  const doc = { body: bodyElement, documentElement: rootElement } as unknown as Document;
  const view = {
    getComputedStyle: (element: { id: string }) => {
      reads.push(element.id);
      return element === bodyElement
        ? { backgroundColor: body, colorScheme: 'normal' }
        : { backgroundColor: root, colorScheme: rootScheme };
    },
    matchMedia: (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark }),
  } as unknown as Pick<Window, 'getComputedStyle' | 'matchMedia'>;
  return { doc, view, reads };
}

describe('detectPageScheme', () => {
  it.each<[Scheme | undefined, string, Page]>([
    ['dark', 'a near-black body', { body: 'rgb(18, 18, 18)' }],
    ['dark', 'a #1e1e1e body', { body: 'rgb(30, 30, 30)' }],
    ['dark', 'a navy body', { body: 'rgb(11, 29, 58)' }],
    ['light', 'a white body', { body: 'rgb(255, 255, 255)' }],
    ['light', 'a cream body', { body: 'rgb(253, 246, 227)' }],
    ['light', 'a white body on a dark system', { body: 'rgb(255, 255, 255)', systemDark: true }],
    ['dark', 'a transparent body on a dark root', { root: 'rgb(18, 18, 18)' }],
    ['light', 'a transparent body on a white root', { root: 'rgb(255, 255, 255)' }],
    ['light', 'nothing painted: the white canvas', {}],
    ['light', 'nothing painted on a dark system, page not opted in', { systemDark: true }],
    ['dark', 'nothing painted, page opts into dark on a dark system', { rootScheme: 'light dark', systemDark: true }],
    ['light', 'nothing painted, page opts into dark on a light system', { rootScheme: 'light dark' }],
    ['dark', 'nothing painted, page is dark only', { rootScheme: 'dark' }],
    ['dark', 'a translucent black body on white', { body: 'rgba(0, 0, 0, 0.9)', root: 'rgb(255, 255, 255)' }],
    ['light', 'a faint tint on white', { body: 'rgba(0, 0, 0, 0.05)' }],
    [undefined, 'a body colour we cannot read', { body: 'oklch(0.2 0.01 250)' }],
    [undefined, 'a root colour we cannot read', { root: 'color(display-p3 0.1 0.1 0.1)' }],
  ])('%s for %s', (expected, _name, page) => {
    const { doc, view } = fakePage(page);
    expect(detectPageScheme(doc, view)).toBe(expected);
  });

  it('reads the body alone when it paints an opaque background, and at most body and root otherwise', () => {
    const opaque = fakePage({ body: 'rgb(18, 18, 18)' });
    detectPageScheme(opaque.doc, opaque.view);
    expect(opaque.reads).toEqual(['body']);
    const transparent = fakePage({});
    detectPageScheme(transparent.doc, transparent.view);
    expect(transparent.reads).toEqual(['body', 'root']);
  });

  it('answers nothing without a window', () => {
    expect(detectPageScheme(fakePage({}).doc, null)).toBeUndefined();
  });
});

describe('themeInPage', () => {
  it.each<[ThemeSetting, ThemeSetting, Scheme | undefined]>([
    ['dark', 'system', 'dark'],
    ['light', 'system', 'light'],
    ['system', 'system', undefined],
    ['light', 'light', 'dark'],
    ['light', 'light', undefined],
    ['dark', 'dark', 'light'],
    ['dark', 'dark', undefined],
  ])('%s for the setting %s on a %s page', (expected, setting, page) => {
    expect(themeInPage(setting, page)).toBe(expected);
  });
});
