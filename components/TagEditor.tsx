import { useState } from 'react';

interface TagEditorProps {
  itemKey: string;
  tags: readonly string[];
  /** Every tag in the library, for autocomplete. */
  allTags: readonly string[];
  onChange: (tags: string[]) => void;
}

/** Tags as removable chips, plus a field that suggests existing tags. */
export function TagEditor({ itemKey, tags, allTags, onChange }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const listId = `tags-${itemKey}`;
  const add = () => {
    const tag = draft.trim();
    if (!tag) return;
    setDraft('');
    if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) onChange([...tags, tag]);
  };
  return (
    <div className="tag-editor">
      <span className="detail-label" id={`${listId}-label`}>
        Tags
      </span>
      <ul className="tag-list" aria-labelledby={`${listId}-label`}>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button
              type="button"
              className="tag-remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="tag-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          type="text"
          list={listId}
          value={draft}
          aria-label="Add a tag"
          placeholder="Add a tag"
          maxLength={80}
          onChange={(e) => setDraft(e.target.value)}
        />
        <datalist id={listId}>
          {allTags
            .filter((tag) => !tags.includes(tag))
            .map((tag) => (
              <option key={tag} value={tag} />
            ))}
        </datalist>
        <button type="submit" className="button">
          Add
        </button>
      </form>
    </div>
  );
}
