import { describe, expect, it } from 'vitest';
import { fetchResponsePage, MAX_RESPONSE_SIZE } from '@/utils/fetch-page';

function fakeFetch(body: string | Uint8Array<ArrayBuffer>, init: { status?: number; type?: string; url?: string } = {}): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const response = new Response(body, {
      status: init.status ?? 200,
      headers: { 'content-type': init.type ?? 'text/html; charset=utf-8' },
    });
    Object.defineProperty(response, 'url', { value: init.url ?? String(input) });
    return response;
  }) as typeof fetch;
}

describe('fetchResponsePage', () => {
  it('answers the page and where it ended up', async () => {
    expect(await fetchResponsePage('https://www.gov.uk/government/publications/x', fakeFetch('<p>ok</p>'))).toEqual({
      kind: 'html',
      url: 'https://www.gov.uk/government/publications/x',
      html: '<p>ok</p>',
    });
  });

  it.each([
    ['on a listed host', 'https://committees.parliament.uk/publications/1/documents/2/default/'],
    ['on the Command Papers host', 'https://assets.publishing.service.gov.uk/media/1/CP-932.pdf'],
  ])('answers a PDF %s with its bytes, for the PDF reader page', async (_name, url) => {
    const bytes = new TextEncoder().encode('%PDF-1.7 …');
    expect(await fetchResponsePage(url, fakeFetch(bytes, { type: 'application/pdf' }))).toEqual({ kind: 'pdf', url, bytes });
  });

  it.each([
    ['a host not listed', 'https://evil.example/', fakeFetch(''), 'not-allowed'],
    ['an error status', 'https://committees.parliament.uk/x', fakeFetch('', { status: 404 }), 'fetch-failed'],
    ['neither a page nor a PDF', 'https://committees.parliament.uk/x.docx', fakeFetch('PK', { type: 'application/msword' }), 'not-html'],
    [
      'a web page on the Command Papers host (PDFs only there)',
      'https://assets.publishing.service.gov.uk/media/1/',
      fakeFetch('<p>x</p>'),
      'not-html',
    ],
    [
      'a PDF larger than a page may be',
      'https://assets.publishing.service.gov.uk/media/1/big.pdf',
      fakeFetch(new Uint8Array(MAX_RESPONSE_SIZE + 1), { type: 'application/pdf' }),
      'too-large',
    ],
    [
      'a redirect off the listed hosts',
      'https://committees.parliament.uk/x',
      fakeFetch('', { url: 'https://evil.example/' }),
      'not-allowed',
    ],
    [
      'a network failure',
      'https://committees.parliament.uk/x',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
      'fetch-failed',
    ],
  ])('refuses %s with a clear reason', async (_name, url, fetchFn, code) => {
    await expect(fetchResponsePage(url, fetchFn)).rejects.toMatchObject({ code });
  });
});
