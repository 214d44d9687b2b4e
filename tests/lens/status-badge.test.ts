// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { drawBadge, type BadgeView } from '@/components/status-badge';
import { sampleItem } from '../helpers/sample';

function shadowRoot(): ShadowRoot {
  const host = document.createElement('cl-badge');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

const view = (overrides: Partial<BadgeView> = {}): BadgeView => ({
  item: sampleItem('7', { reading: { status: 'rejected', source: 'tracker', sourceName: 'Accountability Index' } }),
  saved: false,
  compact: false,
  expanded: false,
  flash: false,
  ...overrides,
});

const button = (root: ShadowRoot) => root.querySelector('button')!;
const parts = (root: ShadowRoot) => [...button(root).children].map((el) => el.getAttribute('class'));

describe('drawBadge', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['labelled', view(), 'Recommendation 7: Rejected', ['cl-icon', 'cl-badge-label'], 'Rejected'],
    ['compact: the word only in its name', view({ compact: true }), 'Recommendation 7: Rejected', ['cl-icon'], ''],
    [
      'saved: a bookmark after the word',
      view({ saved: true }),
      'Recommendation 7: Rejected',
      ['cl-icon', 'cl-badge-label', 'cl-badge-saved'],
      'Rejected',
    ],
    [
      'a tentative reading',
      view({ item: sampleItem('3', { reading: { status: 'noted', source: 'classifier', confidence: 0.2 } }) }),
      'Recommendation 3: Noted',
      ['cl-icon', 'cl-badge-label'],
      'Noted',
    ],
  ])('%s', (_name, shown, name, expectedParts, text) => {
    const root = shadowRoot();
    drawBadge(root, shown, () => undefined);
    expect(button(root).getAttribute('aria-label')).toBe(name);
    expect(button(root).getAttribute('aria-haspopup')).toBe('dialog');
    expect(button(root).getAttribute('aria-expanded')).toBe('false');
    expect(button(root).classList.contains(`cl-status-${shown.item.reading.status}`)).toBe(true);
    expect(parts(root)).toEqual(expectedParts);
    expect(button(root).textContent).toBe(text);
    expect(button(root).getAttribute('aria-description')).toBe(shown.saved ? 'Saved to your library' : null);
    expect(button(root).classList.contains('cl-tentative')).toBe(shown.item.reading.source === 'classifier');
  });

  it('leaves an unchanged badge alone and redraws a changed one in the same button', () => {
    const root = shadowRoot();
    drawBadge(root, view(), () => undefined);
    const first = button(root);
    const icon = first.firstElementChild;
    drawBadge(root, view(), () => undefined);
    expect(button(root).firstElementChild).toBe(icon);
    drawBadge(root, view({ expanded: true, flash: true }), () => undefined);
    expect(button(root)).toBe(first);
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(first.classList.contains('cl-flash')).toBe(true);
  });

  it('takes a filtered-out badge away and puts the same button back', () => {
    const root = shadowRoot();
    drawBadge(root, view(), () => undefined);
    const first = button(root);
    drawBadge(root, undefined, () => undefined);
    expect(root.querySelector('button')).toBeNull();
    drawBadge(root, view(), () => undefined);
    expect(button(root)).toBe(first);
  });

  it('opens with the key of the item it shows now', () => {
    const root = shadowRoot();
    const onOpen = vi.fn();
    drawBadge(root, view(), onOpen);
    const other = sampleItem('8', { reading: { status: 'accepted', source: 'tracker', sourceName: 'Accountability Index' } });
    drawBadge(root, view({ item: other }), onOpen);
    button(root).click();
    expect(onOpen).toHaveBeenCalledWith(other.key, button(root));
  });

  it('writes item text nowhere, so a hostile number cannot add markup', () => {
    const root = shadowRoot();
    drawBadge(root, view({ item: sampleItem('<img src=x onerror=alert(1)>') }), () => undefined);
    expect(root.querySelector('img')).toBeNull();
    expect(button(root).getAttribute('aria-label')).toContain('<img');
  });
});
