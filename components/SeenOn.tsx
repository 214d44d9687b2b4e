import type { SeenOn as SeenOnPlace } from '@/utils/model/model';

const KIND_WORDS: Record<SeenOnPlace['kind'], string> = { report: 'report', response: 'response', tracker: 'tracker', other: 'page' };

interface SeenOnProps {
  places: readonly SeenOnPlace[] | undefined;
  className?: string;
}

/** " (p. 5)" for a place in a PDF saved with its page (`…/932.pdf#page=5`). */
function pdfPage(url: string): string {
  const page = /#page=(\d+)$/.exec(url)?.[1];
  return page ? ` (p. ${page})` : '';
}

/** "Seen on: report · response · tracker", each a link to the page it was seen on. */
export function SeenOn({ places, className = 'seen-on' }: SeenOnProps) {
  if (!places || places.length === 0) return null;
  return (
    <span className={className}>
      Seen on:{' '}
      {places.map((place, i) => (
        <span key={`${place.kind}-${place.url}`}>
          {i > 0 && ' · '}
          <a href={place.url} target="_blank" rel="noreferrer" title={place.title ?? place.url}>
            {KIND_WORDS[place.kind]}
            {pdfPage(place.url)}
          </a>
        </span>
      ))}
    </span>
  );
}
