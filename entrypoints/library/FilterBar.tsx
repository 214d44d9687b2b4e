import { memo } from 'react';
import { StatusIcon } from '@/components/StatusIcon';
import type { LibraryFilters } from '@/utils/library/filter';
import { STATUSES, type Status, STATUS_LABELS } from '@/utils/model/statuses';

interface FilterBarProps {
  /** The menus and dates (the query is not the filter bar's). */
  filters: LibraryFilters;
  /** Whether there is a search query too (Clear filters clears it). */
  searching: boolean;
  counts: Record<Status, number>;
  choices: { committees: string[]; reports: { key: string; name: string }[]; tags: string[] };
  onChange: (filters: LibraryFilters) => void;
  onClear: () => void;
}

/** Status chips and the committee, report, tag and date filters; unchanged while the reader types a query. */
export const FilterBar = memo(function FilterBar({ filters, searching, counts, choices, onChange, onClear }: FilterBarProps) {
  const toggleStatus = (status: Status) => {
    const statuses = new Set(filters.statuses);
    if (statuses.has(status)) statuses.delete(status);
    else statuses.add(status);
    onChange({ ...filters, statuses });
  };
  const active = filters.statuses.size > 0 || filters.committee || filters.report || filters.tag || filters.from || filters.to || searching;
  return (
    <div className="filter-bar">
      <div className="status-chips" role="group" aria-label="Filter by status">
        {STATUSES.filter((status) => counts[status] > 0 || filters.statuses.has(status)).map((status) => (
          <button
            key={status}
            type="button"
            className={`status-chip cl-status-${status}`}
            aria-pressed={filters.statuses.has(status)}
            onClick={() => toggleStatus(status)}
          >
            <StatusIcon status={status} />
            {STATUS_LABELS[status]}
            <span className="status-chip-count">{counts[status]}</span>
          </button>
        ))}
      </div>
      <div className="filter-selects">
        <label>
          <span>Committee</span>
          <select
            aria-label="Filter by committee"
            value={filters.committee ?? ''}
            onChange={(e) => onChange({ ...filters, committee: e.target.value || undefined })}
          >
            <option value="">All</option>
            {choices.committees.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          <span>Report</span>
          <select
            aria-label="Filter by report"
            value={filters.report ?? ''}
            onChange={(e) => onChange({ ...filters, report: e.target.value || undefined })}
          >
            <option value="">All</option>
            {choices.reports.map(({ key, name }) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Tag</span>
          <select
            aria-label="Filter by tag"
            value={filters.tag ?? ''}
            onChange={(e) => onChange({ ...filters, tag: e.target.value || undefined })}
          >
            <option value="">All</option>
            {choices.tags.map((tag) => (
              <option key={tag}>{tag}</option>
            ))}
          </select>
        </label>
        <label>
          <span>Saved from</span>
          <input
            type="date"
            aria-label="Saved from"
            value={filters.from ?? ''}
            onChange={(e) => onChange({ ...filters, from: e.target.value || undefined })}
          />
        </label>
        <label>
          <span>to</span>
          <input
            type="date"
            aria-label="Saved until"
            value={filters.to ?? ''}
            onChange={(e) => onChange({ ...filters, to: e.target.value || undefined })}
          />
        </label>
        {active && (
          <button type="button" className="link-button" onClick={onClear}>
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
});
