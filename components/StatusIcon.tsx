import type { Status } from '@/utils/model';

const PATHS: Record<Status, React.ReactNode> = {
  accepted: <path d="M3.5 8.5l3 3 6-7" />,
  'partially-accepted': (
    <>
      <circle cx="8" cy="8" r="5.25" />
      <path d="M8 2.75a5.25 5.25 0 0 1 0 10.5z" fill="currentColor" stroke="none" />
    </>
  ),
  rejected: <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />,
  noted: (
    <>
      <circle cx="8" cy="8" r="5.25" />
      <path d="M8 7.25v3.5M8 5.1v.1" />
    </>
  ),
  'no-response': (
    <>
      <circle cx="8" cy="8" r="5.25" />
      <path d="M4.4 11.6l7.2-7.2" />
    </>
  ),
  pending: (
    <>
      <circle cx="8" cy="8" r="5.25" />
      <path d="M8 5v3.25l2.1 1.3" />
    </>
  ),
};

/** A status symbol, so colour is never the only signal. Decorative: the label says the status. */
export function StatusIcon({ status }: { status: Status }) {
  return (
    <svg
      className="cl-icon"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.9"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {PATHS[status]}
    </svg>
  );
}
