import { itemLabel, type DetectedItem } from '@/utils/model';
import { isTentative, STATUS_LABELS } from '@/utils/statuses';
import { SavedIcon } from './SavedIcon';
import { StatusIcon } from './StatusIcon';

interface StatusBadgeProps {
  item: DetectedItem;
  saved: boolean;
  /** Symbol only; the word stays in the accessible name and tooltip. */
  compact?: boolean;
  expanded: boolean;
  flash: boolean;
  onOpen: (button: HTMLButtonElement) => void;
}

/** The button placed beside a recommendation on the page. */
export function StatusBadge({ item, saved, compact = false, expanded, flash, onOpen }: StatusBadgeProps) {
  const { status } = item.reading;
  const label = STATUS_LABELS[status];
  return (
    <button
      type="button"
      className={`cl-badge cl-status-${status}${isTentative(item.reading) ? ' cl-tentative' : ''}${flash ? ' cl-flash' : ''}${compact ? ' cl-badge-compact' : ''}`}
      aria-label={`${itemLabel(item)}: ${label}`}
      aria-description={saved ? 'Saved to your library' : undefined}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      title={`Committee Lens: ${label}${isTentative(item.reading) ? ' (our tentative reading)' : ''}${saved ? ' · saved' : ''}`}
      onClick={(event) => onOpen(event.currentTarget)}
    >
      <StatusIcon status={status} />
      {!compact && <span className="cl-badge-label">{label}</span>}
      {saved && (
        <span className="cl-badge-saved">
          <SavedIcon filled />
        </span>
      )}
    </button>
  );
}
