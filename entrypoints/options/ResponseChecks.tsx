interface ResponseChecksProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** The opt-in "check for responses when I open a report" (off by default): what it sends, and where. */
export function ResponseChecks({ checked, onChange }: ResponseChecksProps) {
  return (
    <section className="options-section" aria-labelledby="responses-title">
      <h2 id="responses-title">Government responses</h2>
      <label className="options-check">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        Check for responses when I open a report
      </label>
      <p className="muted">
        Off: Committee Lens asks only when you press “Find the government response”. On: each time you open a committee report, it asks
        Parliament’s Committees API (committees-api.parliament.uk) for the report’s paper number and reads the response it names; without
        cookies, and nothing about you is sent.
      </p>
    </section>
  );
}
