import type { ReportIdentity } from './model/model';

// /pa/cm5803/cmselect/cmjust/304/report.html, /pa/cm201719/cmselect/cmhealth/1234/123402.htm,
// /pa/ld5803/ldselect/ldxxx/12/1202.htm, /pa/jt201012/jtselect/jtdraftlords/284/28402.htm
const PUBLICATIONS_PATH = /^\/pa\/(cm|ld|jt)(\d{4,8})\/(?:cm|ld|jt)select\/([a-z0-9]+)\/(\d+)\//i;

const HOUSES = { cm: 'commons', ld: 'lords', jt: 'joint' } as const;
/** Keys keep the short form ("HC304", "HL12"), as stored records have it. */
const KEY_PREFIX = { cm: 'HC', ld: 'HL', jt: 'HL' } as const;

/** A paper number as the Houses print it: "HC 304", "HL Paper 12". */
export function printedPaperNumber(house: 'HC' | 'HL', number: string): string {
  return house === 'HL' ? `HL Paper ${number}` : `HC ${number}`;
}

/** Identity of a report published on publications.parliament.uk, read from its URL alone. */
export function parsePublicationsUrl(url: URL): ReportIdentity | undefined {
  if (url.hostname !== 'publications.parliament.uk') return undefined;
  const match = PUBLICATIONS_PATH.exec(url.pathname);
  if (!match) return undefined;
  const [, houseCode = '', session = '', committeeCode = '', paper = ''] = match;
  const code = houseCode.toLowerCase() as keyof typeof HOUSES;
  // Joint committees' URLs carry their HL number.
  const paperNumber = printedPaperNumber(KEY_PREFIX[code], paper);
  return {
    key: `${HOUSES[code]}/${session}/${committeeCode.toLowerCase()}/${KEY_PREFIX[code]}${paper}`,
    house: HOUSES[code],
    session,
    paperNumber,
  };
}

/** Fallback key: the URL without query or fragment. */
export function canonicalKey(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
