import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { itemLabel, type DetectedItem, type SavedItem, type SavedItemPatch } from '@/utils/model';
import { NoteEditor } from './NoteEditor';
import { StatusCorrection } from './StatusCorrection';
import { TagEditor } from './TagEditor';
import { describeSource, isTentative } from '@/utils/statuses';
import { EvidenceQuote } from './EvidenceQuote';
import { FindResponse, type ResponseSearchState } from './FindResponse';
import { SavedIcon } from './SavedIcon';
import { StatusPill } from './StatusPill';

interface RecommendationPopoverProps {
  item: DetectedItem;
  /** The badge button it belongs to: positioned against, focus returns to it. */
  anchor: HTMLElement;
  /** Changes when the badges were placed again (after a resize): the popover follows its badge. */
  badgeLayout?: number;
  saved: boolean;
  busy: boolean;
  error?: string;
  onToggleSave: () => void;
  /** The saved record (note, tags, correction) when the item is saved. */
  record?: SavedItem;
  /** Edit the saved record; answers an error message, or nothing when saved. */
  onUpdate?: (patch: SavedItemPatch) => Promise<string | undefined>;
  /** On a report page with no known answer: the search for the government response. */
  responseSearch?: ResponseSearchState;
  onFindResponse?: () => void;
  onClose: () => void;
}

const GAP = 8;
const MARGIN = 8;
const MAX_HEIGHT = 560;

interface Position {
  top: number;
  left: number;
  maxHeight: number;
}

/**
 * Page coordinates below the anchor, or above it when only that side has room; when neither side
 * fits, the roomier side with the panel's height capped to it. Always inside the viewport.
 */
function placeNear(anchor: HTMLElement, panel: HTMLElement): Position {
  const a = anchor.getBoundingClientRect();
  const width = panel.offsetWidth;
  const height = panel.scrollHeight;
  const viewWidth = document.documentElement.clientWidth;
  const viewHeight = window.innerHeight;
  const left = Math.min(Math.max(MARGIN, a.left), Math.max(MARGIN, viewWidth - width - MARGIN));
  const spaceBelow = viewHeight - a.bottom - GAP - MARGIN;
  const spaceAbove = a.top - GAP - MARGIN;
  const below = height <= spaceBelow || spaceBelow >= spaceAbove;
  const maxHeight = Math.min(MAX_HEIGHT, Math.max(160, below ? spaceBelow : spaceAbove));
  const top = below ? a.bottom + GAP : a.top - GAP - Math.min(height, maxHeight);
  return { top: top + window.scrollY, left: left + window.scrollX, maxHeight };
}

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, a[href], textarea, input, select, [tabindex]:not([tabindex="-1"])')].filter(
    (el) => !el.hasAttribute('disabled'),
  );
}

/** The panel a badge opens: status and where it came from, the response, and Save. */
export function RecommendationPopover({
  item,
  anchor,
  badgeLayout,
  saved,
  busy,
  error,
  onToggleSave,
  record,
  onUpdate,
  responseSearch,
  onFindResponse,
  onClose,
}: RecommendationPopoverProps) {
  const panel = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<Position | undefined>();
  const titleId = `cl-popover-title-${item.number}`;
  const { reading, response } = item;

  useLayoutEffect(() => {
    const place = () => panel.current && setPosition(placeNear(anchor, panel.current));
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [anchor, item.key, badgeLayout]);

  const placed = position !== undefined;
  useEffect(() => {
    // Focus moves in once the panel is placed (a hidden element cannot take focus).
    if (placed) panel.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus({ preventScroll: true });
  }, [placed]);

  useEffect(() => {
    // Outside clicks close. Clicks inside our shadow roots are retargeted to their hosts.
    const onPointerDown = (event: PointerEvent) => {
      const path = event.composedPath();
      if (panel.current && !path.includes(panel.current) && !path.includes(anchor)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [anchor, onClose]);

  useEffect(() => {
    // Escape closes from anywhere (focus may still be on the badge), and focus returns to the badge.
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onClose();
      anchor.focus();
    };
    document.addEventListener('keydown', onEscape, true);
    return () => document.removeEventListener('keydown', onEscape, true);
  }, [anchor, onClose]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || !panel.current) return;
    // Keep focus inside the dialog while it is open.
    const list = focusables(panel.current);
    const first = list[0];
    const last = list.at(-1);
    const active = (panel.current.getRootNode() as ShadowRoot).activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <div
      ref={panel}
      className="cl-popover"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      style={position ? { top: position.top, left: position.left, maxHeight: position.maxHeight } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      <header className="cl-popover-header">
        <h2 id={titleId} className="cl-popover-title">
          {itemLabel(item)}
        </h2>
        <button
          type="button"
          className="cl-icon-button"
          aria-label="Close"
          onClick={() => {
            onClose();
            anchor.focus();
          }}
        >
          <svg
            className="cl-icon"
            viewBox="0 0 16 16"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            aria-hidden="true"
          >
            <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
          </svg>
        </button>
      </header>

      <div className="cl-popover-body">
        <div className="cl-popover-status">
          <StatusPill status={reading.status} tentative={isTentative(reading)} />
          <span className="cl-popover-source">{describeSource(reading)}</span>
        </div>
        {item.otherReading && (
          <div className="cl-popover-status cl-popover-other">
            <span className="cl-popover-source">
              {reading.source === 'user' ? 'Before your correction:' : 'Our reading of the answer:'}
            </span>
            <StatusPill status={item.otherReading.status} tentative={isTentative(item.otherReading)} />
          </div>
        )}

        {item.headline && <p className="cl-popover-headline">{item.headline}</p>}

        <section className="cl-popover-section" aria-label="Recommendation text">
          <p className="cl-popover-text">{item.text}</p>
          {item.paragraphRefs.length > 0 && (
            <p className="cl-popover-meta">
              {item.paragraphRefs.length === 1 ? 'Paragraph' : 'Paragraphs'} {item.paragraphRefs.join(', ')}
              {item.section ? ` · ${item.section}` : ''}
            </p>
          )}
        </section>

        <section className="cl-popover-section" aria-labelledby={`${titleId}-response`}>
          <h3 id={`${titleId}-response`} className="cl-popover-label">
            Government response
            {response?.summary && response.summarySource === 'tracker' && reading.sourceName && (
              <span className="cl-popover-label-note"> · summary by {reading.sourceName}</span>
            )}
          </h3>
          {response?.summary && response.summary !== reading.evidence && <p className="cl-popover-summary">{response.summary}</p>}
          {reading.evidence && reading.source === 'classifier' && (
            <p className="cl-popover-evidence">
              <span className="cl-popover-label-note">Deciding sentence: </span>
              <EvidenceQuote evidence={reading.evidence} deciding={reading.deciding} />
            </p>
          )}
          {item.link && (
            <p className="cl-popover-meta">
              From{' '}
              <a href={item.link.responseUrl} target="_blank" rel="noreferrer">
                {item.link.responseTitle ?? 'the government response'}
              </a>
            </p>
          )}
          {item.link?.match === 'mismatch' && (
            <p className="cl-popover-warning" role="note">
              The response quotes different words for number {item.number}. Check that it answers this recommendation.
            </p>
          )}
          {!response?.summary && !reading.evidence && (
            <p className="cl-popover-empty">No response seen yet. When you open the government’s response, its answer will show here.</p>
          )}
          {responseSearch && onFindResponse && <FindResponse search={responseSearch} onFind={onFindResponse} />}
        </section>

        {saved && record && onUpdate && (
          <section className="cl-popover-section cl-popover-yours" aria-label="In your library">
            <NoteEditor key={record.key} itemKey={record.key} note={record.note} onSave={(note) => onUpdate({ note })} />
            <TagEditor itemKey={record.key} tags={record.tags} allTags={[]} onChange={(tags) => void onUpdate({ tags })} />
            <StatusCorrection
              key={`${record.key}-${record.statusOverride?.at ?? 0}`}
              item={record}
              onCorrect={(correction) => void onUpdate({ statusOverride: correction })}
            />
          </section>
        )}
        {error && (
          <p className="cl-popover-error" role="alert">
            {error}
          </p>
        )}
      </div>

      <footer className="cl-popover-actions">
        <button
          type="button"
          className={saved ? 'cl-button cl-button-saved' : 'cl-button cl-button-primary'}
          data-autofocus
          aria-pressed={saved}
          disabled={busy}
          onClick={onToggleSave}
        >
          <SavedIcon filled={saved} />
          {busy ? 'Saving…' : saved ? 'Saved' : 'Save'}
        </button>
        {saved && <span className="cl-popover-hint">In your library. Press again to remove.</span>}
      </footer>
    </div>
  );
}
