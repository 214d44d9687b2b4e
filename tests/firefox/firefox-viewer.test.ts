import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// Run by `npm run test:firefox` (see firefox-smoke.test.ts); the plain unit run skips this file.
// WebDriver BiDi refuses to navigate to moz-extension:// pages and a web page may not open them,
// so this checks the built viewer as Firefox will load it; the viewer itself runs in Chromium's e2e.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');

describe.runIf(process.env.COMMITTEE_LENS_FIREFOX === '1')('Firefox build: the PDF viewer', () => {
  test('viewer.html is in the add-on with pdf.js and its worker bundled (no remote code), and the manifest allows what it needs', () => {
    expect(existsSync(join(EXTENSION_DIR, 'viewer.html'))).toBe(true);
    const html = readFileSync(join(EXTENSION_DIR, 'viewer.html'), 'utf8');
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).not.toMatch(/^https?:/);
      expect(existsSync(join(EXTENSION_DIR, src))).toBe(true);
    }
    const assets = readdirSync(join(EXTENSION_DIR, 'assets'));
    const worker = assets.find((name) => /^pdf\.worker.*\.mjs$/.test(name));
    expect(worker).toBeDefined();
    const chunks = readdirSync(join(EXTENSION_DIR, 'chunks')).map((name) => readFileSync(join(EXTENSION_DIR, 'chunks', name), 'utf8'));
    // The viewer's code points pdf.js at the bundled worker by its path inside the add-on.
    expect(chunks.some((code) => code.includes(`/assets/${worker}`))).toBe(true);
    // pdf.js stays out of the content script.
    const content = readdirSync(join(EXTENSION_DIR, 'content-scripts')).map((name) =>
      readFileSync(join(EXTENSION_DIR, 'content-scripts', name), 'utf8'),
    );
    expect(content.some((code) => code.includes('GlobalWorkerOptions'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { permissions: string[] };
    expect(manifest.permissions).toEqual(
      expect.arrayContaining(['contextMenus', 'activeTab', 'https://assets.publishing.service.gov.uk/*']),
    );
  });
});
