/**
 * Fails when the import graph of our own modules has a loop (type-only imports included: a loop
 * in types is still a loop in the layers). Run by `npm run lint`.
 *
 * Usage: tsx scripts/check-cycles.ts
 */
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOTS = ['utils', 'components', 'entrypoints'];

/**
 * Loops known today, each to be broken by the issue that owns its files (issue 15); any other loop
 * fails, and so does a listed loop that is gone (so the list only shrinks).
 */
const KNOWN_LOOPS = [
  // facts.ts takes ApiLookup's type from lookup.ts, which reads model.ts, which reads facts.ts's schema.
  'utils/committees-api/facts.ts ⇄ utils/committees-api/lookup.ts ⇄ utils/model/model.ts',
  // messages.ts re-exports listenForMessages; split with messaging/ (messages.ts is being edited elsewhere).
  'utils/message-listener.ts ⇄ utils/messages.ts',
  // The shared reader's rewrite owns utils/detect/.
  'utils/detect/body-bold.ts ⇄ utils/detect/segment.ts',
];

const config = ts.getParsedCommandLineOfConfigFile(
  resolve(ROOT, 'tsconfig.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
if (!config) throw new Error('cannot read tsconfig.json');
const files = config.fileNames.filter((file) => ROOTS.some((dir) => relative(ROOT, file).startsWith(`${dir}/`)));

const graph = new Map<string, string[]>();
for (const file of files) {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets: string[] = [];
  for (const { fileName } of info.importedFiles) {
    const resolved = ts.resolveModuleName(fileName, file, config.options, ts.sys).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport || resolved.resolvedFileName.includes('/node_modules/')) continue;
    targets.push(resolve(resolved.resolvedFileName));
  }
  graph.set(resolve(file), targets);
}

// Tarjan's strongly connected components: every component of more than one file is a loop.
let index = 0;
const indices = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const loops: string[][] = [];
function visit(node: string): void {
  indices.set(node, index);
  low.set(node, index++);
  stack.push(node);
  onStack.add(node);
  for (const next of graph.get(node) ?? []) {
    if (!graph.has(next)) continue;
    if (!indices.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node)!, low.get(next)!));
    } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
  }
  if (low.get(node) === indices.get(node)) {
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(relative(ROOT, member));
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) loops.push(component.sort());
  }
}
for (const node of graph.keys()) if (!indices.has(node)) visit(node);

const found = loops.map((loop) => loop.join(' ⇄ '));
const unknown = found.filter((loop) => !KNOWN_LOOPS.includes(loop));
const gone = KNOWN_LOOPS.filter((loop) => !found.includes(loop));
if (unknown.length > 0 || gone.length > 0) {
  for (const loop of unknown) console.error(`Import loop: ${loop}`);
  for (const loop of gone) console.error(`Known loop is gone, remove it from KNOWN_LOOPS: ${loop}`);
  process.exit(1);
}
console.log(`No new import loops in ${graph.size} modules (${KNOWN_LOOPS.length} known, listed in scripts/check-cycles.ts).`);
