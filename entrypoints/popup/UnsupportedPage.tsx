import { SUPPORTED_SITES } from '@/utils/sites';

/** What the popup says on a page Committee Lens does not read. */
export function UnsupportedPage() {
  return (
    <section className="popup-empty" aria-labelledby="unsupported-title">
      <h1 id="unsupported-title" className="popup-title">
        Nothing to read on this page
      </h1>
      <p className="popup-muted">Committee Lens reads committee reports and government responses on:</p>
      <ul className="popup-sites">
        {SUPPORTED_SITES.map((site) => (
          <li key={site.host}>
            <span>{site.name}</span> <span className="popup-muted">{site.host}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
