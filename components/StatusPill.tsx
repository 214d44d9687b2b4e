import { type Status, STATUS_LABELS } from '@/utils/model/statuses';
import { StatusIcon } from './StatusIcon';

/** Status word + symbol + colour, for the popover, popup and library. */
export function StatusPill({ status, tentative = false }: { status: Status; tentative?: boolean }) {
  return (
    <span className={`cl-pill cl-status-${status}${tentative ? ' cl-tentative' : ''}`}>
      <StatusIcon status={status} />
      {STATUS_LABELS[status]}
    </span>
  );
}
