import { deadlineCell, deadlineState, formatDay, ruleWords } from '@/utils/committees-api/deadline';
import type { StoredResponse } from '@/utils/committees-api/facts';

/** The library's Response cell: answered / due / overdue N days / not expected, "(est.)" where estimated. */
export function ResponseCell({ response, today }: { response: StoredResponse | undefined; today: string }) {
  if (!response) return <span className="muted">—</span>;
  const state = deadlineState(response, today);
  if (state.kind === 'unknown') return <span className="muted">—</span>;
  const title =
    state.kind === 'answered'
      ? state.answers.map((a) => [a.date && formatDay(a.date), a.paper, a.title].filter(Boolean).join(' · ')).join('\n')
      : (state.kind === 'due' || state.kind === 'overdue') && state.estimated && state.rule
        ? `Estimated: ${ruleWords(state.rule)}`
        : undefined;
  const text = deadlineCell(state);
  const first = state.kind === 'answered' ? state.answers[0] : undefined;
  return (
    <span className="response-cell" data-cl-deadline={state.kind} title={title}>
      {first?.url ? (
        <a href={first.url} target="_blank" rel="noreferrer">
          {text}
        </a>
      ) : (
        text
      )}
    </span>
  );
}
