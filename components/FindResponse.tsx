import type { FindResult } from '@/utils/find-response';
import { ApiProblem } from './ApiProblem';
import { ResponseDeadline } from './ResponseDeadline';

export type ResponseSearchState = { kind: 'idle' } | { kind: 'searching' } | FindResult;

/** "Find the government response" with its states: searching, found, none yet, failed (retry). */
export function FindResponse({ search, onFind }: { search: ResponseSearchState; onFind: () => void }) {
  switch (search.kind) {
    case 'idle':
      return (
        <button type="button" className="cl-button cl-button-secondary" onClick={onFind}>
          Find the government response
        </button>
      );
    case 'searching':
      return (
        <p className="cl-find-state" role="status">
          Looking for the government response…
        </p>
      );
    case 'found':
      return (
        <p className="cl-find-state" role="status">
          Found{' '}
          <a href={search.url} target="_blank" rel="noreferrer">
            {search.title ?? 'the government response'}
          </a>
          {search.via === 'api' && search.answered === 0
            ? " through Parliament's data; its text could not be read here (it may be a PDF), so the statuses stay pending."
            : `: ${search.answered} ${search.answered === 1 ? 'answer' : 'answers'} linked to this report${search.via === 'api' ? " (through Parliament's data)" : search.via === 'pages' ? ' (by following the committee pages)' : ''}.`}
          {search.response && <ResponseDeadline response={search.response} className="cl-find-deadline" />}
          {search.apiProblem && <ApiProblem message={search.apiProblem} />}
        </p>
      );
    case 'none':
      return (
        <p className="cl-find-state" role="status">
          No government response found{search.looked > 0 ? ` on the ${search.looked} committee pages checked` : ''}. It may not be published
          yet; the status stays pending.
          {search.response && <ResponseDeadline response={search.response} className="cl-find-deadline" />}
          {search.apiProblem && <ApiProblem message={search.apiProblem} />}
        </p>
      );
    case 'failed':
      return (
        <p className="cl-find-state cl-find-failed" role="alert">
          Could not look for the response: {search.message}{' '}
          <button type="button" className="cl-link-button" onClick={onFind}>
            Try again
          </button>
          {search.response && <ResponseDeadline response={search.response} className="cl-find-deadline" />}
          {search.apiProblem && <ApiProblem message={search.apiProblem} />}
        </p>
      );
  }
}
