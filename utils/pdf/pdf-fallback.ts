import type { Adapter, Detection } from '../adapters/adapter';
import { generic } from '../adapters/generic';
import { readPage } from '../detect/read-page';
import { findReportReference } from '../detect/report-reference';
import { probeReportPage } from '../detect/report-page';
import { normalizeSpace } from '../detect/text';
import type { ReportIdentity } from '../model/model';

/*
 * A PDF whose address no adapter claims (a Command Paper on assets.publishing.service.gov.uk, a
 * committee document behind committees.parliament.uk/publications/…/default/, a file from the
 * reader's disk): the shared reader with the generic adapter's identity, and, on a response, the
 * report it answers read from its first pages ("our Fourth Report of Session 2022–23, … (HC 304)"),
 * as the Commons adapters read it on a web page, so the answers are stored under that report.
 */

const ID = 'pdf';

function reportKey(url: URL): string {
  return url.protocol === 'file:' ? `file:${url.pathname}` : `${url.origin}${url.pathname}`;
}

export const pdfFallback: Pick<Adapter, 'id' | 'detect'> = {
  id: ID,
  detect(doc, url): Detection {
    const probe = probeReportPage(doc);
    const title = normalizeSpace(doc.title) || undefined;
    const report: ReportIdentity = { key: reportKey(url), title };
    const detection = readPage(doc, url, {
      adapter: ID,
      root: doc.body,
      hints: probe.response ? { kind: 'response' } : {},
      report,
      respondsTo: (intro) =>
        findReportReference(
          intro.map((block) => block.el),
          url,
        ),
    });
    // What the generic adapter would find where this finds nothing (its own title rules).
    return detection.page.items.length || url.protocol === 'file:' ? detection : generic.detect(doc, url);
  },
};
