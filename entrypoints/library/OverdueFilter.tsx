interface OverdueFilterProps {
  on: boolean;
  /** Saved items whose report's response is overdue. */
  count: number;
  onChange: (on: boolean) => void;
}

/** The library's "overdue" filter: only recommendations whose report's government response is late. */
export function OverdueFilter({ on, count, onChange }: OverdueFilterProps) {
  return (
    <label className="overdue-filter">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} />
      Overdue responses only <span className="muted">({count})</span>
    </label>
  );
}
