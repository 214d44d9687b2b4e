import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { itemLabel, describeSource, isTentative } from '@/utils/model/items';
import { type DetectedItem, type SavedItem, type SavedItemPatch } from '@/utils/model/model';
import { NoteEditor } from './NoteEditor';
import { StatusCorrection } from './StatusCorrection';
import { TagEditor } from './TagEditor';
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
  /** Save to the library (never unsaves). */
  onSave: () => void;
  /** Take it out of the library (the caller offers Undo). */
  onUnsave: () => void;
  /** Set just after this item was taken out of the library: put it back as it was. */
  onUndoUnsave?: () => void;
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
const MAX_HEIGHT = 720;

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

/** What the reader wrote on a saved item, which removing it would lose. */
function hasYourData(record: SavedItem): boolean {
  return record.note.trim() !== '' || record.tags.length > 0 || record.statusOverride !== undefined;
}

/** "Your note, 2 tags and your correction". */
function describeYourData(record: SavedItem): string {
  const parts = [
    record.note.trim() !== '' && 'your note',
    record.tags.length > 0 && (record.tags.length === 1 ? '1 tag' : `${record.tags.length} tags`),
    record.statusOverride !== undefined && 'your correction',
  ].filter((part): part is string => part !== false);
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The panel a badge opens: status and where it came from, the response, and Save. */
export function RecommendationPopover({
  item,
  anchor,
  badgeLayout,
  saved,
  busy,
  error,
  onSave,
  onUnsave,
  onUndoUnsave,
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
    // Saving adds the note, tags and correction: the panel is placed again for its new height.
  }, [anchor, item.key, badgeLayout, saved]);

  const placed = position !== undefined;
  const editable = saved && record !== undefined && onUpdate !== undefined;
  const [confirming, setConfirming] = useState(false);
  // Focus moves in once the panel is placed (a hidden element cannot take focus), and again when
  // the item is saved or taken out: never onto a control that removes anything. Saved: the note.
  // Just taken out: Undo. Otherwise: Save.
  const focusedFor = useRef<string>(undefined);
  const focusState = editable ? 'saved' : onUndoUnsave ? 'removed' : 'unsaved';
  useEffect(() => {
    if (!placed || focusedFor.current === focusState) return;
    focusedFor.current = focusState;
    const selector = { saved: '.cl-popover-yours textarea', removed: '[data-cl-undo]', unsaved: '[data-autofocus]' }[focusState];
    const target = panel.current?.querySelector<HTMLElement>(selector);
    if (!target) return;
    target.focus({ preventScroll: true });
    // Within the popover's own scrolling body only (the popover itself is already in view).
    target.scrollIntoView({ block: 'nearest' });
    // In the note, the caret goes after what is there: typing adds to it.
    if (target instanceof HTMLTextAreaElement) target.setSelectionRange(target.value.length, target.value.length);
  }, [placed, focusState]);
  // The question "remove?" only stands while the item is saved.
  const asking = confirming && saved;
  // "Keep" closes the question: focus goes back to where it was asked from, not to the page.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !asking && saved) panel.current?.querySelector<HTMLElement>('.cl-popover-remove')?.focus();
    wasConfirming.current = asking;
  }, [asking, saved]);
  const remove = () => {
    if (busy) return;
    if (record && hasYourData(record)) setConfirming(true);
    else onUnsave();
  };

  useEffect(() => {
    // Outside clicks close. Clicks inside our shadow roots are retargeted to their hosts.
    const onPointerDown = (event: PointerEvent) => {
      const path = event.composedPath();
      // A click in our toast (its Undo) is not a click away from the popover.
      const inToast = path.some((node) => node instanceof Element && node.localName === 'cl-toast');
      if (panel.current && !path.includes(panel.current) && !path.includes(anchor) && !inToast) onClose();
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
          <span className="cl-popover-source">
            {describeSource(reading)}
            {reading.source === 'user' && reading.evidence && <> · “{reading.evidence}”</>}
          </span>
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
              showReadings={false}
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
        {asking && record ? (
          <div className="cl-popover-confirm" role="group" aria-labelledby={`${titleId}-confirm`}>
            <p id={`${titleId}-confirm`} className="cl-popover-confirm-text">
              Remove from your library? {describeYourData(record)} will go too (you can undo).
            </p>
            <button
              type="button"
              className="cl-button cl-button-danger"
              onClick={() => {
                setConfirming(false);
                onUnsave();
              }}
            >
              Remove
            </button>
            <button type="button" className="cl-button cl-button-quiet" autoFocus onClick={() => setConfirming(false)}>
              Keep
            </button>
          </div>
        ) : saved ? (
          <>
            <span className="cl-popover-saved" role="status">
              <SavedIcon filled />
              In your library
            </span>
            <button type="button" className="cl-button cl-button-quiet cl-popover-remove" aria-disabled={busy} onClick={remove}>
              {busy ? 'Removing…' : 'Remove from library'}
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="cl-button cl-button-primary"
              data-autofocus
              // Not `disabled` while saving: a disabled button drops focus to the page.
              aria-disabled={busy}
              onClick={() => {
                if (!busy) onSave();
              }}
            >
              <SavedIcon filled={false} />
              {busy ? 'Saving…' : 'Save'}
            </button>
            {onUndoUnsave && (
              <span className="cl-popover-hint" role="status">
                Removed from your library.{' '}
                <button type="button" className="cl-link-button" data-cl-undo onClick={onUndoUnsave}>
                  Undo
                </button>
              </span>
            )}
          </>
        )}
      </footer>
    </div>
  );
}
