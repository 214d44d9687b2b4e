/** The sentence that decided a status, with its deciding words marked. Text only, never markup. */
export function EvidenceQuote({ evidence, deciding = [] }: { evidence: string; deciding?: readonly (readonly [number, number])[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...deciding].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > evidence.length) continue;
    if (start > at) parts.push(evidence.slice(at, start));
    parts.push(<mark key={start}>{evidence.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(evidence.slice(at));
  return <q className="cl-evidence">{parts}</q>;
}
