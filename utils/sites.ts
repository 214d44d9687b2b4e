/** The sites Committee Lens reads, as content-script match patterns, with names for people. */

/**
 * Other parliaments' committee pages, read by the conservative `generic` adapter. The patterns are
 * as narrow as the pages: committee and tabled-document pages, not the whole site.
 */
export const OTHER_PARLIAMENT_SITES = [
  {
    name: 'Parliament of Australia',
    host: 'www.aph.gov.au',
    government: 'Australian Government',
    matches: [
      'https://www.aph.gov.au/Parliamentary_Business/Committees/*',
      'https://www.aph.gov.au/Parliamentary_Business/Tabled_Documents/*',
    ],
  },
  {
    name: 'Scottish Parliament',
    host: 'www.parliament.scot',
    government: 'Scottish Government',
    matches: ['https://www.parliament.scot/chamber-and-committees/*'],
  },
  {
    name: 'Scottish Parliament committee reports',
    host: 'digitalpublications.parliament.scot',
    government: 'Scottish Government',
    matches: ['https://digitalpublications.parliament.scot/Committees/Report/*'],
  },
  {
    name: 'Senedd Cymru – Welsh Parliament',
    host: 'senedd.wales',
    government: 'Welsh Government',
    matches: ['https://senedd.wales/committees/*'],
  },
  {
    name: 'New Zealand Parliament',
    host: 'www.parliament.nz',
    government: 'New Zealand Government',
    matches: ['https://www.parliament.nz/en/pb/sc/*', 'https://www.parliament.nz/en/pb/presented/papers/*'],
  },
  {
    name: 'House of Commons of Canada',
    host: 'www.ourcommons.ca',
    government: 'Government of Canada',
    matches: ['https://www.ourcommons.ca/DocumentViewer/*'],
  },
] as const;

export const SUPPORTED_SITES = [
  { name: 'UK Parliament publications', host: 'publications.parliament.uk', matches: ['https://publications.parliament.uk/pa/*'] },
  { name: 'UK Parliament committees', host: 'committees.parliament.uk', matches: ['https://committees.parliament.uk/*'] },
  { name: 'GOV.UK government publications', host: 'www.gov.uk', matches: ['https://www.gov.uk/government/publications/*'] },
  {
    name: 'Accountability Index',
    host: 'accountabilityindex.uk',
    matches: ['https://accountabilityindex.uk/*', 'https://www.accountabilityindex.uk/*'],
  },
  ...OTHER_PARLIAMENT_SITES,
] as const;

export const CONTENT_MATCHES: string[] = SUPPORTED_SITES.flatMap((site) => [...site.matches]);

/**
 * Whether `url` fits a content-script match pattern of the form `https://host/path*` (the only
 * form used above): same scheme and host, and the path plus query matches the path glob.
 */
export function matchesPattern(url: URL, pattern: string): boolean {
  const parsed = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme = '', host = '', path = ''] = parsed;
  if (url.protocol !== `${scheme}:` || url.hostname !== host) return false;
  const glob = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`, 's');
  return glob.test(`${url.pathname}${url.search}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
