import { useLayoutEffect, useRef } from 'react';
import type { StoredResponse } from '@/utils/committees-api/facts';
import { ResponseDeadline } from './ResponseDeadline';

interface ResponseStripProps {
  response: StoredResponse;
  /** The report's first badge (in page order): the strip sits just above it. */
  anchor: HTMLElement | undefined;
  /** Re-place after the badges moved (a resize). */
  layout: number;
}

/**
 * A quiet strip at the top of the report's badges: the government response's deadline or when it
 * was answered. Positioned in the page's coordinates above the first badge; nothing moves.
 */
export function ResponseStrip({ response, anchor, layout }: ResponseStripProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Placed in the page's coordinates before the browser paints (a DOM write, not React state).
  useLayoutEffect(() => {
    const strip = ref.current;
    if (!strip) return;
    if (!anchor?.isConnected) {
      strip.hidden = true;
      return;
    }
    strip.hidden = false;
    const rect = anchor.getBoundingClientRect();
    const view = anchor.ownerDocument.defaultView;
    // Above the line the first badge sits on, clear of it by the strip's own height and a gap.
    strip.style.top = `${Math.max(0, rect.top + (view?.scrollY ?? 0) - strip.offsetHeight - 10)}px`;
    strip.style.left = `${Math.max(0, rect.left + (view?.scrollX ?? 0))}px`;
  }, [anchor, layout]);
  return (
    <div ref={ref} className="cl-response-strip" role="region" aria-label="Response deadline" hidden>
      <ResponseDeadline response={response} className="cl-response-strip-text" />
    </div>
  );
}
