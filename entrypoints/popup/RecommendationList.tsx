import type { DetectedItem } from '@/utils/model';
import { STATUS_LABELS } from '@/utils/statuses';
import { StatusIcon } from '@/components/StatusIcon';
import { SavedIcon } from '@/components/SavedIcon';

interface RecommendationListProps {
  items: readonly DetectedItem[];
  savedKeys: ReadonlySet<string>;
  onJump: (key: string) => void;
}

const NUMBER_WORDS = { recommendation: 'Recommendation', paragraph: 'Paragraph', selection: 'Saved selection' } as const;

/** Every recommendation on the page; choosing one scrolls the page to it. */
export function RecommendationList({ items, savedKeys, onJump }: RecommendationListProps) {
  return (
    <nav className="rec-list" aria-label="Recommendations on this page">
      <ol>
        {items.map((item) => {
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
