import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backgroundProtocol, tabProtocol } from '@/utils/messages';

/*
 * Conventions kept by tests, not review (STYLE.md; adapters have their own in tests/adapters/):
 * every message type has a request and a response schema, and its receiver wires a handler for it.
 */
const ROOT = join(import.meta.dirname, '..');
const source = (path: string) => readFileSync(join(ROOT, path), 'utf8');

const protocols = [
  { name: 'backgroundProtocol', protocol: backgroundProtocol, receiver: 'entrypoints/background.ts' },
  { name: 'tabProtocol', protocol: tabProtocol, receiver: 'entrypoints/lens.content/start-lens.tsx' },
];

describe.each(protocols)('$name', ({ name, protocol, receiver }) => {
  const types = Object.keys(protocol) as (keyof typeof protocol)[];

  it('has message types', () => {
    expect(types.length).toBeGreaterThan(0);
  });

  it.each(types)('%s has a zod request and response schema', (type) => {
    const contract = protocol[type] as { request: unknown; response: unknown };
    expect(contract.request).toBeInstanceOf(z.ZodType);
    expect(contract.response).toBeInstanceOf(z.ZodType);
  });

  it(`is handled in ${receiver}`, () => {
    expect(source(receiver)).toMatch(new RegExp(`createHandler(?:<[^(]*>)?\\(\\s*${name}\\b`));
  });

  it.each(types)(`%s has a handler in ${receiver}`, (type) => {
    expect(source(receiver)).toMatch(new RegExp(`^\\s*(async )?${String(type)}\\s*[:(]`, 'm'));
  });
});
