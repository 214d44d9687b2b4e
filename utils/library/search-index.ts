/**
 * An inverted index over the library's search text, so a keystroke looks at the vocabulary and
 * the lists of documents, not at every item's text.
 *
 * A document is one item's search text (`buildSearchIndex` in `./filter`: lower-cased, spaces
 * collapsed). It is split at spaces into tokens; each distinct token lists the documents holding
 * it. A query word (it has no spaces) is in a document exactly when it is part of one of its
 * tokens, so a word's documents are the union of the lists of the tokens containing it: the same
 * answer as `text.includes(word)`, from a scan of the distinct tokens (a few thousand) instead of
 * the text of every item (megabytes at 10 000 items).
 *
 * Pure and incremental: documents are set, replaced and deleted one at a time by key, so the
 * index can be built in slices and follow a live query. A replaced or deleted document's old
 * entries are left in the lists and skipped (its number is dead); the lists are compacted when
 * the dead outnumber the live.
 */
export interface SearchIndex {
  /** Index (or re-index) the document `key`; unchanged text costs one comparison. */
  set(key: string, text: string): void;
  delete(key: string): void;
  has(key: string): boolean;
  keys(): IterableIterator<string>;
  /** The live documents. */
  readonly size: number;
  /**
   * The documents containing every word, as a test by key; `words` lower-cased, without spaces.
   * No words: every document.
   */
  match(words: readonly string[]): (key: string) => boolean;
}

interface Doc {
  id: number;
  text: string;
}

export function createSearchIndex(): SearchIndex {
  const docs = new Map<string, Doc>();
  /** By document number: whether it is live (a replaced or deleted document's number is dead). */
  const live: boolean[] = [];
  let nextId = 0;
  let dead = 0;
  const tokenIds = new Map<string, number>();
  const tokens: string[] = [];
  /** By token number: the documents holding it (live or dead), in the order they were added. */
  let postings: number[][] = [];
  /** The tokens containing each word asked about lately (typing "pris" after "pri" scans only those). */
  let wordTokens = new Map<string, readonly number[]>();

  const addDoc = (key: string, text: string) => {
    const id = nextId++;
    live[id] = true;
    docs.set(key, { id, text });
    const seen = new Set<string>();
    for (const token of text.split(' ')) {
      if (token === '' || seen.has(token)) continue;
      seen.add(token);
      let tokenId = tokenIds.get(token);
      if (tokenId === undefined) {
        tokenId = tokens.length;
        tokenIds.set(token, tokenId);
        tokens.push(token);
        postings.push([]);
        // A new token may contain a word asked about before: those answers are out of date.
        if (wordTokens.size > 0) wordTokens = new Map();
      }
      postings[tokenId]!.push(id);
    }
  };

  const kill = (doc: Doc) => {
    live[doc.id] = false;
    dead++;
  };

  /** Rebuild the lists without dead documents (numbers are kept). */
  const compact = () => {
    postings = postings.map((list) => list.filter((id) => live[id]));
    dead = 0;
  };

  const tokensContaining = (word: string): readonly number[] => {
    const cached = wordTokens.get(word);
    if (cached) return cached;
    // The tokens of a shorter word this one contains are the only candidates.
    let candidates: readonly number[] | undefined;
    for (const [asked, found] of wordTokens) {
      if (word.includes(asked) && (candidates === undefined || found.length < candidates.length)) candidates = found;
    }
    const found: number[] = [];
    if (candidates) {
      for (const tokenId of candidates) if (tokens[tokenId]!.includes(word)) found.push(tokenId);
    } else {
      for (let tokenId = 0; tokenId < tokens.length; tokenId++) if (tokens[tokenId]!.includes(word)) found.push(tokenId);
    }
    if (wordTokens.size >= 32) wordTokens = new Map();
    wordTokens.set(word, found);
    return found;
  };

  /** By document number: 1 where the document holds `word`. */
  const docsWith = (word: string): Uint8Array => {
    const marks = new Uint8Array(nextId);
    for (const tokenId of tokensContaining(word)) {
      for (const id of postings[tokenId]!) marks[id] = 1;
    }
    return marks;
  };

  return {
    set(key, text) {
      const before = docs.get(key);
      if (before) {
        if (before.text === text) return;
        kill(before);
      }
      addDoc(key, text);
      if (dead > 1000 && dead > docs.size) compact();
    },
    delete(key) {
      const before = docs.get(key);
      if (!before) return;
      kill(before);
      docs.delete(key);
      if (dead > 1000 && dead > docs.size) compact();
    },
    has: (key) => docs.has(key),
    keys: () => docs.keys(),
    get size() {
      return docs.size;
    },
    match(words) {
      const distinct = [...new Set(words)].filter((word) => word !== '');
      // A word inside another word of the query adds nothing ("pri prison").
      const needed = distinct.filter((word) => !distinct.some((other) => other !== word && other.includes(word)));
      const marks = needed.map(docsWith);
      return (key) => {
        const doc = docs.get(key);
        if (!doc) return false;
        return marks.every((m) => m[doc.id] === 1);
      };
    },
  };
}
