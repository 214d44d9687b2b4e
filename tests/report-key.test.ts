import { describe, expect, it } from 'vitest';
import type { ReportIdentity } from '@/utils/model/model';
import { canonicalKey, parsePublicationsUrl } from '@/utils/report-key';

describe('parsePublicationsUrl', () => {
  it.each<[ReportIdentity, string]>([
    [
      { key: 'commons/5803/cmjust/HC304', house: 'commons', session: '5803', paperNumber: 'HC 304' },
      'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html',
    ],
    [
      { key: 'commons/5803/cmjust/HC304', house: 'commons', session: '5803', paperNumber: 'HC 304' },
      'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html?x=1#section-3',
    ],
    [
      { key: 'commons/201719/cmhealth/HC1234', house: 'commons', session: '201719', paperNumber: 'HC 1234' },
      'https://publications.parliament.uk/pa/cm201719/cmselect/cmhealth/1234/123402.htm',
    ],
    [
      { key: 'lords/5803/ldxxx/HL12', house: 'lords', session: '5803', paperNumber: 'HL Paper 12' },
      'https://publications.parliament.uk/pa/ld5803/ldselect/ldxxx/12/1202.htm',
    ],
    [
      { key: 'joint/201012/jtdraftlords/HL284', house: 'joint', session: '201012', paperNumber: 'HL Paper 284' },
      'https://publications.parliament.uk/pa/jt201012/jtselect/jtdraftlords/284/28402.htm',
    ],
    [
      { key: 'commons/5803/cmjust/HC304', house: 'commons', session: '5803', paperNumber: 'HC 304' },
      'https://publications.parliament.uk/pa/CM5803/CMSELECT/CMJUST/304/report.html',
    ],
  ])('%j from %s', (expected, url) => {
    expect(parsePublicationsUrl(new URL(url))).toEqual(expected);
  });

  it.each([
    ['another host', 'https://example.org/pa/cm5803/cmselect/cmjust/304/report.html'],
    ['a look-alike host', 'https://publications.parliament.uk.example.org/pa/cm5803/cmselect/cmjust/304/report.html'],
    ['a subdomain', 'https://www.publications.parliament.uk/pa/cm5803/cmselect/cmjust/304/report.html'],
    ['committees.parliament.uk', 'https://committees.parliament.uk/publications/12345/documents/1/default/'],
    ['Hansard', 'https://publications.parliament.uk/pa/cm5803/cmhansrd/cm250101/debtext/250101-0001.htm'],
    ['a bill', 'https://publications.parliament.uk/pa/bills/cbill/59-01/0001/220001.pdf'],
    ['no paper number', 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/report.html'],
    ['a paper number that is not a number', 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/abc/report.html'],
    ['no session', 'https://publications.parliament.uk/pa/cm/cmselect/cmjust/304/report.html'],
    ['an unknown house', 'https://publications.parliament.uk/pa/xx5803/xxselect/cmjust/304/report.html'],
    ['a path not under /pa/', 'https://publications.parliament.uk/other/pa/cm5803/cmselect/cmjust/304/report.html'],
    ['the site root', 'https://publications.parliament.uk/'],
  ])('nothing for %s', (_name, url) => {
    expect(parsePublicationsUrl(new URL(url))).toBeUndefined();
  });
});

describe('canonicalKey', () => {
  it.each([
    ['https://example.org/a/b', 'https://example.org/a/b?x=1#frag'],
    ['https://example.org/', 'https://example.org'],
  ])('%s from %s', (expected, url) => {
    expect(canonicalKey(new URL(url))).toBe(expected);
  });
});
