/**
 * The built extension: a private copy of `.output/chrome-mv3` for one benchmark run (others may
 * rebuild it meanwhile), and its bundle sizes per entrypoint.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Every file the manifest and the HTML pages name exists: the build is complete. */
async function isComplete(dir: string): Promise<boolean> {
  const manifest = await readManifest(dir);
  if (!manifest) return false;
  const named = [
    manifest.background?.service_worker,
    ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  ];
  if (!named.every((file) => file && existsSync(join(dir, file)))) return false;
  for (const page of (await readdir(dir)).filter((name) => name.endsWith('.html'))) {
    for (const ref of htmlReferences(await readFile(join(dir, page), 'utf8'))) if (!existsSync(join(dir, ref))) return false;
  }
  return true;
}

/**
 * Copy the built extension to a fresh temporary directory, waiting (up to `attempts` × `waitMs`)
 * while it is missing or half-written.
 */
export async function copyBuiltExtension(source: string, { attempts = 4, waitMs = 60_000 } = {}): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    if (await isComplete(source)) {
      const copy = await mkdtemp(join(tmpdir(), 'committee-lens-bench-ext-'));
      await cp(source, copy, { recursive: true });
      if (await isComplete(copy)) return copy;
    }
    if (attempt >= attempts) throw new Error(`No complete build in ${source}: run \`npm run build\` first.`);
    console.warn(`bench: ${source} is missing or incomplete; waiting ${waitMs / 1000} s for the build (attempt ${attempt}/${attempts}).`);
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }
}

/** Root-relative files an HTML page loads: module scripts, modulepreloads and stylesheets. */
export function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"[^>]*>/g)) {
    const tag = match[0];
    const ref = match[1]!;
    if (/^(?:https?:|data:)/.test(ref)) continue;
    if (tag.startsWith('<script') || /rel="(?:modulepreload|stylesheet)"/.test(tag)) refs.push(ref.replace(/^\//, ''));
  }
  return refs;
}

/** Static imports in a built JS chunk (`from"./x.js"`, `import"./x.js"`), resolved against the chunk. */
export function staticImports(js: string, file: string): string[] {
  const out: string[] = [];
  for (const match of js.matchAll(/(?:\bfrom|\bimport)\s*["']((?:\.{1,2})?\/[^"']+\.js)["']/g)) {
    const spec = match[1]!;
    out.push(spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  return out;
}

export interface BundleSize {
  entry: string;
  files: string[];
  kB: number;
  gzipKB: number;
}

/** The entry's files and everything they import statically, once each. */
async function closure(dir: string, roots: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(await readFile(join(dir, file), 'utf8'), file));
  }
  return [...seen];
}

async function sizeOf(dir: string, entry: string, roots: readonly string[]): Promise<BundleSize> {
  const files = await closure(dir, roots);
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    bytes += (await stat(join(dir, file))).size;
    gzip += gzipSync(await readFile(join(dir, file))).length;
  }
  return { entry, files, kB: bytes / 1024, gzipKB: gzip / 1024 };
}

/** Sizes of the content script, scripts injected on demand, the background and each HTML page (its JS and CSS), in kB. */
export async function bundleSizes(dir: string): Promise<BundleSize[]> {
  const manifest = (await readManifest(dir)) ?? {};
  const sizes: BundleSize[] = [];
  for (const script of manifest.content_scripts ?? []) {
    const roots = [...(script.js ?? []), ...(script.css ?? [])];
    const name = (script.js?.[0] ?? 'content').replace(/^content-scripts\//, '').replace(/\.js$/, '');
    sizes.push(await sizeOf(dir, `content:${name}`, roots));
  }
  // Scripts the background injects on demand (unlisted scripts at the root, e.g. the content UI).
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.js') && name !== manifest.background?.service_worker).sort()) {
    sizes.push(await sizeOf(dir, `script:${file.replace(/\.js$/, '')}`, [file]));
  }
  if (manifest.background?.service_worker) sizes.push(await sizeOf(dir, 'background', [manifest.background.service_worker]));
  for (const page of (await readdir(dir)).filter((name) => name.endsWith('.html')).sort()) {
    sizes.push(await sizeOf(dir, page.replace(/\.html$/, ''), [...htmlReferences(await readFile(join(dir, page), 'utf8'))]));
  }
  return sizes;
}

/** Where `npm run build` puts the Chrome build. */
/** The build to measure: `.output/chrome-mv3`, or `$BENCH_BUILD_DIR` (e.g. another commit's build, for a before/after). */
export const BUILD_DIR = process.env.BENCH_BUILD_DIR || fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
