import { memo } from 'react';
import { SeenOn } from '@/components/SeenOn';
import { StatusPill } from '@/components/StatusPill';
import { reportName } from '@/utils/library/filter';
import { linkToText } from '@/utils/anchor/text-fragment';
import { effectiveStatus, itemLabel } from '@/utils/model/items';
import { type SavedItem, type SavedItemPatch } from '@/utils/model/model';
import { NoteEditor } from '@/components/NoteEditor';
import { StatusCorrection } from '@/components/StatusCorrection';
import { TagEditor } from '@/components/TagEditor';

interface ItemDetailProps {
  item: SavedItem;
  allTags: readonly string[];
  /** Answers an error message, or undefined when saved. */
  onUpdate: (patch: SavedItemPatch) => Promise<string | undefined>;
  onDelete: () => void;
  onClose: () => void;
}

/** One saved recommendation in full: text, the government's answer, note, tags and correction. */
export const ItemDetail = memo(function ItemDetail({ item, allTags, onUpdate, onDelete, onClose }: ItemDetailProps) {
  const titleId = `detail-title-${item.key}`;
  const { response, reading } = item;
  return (
    <aside className="item-detail" aria-labelledby={titleId}>
      <header className="detail-header">
        <div>
          <p className="detail-kicker">
            {reportName(item)}
            {item.committee ? ` · ${item.committee}` : ''}
          </p>
          <h2 id={titleId} className="detail-title">
            {itemLabel(item)} <StatusPill status={effectiveStatus(item)} />
          </h2>
        </div>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>

      {item.headline && <p className="detail-headline">{item.headline}</p>}
      <p className="detail-text">{item.text}</p>
      <p className="muted detail-meta">
        {item.paragraphRefs.length > 0 &&
          `${item.paragraphRefs.length === 1 ? 'Paragraph' : 'Paragraphs'} ${item.paragraphRefs.join(', ')}`}
        {item.section && ` · ${item.section}`}
      </p>
      <p className="detail-links">
        <a href={linkToText(item.pageUrl, item.quote.exact || item.text)} target="_blank" rel="noreferrer">
          Open in the report
        </a>
      </p>
      <p className="detail-links">
        <SeenOn places={item.seenOn} className="detail-seen-on" />
      </p>

      <section className="detail-section" aria-label="Government response">
        <h3 className="detail-label">Government response</h3>
        {response?.summary || response?.text ? (
          <>
            {response.summary && (
              <p>
                {response.summary}
                {response.summarySource === 'tracker' && reading.sourceName && (
                  <span className="muted"> (summary by {reading.sourceName})</span>
                )}
              </p>
            )}
            {reading.evidence && <blockquote className="detail-evidence">{reading.evidence}</blockquote>}
            {response.respondent && <p className="muted">{response.respondent}</p>}
          </>
        ) : (
          <p className="muted">No response seen yet.</p>
        )}
      </section>

      <section className="detail-section" aria-label="Status">
        <StatusCorrection
          key={`${item.key}-${item.statusOverride?.at ?? 0}`}
          item={item}
          onCorrect={(correction) => void onUpdate({ statusOverride: correction })}
        />
      </section>

      <section className="detail-section">
        <NoteEditor key={item.key} itemKey={item.key} note={item.note} onSave={(note) => onUpdate({ note })} />
      </section>

      <section className="detail-section">
        <TagEditor itemKey={item.key} tags={item.tags} allTags={allTags} onChange={(tags) => void onUpdate({ tags })} />
      </section>

      <footer className="detail-footer">
        <button type="button" className="button button-danger" onClick={onDelete}>
          Delete from library
        </button>
      </footer>
    </aside>
  );
});
