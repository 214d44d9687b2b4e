import { startTransition, useEffect, useState } from 'react';
import type { PopupItem } from '@/utils/messages';
import { STATUS_LABELS } from '@/utils/model/statuses';
import { StatusIcon } from '@/components/StatusIcon';
import { SavedIcon } from '@/components/SavedIcon';
import { FIRST_ROWS, NUMBER_WORDS } from './popup-labels';

interface RecommendationListProps {
  items: readonly PopupItem[];
  savedKeys: ReadonlySet<string>;
  onJump: (key: string) => void;
}

/** Every recommendation on the page; choosing one scrolls the page to it. */
export function RecommendationList({ items, savedKeys, onJump }: RecommendationListProps) {
  // A long page's list first renders the rows in view, so the popup shows its first content
  // quickly; once that frame is painted, React renders every row in the background
  // (a transition: interruptible, input goes first).
  const [whole, setWhole] = useState(items.length <= FIRST_ROWS);
  useEffect(() => {
    if (whole) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setWhole(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [whole]);
  const rendered = whole ? items.length : FIRST_ROWS;
  return (
    <nav className="rec-list" aria-label="Recommendations on this page">
      <ol>
        {items.slice(0, rendered).map((item) => {
          const { status } = item.reading;
          const saved = savedKeys.has(item.key);
          return (
            <li key={item.key}>
              <button type="button" className="rec-row" onClick={() => onJump(item.key)}>
                <span className="rec-number">
                  <span className="cl-visually-hidden">{NUMBER_WORDS[item.numbering ?? 'recommendation']} </span>
                  {item.numbering === 'selection' ? '–' : item.number}
                </span>
                <span className="rec-text">{item.headline ?? item.text}</span>
                <span className={`rec-status cl-status-${status}`}>
                  <StatusIcon status={status} />
                  <span>{STATUS_LABELS[status]}</span>
                </span>
                <span className="rec-saved">
                  {saved && (
                    <>
                      <SavedIcon filled />
                      <span className="cl-visually-hidden">, saved</span>
                    </>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
