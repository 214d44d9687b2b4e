import { describe, expect, it } from 'vitest';
import { isPdfUrl, viewerUrlFor } from '../../utils/pdf/pdf-links';

describe('isPdfUrl', () => {
  it.each<[boolean, string]>([
    [true, 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/932.pdf'],
    [true, 'https://assets.publishing.service.gov.uk/media/65/CP_932.PDF'],
    [true, 'https://committees.parliament.uk/publications/12345/documents/67890/default/'],
    [true, 'https://www.aph.gov.au/DocumentStore.ashx?id=abc'],
    [true, 'https://parlinfo.aph.gov.au/parlInfo/download/publications/tabledpapers/x/upload_pdf/y.pdf'],
    [false, 'https://publications.parliament.uk/pa/cm5803/cmselect/cmjust/932/report.html'],
    [false, 'https://committees.parliament.uk/publications/12345/documents/67890/'],
    [false, 'file:///home/me/response.pdf'],
    [false, 'https://example.org/pdf'],
  ])('%s for %s', (expected, url) => {
    expect(isPdfUrl(new URL(url))).toBe(expected);
  });
});

describe('viewerUrlFor', () => {
  it('encodes the whole address as one parameter', () => {
    expect(viewerUrlFor('chrome-extension://id/viewer.html', 'https://www.aph.gov.au/DocumentStore.ashx?id=a&b=c')).toBe(
      'chrome-extension://id/viewer.html?file=https%3A%2F%2Fwww.aph.gov.au%2FDocumentStore.ashx%3Fid%3Da%26b%3Dc',
    );
  });
});
