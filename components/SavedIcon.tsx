import { SAVED_SHAPES, SAVED_STROKE } from './icon-shapes';
import { ShapeList } from './ShapeList';

/** A bookmark: filled when saved. Decorative; callers give the words. */
export function SavedIcon({ filled }: { filled: boolean }) {
  return (
    <svg
      className="cl-icon"
      viewBox="0 0 16 16"
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      {...SAVED_STROKE}
      aria-hidden="true"
    >
      <ShapeList shapes={SAVED_SHAPES} />
    </svg>
  );
}
