import { SAVED_SHAPES, SAVED_STROKE, STATUS_SHAPES, STATUS_STROKE, type Shape } from '@/components/icon-shapes';
import { EXPORT_CHOICES } from '@/utils/export/export-file';
import { STATUSES, type Status, STATUS_LABELS } from '@/utils/model/statuses';
import { FIRST_ROWS, KIND_LABELS, NUMBER_WORDS } from './popup-labels';

/*
 * The popup's first paint, in plain DOM: the same elements, classes and words React renders for a
 * page with recommendations (PopupApp, PageOverview, StatusBar, the first rows of
 * RecommendationList), so that when React replaces it nothing moves. It has no handlers: React
 * takes over a moment later. Text goes in as text nodes only; the summary is not yet validated, so
 * every field is read defensively and anything unexpected means no first paint (React shows it).
 */

interface RawItem {
  key: string;
  number: string;
  numbering?: string;
  text: string;
  headline?: string;
  status: Status;
}

interface RawSummary {
  title: string;
  hostname: string;
  badgesHidden: boolean;
  badgeFilter: Status[];
  savedKeys: string[];
  kind: keyof typeof KIND_LABELS;
  paperNumber?: string;
  committee?: string;
  reportTitle?: string;
  items: RawItem[];
  responseUnknown: boolean;
}

const isStatus = (value: unknown): value is Status => (STATUSES as readonly unknown[]).includes(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The parts of a `getPopupSummary` reply the first paint shows, or undefined when it is not one with items. */
export function readRawSummary(reply: unknown): RawSummary | undefined {
  const envelope = reply as { ok?: unknown; data?: Record<string, unknown> } | undefined;
  if (envelope?.ok !== true || typeof envelope.data !== 'object' || envelope.data === null) return undefined;
  const data = envelope.data;
  const page = data.page as Record<string, unknown> | undefined;
  const report = page?.report as Record<string, unknown> | undefined;
  if (!page || !report || !Array.isArray(page.items) || page.items.length === 0) return undefined;
  const kind = str(page.kind);
  if (!kind || !Object.hasOwn(KIND_LABELS, kind)) return undefined;
  const items: RawItem[] = [];
  const sources: unknown[] = [];
  for (const raw of page.items as Record<string, unknown>[]) {
    const reading = raw?.reading as Record<string, unknown> | undefined;
    const key = str(raw?.key);
    const number = str(raw?.number);
    const text = str(raw?.text);
    if (key === undefined || number === undefined || text === undefined || !isStatus(reading?.status)) return undefined;
    items.push({ key, number, text, numbering: str(raw.numbering), headline: str(raw.headline), status: reading.status });
    sources.push(reading.source);
  }
  const savedKeys = Array.isArray(data.savedKeys) ? data.savedKeys.filter((k): k is string => typeof k === 'string') : [];
  const badgeFilter = Array.isArray(data.badgeFilter) ? data.badgeFilter.filter(isStatus) : [];
  return {
    title: str(data.title) ?? '',
    hostname: str(data.hostname) ?? '',
    badgesHidden: data.badgesHidden === true,
    badgeFilter,
    savedKeys,
    kind: kind as keyof typeof KIND_LABELS,
    paperNumber: str(report.paperNumber),
    committee: str(report.committee),
    reportTitle: str(report.title),
    items,
    responseUnknown: kind === 'report' && sources.every((source) => source === 'default'),
  };
}

type Child = Node | string | false | undefined;

function builder(doc: Document) {
  const el = (tag: string, attrs: Record<string, string> = {}, children: Child[] = []): HTMLElement => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    for (const child of children) if (child !== false && child !== undefined) node.append(child);
    return node;
  };
  const svg = (attrs: Record<string, string>, shapes: readonly Shape[]): Element => {
    const node = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    for (const shape of shapes) {
      const part = doc.createElementNS('http://www.w3.org/2000/svg', shape.tag);
      if (shape.tag === 'circle') {
        part.setAttribute('cx', String(shape.cx));
        part.setAttribute('cy', String(shape.cy));
        part.setAttribute('r', String(shape.r));
      } else {
        part.setAttribute('d', shape.d);
        if (shape.fill) part.setAttribute('fill', shape.fill);
        if (shape.stroke) part.setAttribute('stroke', shape.stroke);
      }
      node.append(part);
    }
    return node;
  };
  return { el, svg };
}

/** The popup for `summary` as React first renders it (header, page, counts, actions, the first rows). */
export function paintSummary(doc: Document, summary: RawSummary): HTMLElement {
  const { el, svg } = builder(doc);
  const statusIcon = (status: Status) =>
    svg(
      {
        class: 'cl-icon',
        viewBox: '0 0 16 16',
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': STATUS_STROKE.strokeWidth,
        'stroke-linecap': STATUS_STROKE.strokeLinecap,
        'stroke-linejoin': STATUS_STROKE.strokeLinejoin,
        'aria-hidden': 'true',
      },
      STATUS_SHAPES[status],
    );
  const { items } = summary;
  const chosen = new Set(summary.badgeFilter);
  const saved = new Set(summary.savedKeys);
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const item of items) counts[item.status]++;
  const present = STATUSES.filter((status) => counts[status] > 0);
  const unsaved = items.filter((item) => !saved.has(item.key)).length;
  const shown = chosen.size === 0 ? items : items.filter((item) => chosen.has(item.status));

  const settings = svg(
    { viewBox: '0 0 16 16', width: '16', height: '16', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5', 'aria-hidden': 'true' },
    [
      { tag: 'circle', cx: 8, cy: 8, r: 2.2 },
      { tag: 'path', d: 'M8 1.8v1.7M8 12.5v1.7M1.8 8h1.7M12.5 8h1.7M3.6 3.6l1.2 1.2M11.2 11.2l1.2 1.2M3.6 12.4l1.2-1.2M11.2 4.8l1.2-1.2' },
    ],
  );
  settings.lastElementChild?.setAttribute('stroke-linecap', 'round');

  const header = el('header', { class: 'popup-header' }, [
    el('img', { class: 'popup-logo', alt: '', width: '20', height: '20', src: '/icon/32.png' }),
    el('span', { class: 'popup-brand' }, ['Committee Lens']),
    el('button', { type: 'button', class: 'popup-link-button' }, ['Library']),
    el('button', { type: 'button', class: 'popup-icon-button', 'aria-label': 'Settings', title: 'Settings' }, [settings]),
  ]);

  const kicker = `${KIND_LABELS[summary.kind]}${summary.paperNumber ? ` · ${summary.paperNumber}` : ''}${summary.committee ? ` · ${summary.committee}` : ''}`;
  const section = el('section', { class: 'popup-page', 'aria-labelledby': 'page-title' }, [
    summary.badgesHidden &&
      el('p', { class: 'popup-banner' }, [
        `Badges are hidden on ${summary.hostname}.`,
        ' ',
        el('button', { type: 'button', class: 'popup-link-button' }, ['Show them']),
      ]),
    el('p', { class: 'popup-kicker' }, [kicker]),
    el('h1', { id: 'page-title', class: 'popup-title' }, [summary.reportTitle ?? summary.title]),
    el('p', { class: 'popup-count' }, [
      el('strong', {}, [String(items.length)]),
      ` ${items.length === 1 ? 'recommendation' : 'recommendations'} found`,
      summary.savedKeys.length > 0 && el('span', { class: 'popup-muted' }, [` · ${summary.savedKeys.length} saved`]),
    ]),
    el('div', { class: 'status-bar' }, [
      el(
        'div',
        { class: 'status-bar-track', 'aria-hidden': 'true' },
        present.map((status) => el('span', { class: `status-bar-segment cl-status-${status}`, style: `flex-grow: ${counts[status]};` })),
      ),
      el(
        'div',
        { class: 'status-legend', role: 'group', 'aria-label': 'Show only these statuses' },
        present.map((status) =>
          el('button', { type: 'button', class: `status-legend-item cl-status-${status}`, 'aria-pressed': String(chosen.has(status)) }, [
            statusIcon(status),
            el('span', { class: 'status-legend-count' }, [String(counts[status])]),
            el('span', {}, [STATUS_LABELS[status]]),
          ]),
        ),
      ),
      el('span', { class: 'cl-visually-hidden' }, [`${items.length} in all`]),
    ]),
    el('div', { class: 'popup-actions' }, [
      el('button', { type: 'button', class: 'popup-button popup-button-primary', ...(unsaved === 0 ? { disabled: '' } : {}) }, [
        unsaved === 0 ? 'All saved' : `Save all ${unsaved}`,
      ]),
      summary.responseUnknown && el('button', { type: 'button', class: 'popup-button' }, ['Find the government response']),
      el('details', { class: 'popup-menu' }, [
        el('summary', { class: 'popup-button' }, ['Export page…']),
        el(
          'ul',
          { class: 'popup-menu-panel', 'aria-label': 'Export this page as' },
          EXPORT_CHOICES.map((choice) => el('li', {}, [el('button', { type: 'button', class: 'popup-menu-item' }, [choice.label])])),
        ),
      ]),
      !summary.badgesHidden && el('button', { type: 'button', class: 'popup-link-button' }, ['Hide badges on this site']),
    ]),
  ]);

  const rows = shown.slice(0, FIRST_ROWS).map((item) =>
    el('li', {}, [
      el('button', { type: 'button', class: 'rec-row' }, [
        el('span', { class: 'rec-number' }, [
          el('span', { class: 'cl-visually-hidden' }, [
            `${NUMBER_WORDS[(item.numbering ?? 'recommendation') as keyof typeof NUMBER_WORDS] ?? NUMBER_WORDS.recommendation} `,
          ]),
          item.numbering === 'selection' ? '–' : item.number,
        ]),
        el('span', { class: 'rec-text' }, [item.headline ?? item.text]),
        el('span', { class: `rec-status cl-status-${item.status}` }, [
          statusIcon(item.status),
          el('span', {}, [STATUS_LABELS[item.status]]),
        ]),
        el(
          'span',
          { class: 'rec-saved' },
          saved.has(item.key)
            ? [
                svg(
                  {
                    class: 'cl-icon',
                    viewBox: '0 0 16 16',
                    fill: 'currentColor',
                    stroke: 'currentColor',
                    'stroke-width': SAVED_STROKE.strokeWidth,
                    'stroke-linejoin': SAVED_STROKE.strokeLinejoin,
                    'aria-hidden': 'true',
                  },
                  SAVED_SHAPES,
                ),
                el('span', { class: 'cl-visually-hidden' }, [', saved']),
              ]
            : [],
        ),
      ]),
    ]),
  );

  return el('div', { class: 'popup' }, [
    header,
    el('main', { class: 'popup-main', 'aria-busy': 'false' }, [
      section,
      el('nav', { class: 'rec-list', 'aria-label': 'Recommendations on this page' }, [el('ol', {}, rows)]),
    ]),
  ]);
}
