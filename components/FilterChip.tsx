import type { Status } from '@/utils/model/statuses';
import { StatusPill } from './StatusPill';

interface FilterChipProps {
  statuses: readonly Status[];
  shown: number;
  total: number;
  onClear: () => void;
}

/**
 * On the page, while the popup's status filter hides badges: what is shown, and a way to show
 * all again. Fixed in the corner of the window (it takes no room in the page, so nothing moves).
 */
export function FilterChip({ statuses, shown, total, onClear }: FilterChipProps) {
  return (
    <div className="cl-filter-chip" role="region" aria-label="Committee Lens status filter">
      <span className="cl-filter-chip-text">
        Showing only:
        {statuses.map((status) => (
          <StatusPill key={status} status={status} />
        ))}
        <span className="cl-filter-chip-count">
          · {shown} of {total}
        </span>
      </span>
      <button type="button" className="cl-filter-chip-clear" aria-label={`Clear the filter: show all ${total} badges`} onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
