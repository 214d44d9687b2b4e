import { useState } from 'react';
import { STATUSES, type Status, STATUS_LABELS } from '@/utils/model/statuses';
import { type SavedItem } from '@/utils/model/model';
import { describeSource } from '@/utils/model/items';
import { StatusPill } from '@/components/StatusPill';

interface StatusCorrectionProps {
  item: SavedItem;
  onCorrect: (correction: { status: Status; reason: string } | null) => void;
  /** Show the reading and the correction above the form (the popover shows them in its header instead). */
  showReadings?: boolean;
}

/** Correct the status with a reason; the original reading always stays visible. */
export function StatusCorrection({ item, onCorrect, showReadings = true }: StatusCorrectionProps) {
  const [status, setStatus] = useState<Status>(item.statusOverride?.status ?? item.reading.status);
  const [reason, setReason] = useState(item.statusOverride?.reason ?? '');
  const id = `correct-${item.key}`;
  return (
    <div className="status-correction">
      {showReadings && (
        <p className="detail-original">
          <span className="detail-label">{item.statusOverride ? 'Original reading' : 'Reading'}</span>
          <StatusPill status={item.reading.status} /> <span className="muted">{describeSource(item.reading)}</span>
        </p>
      )}
      {showReadings && item.statusOverride && (
        <p className="detail-original">
          <span className="detail-label">Your correction</span>
          <StatusPill status={item.statusOverride.status} />
          {item.statusOverride.reason && <span className="muted"> “{item.statusOverride.reason}”</span>}
        </p>
      )}
      <form
        className="correction-form"
        onSubmit={(e) => {
          e.preventDefault();
          onCorrect({ status, reason: reason.trim() });
        }}
      >
        <label htmlFor={`${id}-status`}>Correct status</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <input
          type="text"
          aria-label="Reason for the correction"
          placeholder="Reason (e.g. para 14 rejects it)"
          value={reason}
          maxLength={2000}
          onChange={(e) => setReason(e.target.value)}
        />
        <button type="submit" className="button">
          Save correction
        </button>
        {item.statusOverride && (
          <button type="button" className="link-button" onClick={() => onCorrect(null)}>
            Remove correction
          </button>
        )}
      </form>
    </div>
  );
}
