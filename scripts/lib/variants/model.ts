/**
 * The document model the robustness suite re-renders: a fixture page read back as an ordered list
 * of blocks, and the case's items located in it. Deliberately independent of `utils/document`
 * (the reader under test) so that the suite does not share the reader's own view of a page.
 */
import type { FixtureCase } from '../fixture-cases';

/** A stretch of text with one emphasis. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

export type BlockRole = 'heading' | 'paragraph' | 'list-item' | 'cell' | 'quote';

export interface Block {
  role: BlockRole;
  /** 1–6 for headings. */
  level?: number;
  /** Whitespace collapsed and trimmed; exactly the runs' texts joined. */
  text: string;
  runs: Run[];
  /** Most of the text is bold / italic. */
  bold: boolean;
  italic: boolean;
  /** Inside header, nav, footer or aside: site chrome. */
  chrome: boolean;
  /** Table cells: which table (in document order), row and column. */
  table?: { id: number; row: number; col: number };
  /** List items of an <ol>: the number the browser shows. */
  listNumber?: number;
}

export interface SourceDocument {
  title: string;
  lang: string;
  /** The original <head>'s inner HTML (title, meta, styles), kept as it was. */
  headHtml: string;
  blocks: Block[];
}

/** One case item located in the blocks. */
export interface LocatedItem {
  number: string;
  startsWith: string;
  status?: FixtureCase['items'][number]['status'];
  /** Index of the block the item starts in. */
  start: number;
  /** The recommendation's blocks, the first being the start block with its own label removed. */
  rec: Block[];
  /** A bare cue block between recommendation and answer ("Government response"), if any. */
  cue?: Block;
  /** The answer's blocks (response pages). */
  answer: Block[];
  /** Every block index this item owns (label blocks, recommendation, cue, answer). */
  owned: number[];
  /** The original labelled it "Recommendation N" rather than "N.". */
  wordLabel: boolean;
}

export interface LocatedDocument extends SourceDocument {
  url: string;
  pageKind: FixtureCase['pageKind'];
  items: LocatedItem[];
}

/** Whitespace collapsed, case ignored: how startsWith is compared (DESIGN.md). */
export const comparable = (text: string): string =>
  text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
