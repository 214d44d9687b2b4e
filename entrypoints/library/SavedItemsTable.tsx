import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { SeenOn } from '@/components/SeenOn';
import { StatusPill } from '@/components/StatusPill';
import { reportName, type SortColumn, type SortOrder } from '@/utils/library/filter';
import { effectiveStatus } from '@/utils/model/items';
import { type SavedItem } from '@/utils/model/model';
import type { StoredResponse } from '@/utils/committees-api/facts';
import { ResponseCell } from './ResponseCell';

const ROW_HEIGHT = 64;
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

const COLUMNS: { column: SortColumn; label: string }[] = [
  { column: 'number', label: 'No.' },
  { column: 'text', label: 'Recommendation' },
  { column: 'status', label: 'Status' },
  { column: 'committee', label: 'Committee' },
  { column: 'report', label: 'Report' },
  { column: 'savedAt', label: 'Saved' },
  { column: 'tags', label: 'Tags' },
];

interface SavedItemsTableProps {
  items: readonly SavedItem[];
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
  selected: ReadonlySet<string>;
  onSelect: (keys: string[], selected: boolean) => void;
  openKey?: string;
  onOpen: (key: string) => void;
  /** What is known about each report's government response, by report key (the Response column). */
  responses?: ReadonlyMap<string, StoredResponse>;
  /** Today (ISO date), for due / overdue. */
  today?: string;
}

/** The saved items as a sortable table; only the rows in view are rendered. */
function ItemsTable({ items, sort, onSort, selected, onSelect, openKey, onOpen, responses, today = '' }: SavedItemsTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The compiler leaves this component unmemoised, as it must for TanStack Virtual's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.key));

  return (
    <div className="items-table" role="table" aria-label="Saved recommendations" aria-rowcount={items.length + 1}>
      <div className="items-row items-head" role="row" aria-rowindex={1}>
        <span role="columnheader" className="cell-check">
          <input
            type="checkbox"
            aria-label={allSelected ? 'Select none' : 'Select all shown'}
            checked={allSelected}
            onChange={(e) =>
              onSelect(
                items.map((item) => item.key),
                e.target.checked,
              )
            }
          />
        </span>
        {COLUMNS.map(({ column, label }) => {
          const current = sort.column === column;
          return (
            <span
              key={column}
              role="columnheader"
              className={`cell-${column}`}
              aria-sort={current ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
            >
              <button
                type="button"
                className="sort-button"
                onClick={() =>
                  onSort({
                    column,
                    direction: current && sort.direction === 'desc' ? 'asc' : current ? 'desc' : column === 'savedAt' ? 'desc' : 'asc',
                  })
                }
              >
                {label}
                <span aria-hidden="true" className="sort-mark">
                  {current ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </span>
          );
        })}
        <span role="columnheader" className="cell-response">
          Response
        </span>
      </div>
      <div ref={scroller} className="items-scroll" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index]!;
            return (
              <ItemRow
                key={item.key}
                item={item}
                index={row.index}
                start={row.start}
                isOpen={item.key === openKey}
                isSelected={selected.has(item.key)}
                onSelect={onSelect}
                onOpen={onOpen}
                response={responses?.get(item.reportKey)}
                today={today}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface ItemRowProps {
  item: SavedItem;
  index: number;
  start: number;
  isOpen: boolean;
  isSelected: boolean;
  onSelect: (keys: string[], selected: boolean) => void;
  onOpen: (key: string) => void;
  response: StoredResponse | undefined;
  today: string;
}

/** One row; rendered again only when its item, place, selection or openness change. */
const ItemRow = memo(function ItemRow({ item, index, start, isOpen, isSelected, onSelect, onOpen, response, today }: ItemRowProps) {
  return (
    <div
      key={item.key}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={isSelected}
      className={`items-row${isOpen ? ' items-row-open' : ''}${isSelected ? ' items-row-selected' : ''}`}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${start}px)` }}
      data-key={item.key}
    >
      <span role="cell" className="cell-check">
        <input
          type="checkbox"
          aria-label={`Select recommendation ${item.number} of ${reportName(item)}`}
          checked={isSelected}
          onChange={(e) => onSelect([item.key], e.target.checked)}
        />
      </span>
      <span role="cell" className="cell-number">
        {item.numbering === 'selection' ? '–' : item.number}
      </span>
      <span role="cell" className="cell-text">
        <button type="button" className="row-open" aria-expanded={isOpen} onClick={() => onOpen(item.key)}>
          {item.headline ?? item.text}
        </button>
      </span>
      <span role="cell" className="cell-status">
        <StatusPill status={effectiveStatus(item)} />
      </span>
      <span role="cell" className="cell-committee" title={item.committee}>
        {item.committee ?? '—'}
      </span>
      <span role="cell" className="cell-report">
        <span className="report-name" title={reportName(item)}>
          {reportName(item)}
        </span>
        <SeenOn places={item.seenOn} />
      </span>
      <span role="cell" className="cell-savedAt">
        <time dateTime={new Date(item.savedAt).toISOString()}>{dateFormat.format(item.savedAt)}</time>
      </span>
      <span role="cell" className="cell-tags">
        {item.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </span>
      <span role="cell" className="cell-response">
        <ResponseCell response={response} today={today} />
      </span>
    </div>
  );
});

/** Re-renders only when the list, order, selection or open row change (not on each keystroke). */
export const SavedItemsTable = memo(ItemsTable);
