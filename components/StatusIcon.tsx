import type { Status } from '@/utils/model/statuses';
import { STATUS_SHAPES, STATUS_STROKE } from './icon-shapes';
import { ShapeList } from './ShapeList';

/** A status symbol, so colour is never the only signal. Decorative: the label says the status. */
export function StatusIcon({ status }: { status: Status }) {
  return (
    <svg className="cl-icon" viewBox="0 0 16 16" fill="none" stroke="currentColor" {...STATUS_STROKE} aria-hidden="true">
      <ShapeList shapes={STATUS_SHAPES[status]} />
    </svg>
  );
}
