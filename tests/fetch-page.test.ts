import { describe, expect, it } from 'vitest';
import { fetchResponsePage } from '@/utils/fetch-page';

function fakeFetch(body: string, init: { status?: number; type?: string; url?: string } = {}): typeof fetch {
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
      url: 'https://www.gov.uk/government/publications/x',
      html: '<p>ok</p>',
    });
  });

  it.each([
    ['a host not listed', 'https://evil.example/', fakeFetch(''), 'not-allowed'],
    ['an error status', 'https://committees.parliament.uk/x', fakeFetch('', { status: 404 }), 'fetch-failed'],
    ['a PDF', 'https://committees.parliament.uk/x.pdf', fakeFetch('%PDF', { type: 'application/pdf' }), 'not-html'],
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
