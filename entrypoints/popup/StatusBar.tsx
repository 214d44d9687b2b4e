import { STATUSES, type Status } from '@/utils/model';
import { STATUS_LABELS } from '@/utils/statuses';
import { StatusIcon } from '@/components/StatusIcon';

/** Counts by status: a stacked bar plus a legend with words, symbols and numbers. */
export function StatusBar({ counts, total }: { counts: Record<Status, number>; total: number }) {
  const present = STATUSES.filter((status) => counts[status] > 0);
  return (
    <div className="status-bar">
      <div className="status-bar-track" aria-hidden="true">
        {present.map((status) => (
          <span key={status} className={`status-bar-segment cl-status-${status}`} style={{ flexGrow: counts[status] }} />
        ))}
      </div>
      <ul className="status-legend" aria-label="Recommendations by status">
        {present.map((status) => (
          <li key={status} className={`status-legend-item cl-status-${status}`}>
            <StatusIcon status={status} />
            <span className="status-legend-count">{counts[status]}</span>
            <span>{STATUS_LABELS[status]}</span>
          </li>
        ))}
      </ul>
      <span className="cl-visually-hidden">{`${total} in all`}</span>
    </div>
  );
}
