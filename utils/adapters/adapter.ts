import type { DetectedPage } from '../model/model';

/** What an adapter found: the page, and for each item the block element it was read from. */
export interface Detection {
  page: DetectedPage;
  /** `blocks[i]` holds `page.items[i]`; badges are mounted there. */
  blocks: Element[];
}

/** One site or page kind. `detect` reads only its arguments and never throws. */
export interface Adapter {
  id: string;
  /** Cheap: URL first, at most one probe of the document. */
  matches(url: URL, doc: Document): boolean;
  detect(doc: Document, url: URL): Detection;
}
