/** A bookmark: filled when saved. Decorative; callers give the words. */
export function SavedIcon({ filled }: { filled: boolean }) {
  return (
    <svg
      className="cl-icon"
      viewBox="0 0 16 16"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M4.5 2.5h7v11l-3.5-2.6-3.5 2.6z" />
    </svg>
  );
}
