import { useState } from 'react';
import { deadlineState, deadlineText, ruleWords, todayOf } from '@/utils/committees-api/deadline';
import type { StoredResponse } from '@/utils/committees-api/facts';

interface ResponseDeadlineProps {
  response: StoredResponse;
  /** Today (ISO date); the clock's day by default. */
  today?: string;
  className?: string;
}

/**
 * One line on a report's government response: "Answered on 10 January 2023 (HC 932)" with a link,
 * "Response overdue by 41 days", "Response due 14 March 2026 (estimated)", "Response not expected".
 * An estimate says how it was made. Nothing when no date is known. A `span` (it sits inside a
 * sentence or a paragraph); its class makes it a line of its own where needed.
 */
export function ResponseDeadline({ response, today, className = 'cl-deadline' }: ResponseDeadlineProps) {
  // The clock's day, read once when the line first shows.
  const [clockDay] = useState(() => todayOf(Date.now()));
  const state = deadlineState(response, today ?? clockDay);
  if (state.kind === 'unknown') return null;
  const text = deadlineText(state);
  const source =
    response.source === 'api'
      ? "from Parliament's data"
      : response.source === 'pages'
        ? 'from the committee pages'
        : 'from the report page';
  if (state.kind === 'answered') {
    const first = state.answers[0]!;
    const more = state.answers.length - 1;
    return (
      <span className={className} data-cl-deadline="answered">
        {first.url ? (
          <a href={first.url} target="_blank" rel="noreferrer">
            {text}
          </a>
        ) : (
          text
        )}
        {more > 0 && ` and ${more} more ${more === 1 ? 'response' : 'responses'}`}
      </span>
    );
  }
  const how =
    (state.kind === 'due' || state.kind === 'overdue') && state.estimated && state.rule
      ? `Estimated: ${ruleWords(state.rule)}`
      : `Deadline ${source}`;
  return (
    <span className={className} data-cl-deadline={state.kind} title={how}>
      {text}
      <span className="cl-visually-hidden">. {how}.</span>
    </span>
  );
}
