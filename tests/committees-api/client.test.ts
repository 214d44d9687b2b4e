import { describe, expect, it } from 'vitest';
import { fetchApiJson, isAllowedApiPath } from '@/utils/committees-api/client';

function fakeFetch(body: string, init: { status?: number; type?: string } = {}, seen: RequestInit[] = []): typeof fetch {
  return async (_input, options) => {
    seen.push(options ?? {});
    return new Response(body, { status: init.status ?? 200, headers: { 'content-type': init.type ?? 'application/json; charset=utf-8' } });
  };
}

describe('the Committees API client', () => {
  it.each([
    [true, '/api/Publications?PaperNumbers=304&Take=30'],
    [true, '/api/Publications/31001'],
    [false, '/api/Committees'],
    [false, '/api/Publications/31001/Document/1/Html'],
    [false, 'https://evil.example/api/Publications'],
    [false, '//evil.example/api/Publications'],
  ])('%s: may ask for %s', (expected, path) => {
    expect(isAllowedApiPath(path)).toBe(expected);
  });

  it('asks without cookies, and answers the JSON', async () => {
    const seen: RequestInit[] = [];
    expect(await fetchApiJson('/api/Publications/1', fakeFetch('{"id":1}', {}, seen))).toEqual({ status: 200, json: { id: 1 } });
    expect(seen[0]).toMatchObject({ method: 'GET', credentials: 'omit' });
  });

  it('answers an HTTP error as its status; refuses other paths, HTML and broken JSON', async () => {
    expect(await fetchApiJson('/api/Publications?Skip=30', fakeFetch('{}', { status: 500 }))).toEqual({ status: 500 });
    await expect(fetchApiJson('/api/Members', fakeFetch('{}'))).rejects.toMatchObject({ code: 'not-allowed' });
    await expect(fetchApiJson('/api/Publications/1', fakeFetch('<html>', { type: 'text/html' }))).rejects.toMatchObject({
      code: 'bad-reply',
    });
    await expect(fetchApiJson('/api/Publications/1', fakeFetch('{"id":'))).rejects.toMatchObject({ code: 'bad-reply' });
    await expect(fetchApiJson('/api/Publications/1', () => Promise.reject(new TypeError('Failed to fetch')))).rejects.toMatchObject({
      code: 'fetch-failed',
    });
  });
});
