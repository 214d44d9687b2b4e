import { StatusPill } from '@/components/StatusPill';
import { linkToText } from '@/utils/links';
import { itemLabel, type SavedItem } from '@/utils/model';
import { describeSource } from '@/utils/statuses';

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** One saved recommendation in the library list. */
export function SavedItemRow({ item }: { item: SavedItem }) {
  const source = item.reportTitle ?? item.pageTitle;
  return (
    <li className="saved-item" data-key={item.key}>
      <div className="saved-item-top">
        <StatusPill status={item.reading.status} />
        <span className="saved-item-number">{itemLabel(item)}</span>
        <time className="saved-item-date" dateTime={new Date(item.savedAt).toISOString()}>
          Saved {dateFormat.format(item.savedAt)}
        </time>
      </div>
      {item.headline && <p className="saved-item-headline">{item.headline}</p>}
      <p className="saved-item-text">{item.text}</p>
      {item.response?.summary && (
        <p className="saved-item-summary">
          <span className="saved-item-label">Government response: </span>
          {item.response.summary}
        </p>
      )}
      <p className="saved-item-source">
        <span className="library-muted">
          {describeSource(item.reading)}
          {item.committee ? ` · ${item.committee}` : ''}
          {' · '}
        </span>
        <a href={linkToText(item.pageUrl, item.text)} target="_blank" rel="noreferrer">
          {source}
        </a>
      </p>
    </li>
  );
}
