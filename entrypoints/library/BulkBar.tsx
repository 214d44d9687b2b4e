import { memo, useState } from 'react';

interface BulkBarProps {
  count: number;
  tags: readonly string[];
  onTag: (tag: string) => void;
  onUntag: (tag: string) => void;
  onDelete: () => void;
  onClear: () => void;
  children?: React.ReactNode;
}

/** Actions on the selected items. */
export const BulkBar = memo(function BulkBar({ count, tags, onTag, onUntag, onDelete, onClear, children }: BulkBarProps) {
  const [tag, setTag] = useState('');
  return (
    <div className="bulk-bar" role="region" aria-label="Selected items">
      <strong>{count} selected</strong>
      <form
        className="bulk-tag"
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim()) onTag(tag.trim());
          setTag('');
        }}
      >
        <input
          type="text"
          list="bulk-tags"
          value={tag}
          placeholder="Tag"
          aria-label="Tag to add or remove"
          onChange={(e) => setTag(e.target.value)}
        />
        <datalist id="bulk-tags">
          {tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <button type="submit" className="button">
          Add tag
        </button>
        <button type="button" className="button" disabled={!tag.trim()} onClick={() => tag.trim() && onUntag(tag.trim())}>
          Remove tag
        </button>
      </form>
      {children}
      <button type="button" className="button button-danger" onClick={onDelete}>
        Delete
      </button>
      <button type="button" className="link-button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
});
