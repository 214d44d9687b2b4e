import type { Label } from './labels';

/** What a block is on the page. */
export type BlockRole = 'heading' | 'paragraph' | 'list-item' | 'cell' | 'term' | 'description';

export interface CellPosition {
  /** Which table on the page (0-based, in document order). */
  table: number;
  row: number;
  col: number;
  /** A `<th>`, or a cell in `<thead>`. */
  header: boolean;
  /** Rows the cell spans (`rowspan`), when more than one: one answer given to several rows. */
  rows?: number;
}

/** One block of the page's text, in reading order: the unit every reader works on. */
export interface Block {
  /** Where the block is on the page (badges are mounted here). Lines split at `<br>` share one. */
  el: Element;
  /** The text, whitespace collapsed. */
  text: string;
  /** The text without footnote calls ("support them.3 Funding" → "support them. Funding"). */
  bare: string;
  role: BlockRole;
  /** Heading level 1–6 (headings only). */
  level?: number;
  /** A short line set wholly in bold or capitals without closing punctuation: a title in effect. */
  pseudoHeading: boolean;
  /** The label the text starts with, or the number a native `<ol>` gives the item. */
  label?: Label;
  /** The label comes from `<ol>` numbering, not from the text. */
  nativeNumber: boolean;
  cell?: CellPosition;
  /** Inside a `<blockquote>`. */
  quote: boolean;
  /** Share of the text set in bold / in italics (0–1). */
  bold: number;
  italic: number;
  /** The runs of bold text, in order (footnote calls left out). */
  boldRuns: string[];
  /** Share of the text inside links. */
  linkShare: number;
  /** Page furniture or a note: a footnote's body, page-turn links, a copyright line. Never part of an item or answer. */
  note: boolean;
  /** A short description of the markup around the block, to tell apart blocks of one list. */
  shape: string;
}

/** The page as the reader sees it: its blocks in reading order. */
export interface DocumentModel {
  blocks: Block[];
  /** Elements the walk could not read (it never throws). */
  skipped: number;
}
