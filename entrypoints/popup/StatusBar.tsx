import { STATUSES, type Status, STATUS_LABELS } from '@/utils/model/statuses';
import { StatusIcon } from '@/components/StatusIcon';

interface StatusBarProps {
  counts: Record<Status, number>;
  total: number;
  /** Statuses chosen to show only; empty shows all. */
  chosen: ReadonlySet<Status>;
  onToggle: (status: Status) => void;
}

/** Counts by status: a stacked bar, and a legend whose entries narrow the list and the page. */
export function StatusBar({ counts, total, chosen, onToggle }: StatusBarProps) {
  const present = STATUSES.filter((status) => counts[status] > 0);
  return (
    <div className="status-bar">
      <div className="status-bar-track" aria-hidden="true">
        {present.map((status) => (
          <span key={status} className={`status-bar-segment cl-status-${status}`} style={{ flexGrow: counts[status] }} />
        ))}
      </div>
      <div className="status-legend" role="group" aria-label="Show only these statuses">
        {present.map((status) => (
          <button
            key={status}
            type="button"
            className={`status-legend-item cl-status-${status}`}
            aria-pressed={chosen.has(status)}
            onClick={() => onToggle(status)}
          >
            <StatusIcon status={status} />
            <span className="status-legend-count">{counts[status]}</span>
            <span>{STATUS_LABELS[status]}</span>
          </button>
        ))}
      </div>
      <span className="cl-visually-hidden">{`${total} in all`}</span>
    </div>
  );
}
