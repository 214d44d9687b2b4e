/** The sites Committee Lens reads, as content-script match patterns, with names for people. */
export const SUPPORTED_SITES = [
  { name: 'UK Parliament publications', host: 'publications.parliament.uk', matches: ['https://publications.parliament.uk/pa/*'] },
  { name: 'UK Parliament committees', host: 'committees.parliament.uk', matches: ['https://committees.parliament.uk/*'] },
  { name: 'GOV.UK government publications', host: 'www.gov.uk', matches: ['https://www.gov.uk/government/publications/*'] },
  {
    name: 'Accountability Index',
    host: 'accountabilityindex.uk',
    matches: ['https://accountabilityindex.uk/*', 'https://www.accountabilityindex.uk/*'],
  },
] as const;

export const CONTENT_MATCHES: string[] = SUPPORTED_SITES.flatMap((site) => [...site.matches]);
