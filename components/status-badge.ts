import { itemLabel, isTentative } from '@/utils/model/items';
import { type DetectedItem } from '@/utils/model/model';
import { STATUS_LABELS } from '@/utils/model/statuses';
import { SAVED_SHAPES, SAVED_STROKE, STATUS_SHAPES, STATUS_STROKE, type Shape } from './icon-shapes';

/** What one badge shows. */
export interface BadgeView {
  item: DetectedItem;
  saved: boolean;
  /** Symbol only; the word stays in the accessible name and tooltip. */
  compact: boolean;
  expanded: boolean;
  flash: boolean;
}

interface Drawn {
  button: HTMLButtonElement;
  key: string;
  signature: string;
}

const SVG = 'http://www.w3.org/2000/svg';
const drawn = new WeakMap<ShadowRoot, Drawn>();

function icon(doc: Document, shapes: readonly Shape[], stroke: Readonly<Record<string, string>>, fill = 'none'): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  const attributes: Record<string, string> = {
    class: 'cl-icon',
    viewBox: '0 0 16 16',
    fill,
    stroke: 'currentColor',
    'aria-hidden': 'true',
  };
  for (const [name, value] of Object.entries(stroke)) attributes[name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)] = value;
  for (const [name, value] of Object.entries(attributes)) svg.setAttribute(name, value);
  for (const shape of shapes) {
    const el = doc.createElementNS(SVG, shape.tag);
    for (const [name, value] of Object.entries(shape)) if (name !== 'tag' && value !== undefined) el.setAttribute(name, String(value));
    svg.append(el);
  }
  return svg;
}

/**
 * Draw the badge button beside a recommendation, in its host's shadow root, or take it away
 * (`view` undefined: the badge is filtered out). Plain DOM rather than a React portal per badge:
 * a page holds hundreds of badges, and each portal would make React listen for every event type
 * on its own root. Only text and attributes go in (no HTML); an unchanged badge is left alone.
 */
export function drawBadge(root: ShadowRoot, view: BadgeView | undefined, onOpen: (key: string, button: HTMLButtonElement) => void): void {
  let current = drawn.get(root);
  if (!view) {
    current?.button.remove();
    return;
  }
  const { item, saved, compact, expanded, flash } = view;
  const { status } = item.reading;
  const label = STATUS_LABELS[status];
  const tentative = isTentative(item.reading);
  const name = `${itemLabel(item)}: ${label}`;
  const signature = [status, label, name, tentative, saved, compact, expanded, flash].join('|');
  if (!current) {
    const button = root.ownerDocument.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    const made: Drawn = { button, key: item.key, signature: '' };
    button.addEventListener('click', () => onOpen(made.key, button));
    drawn.set(root, made);
    current = made;
  }
  current.key = item.key;
  const { button } = current;
  if (!button.isConnected) root.append(button);
  if (current.signature === signature) return;
  current.signature = signature;

  button.className = `cl-badge cl-status-${status}${tentative ? ' cl-tentative' : ''}${flash ? ' cl-flash' : ''}${compact ? ' cl-badge-compact' : ''}`;
  button.setAttribute('aria-label', name);
  if (saved) button.setAttribute('aria-description', 'Saved to your library');
  else button.removeAttribute('aria-description');
  button.setAttribute('aria-expanded', String(expanded));
  button.title = `Committee Lens: ${label}${tentative ? ' (our tentative reading)' : ''}${saved ? ' · saved' : ''}`;

  const doc = root.ownerDocument;
  const parts: Node[] = [icon(doc, STATUS_SHAPES[status], STATUS_STROKE)];
  if (!compact) {
    const word = doc.createElement('span');
    word.className = 'cl-badge-label';
    word.textContent = label;
    parts.push(word);
  }
  if (saved) {
    const mark = doc.createElement('span');
    mark.className = 'cl-badge-saved';
    mark.append(icon(doc, SAVED_SHAPES, SAVED_STROKE, 'currentColor'));
    parts.push(mark);
  }
  button.replaceChildren(...parts);
}
