/**
 * Enforces the architecture that docs/architecture.md describes, so it cannot drift silently:
 * imports run one way down the module order, platform never imports modules, routes never reach
 * a store, domain code is pure, web never imports server code, and files stay small.
 * Run by `npm run lint`; exits 1 listing every violation.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
// Lower index = higher layer. A module may import the index.ts of a module in a later layer.
const LAYERS: string[][] = [
  ['reports', 'disclosure'],
  ['risk'],
  ['credit'],
  ['cases'],
  ['inspections', 'selfcheck'],
  ['draws', 'grid'],
  ['screening', 'complaints', 'monitoring', 'sharing'],
  ['registry', 'staff'],
  ['identity'],
];
const layerOf = (module: string) => LAYERS.findIndex((layer) => layer.includes(module));
const MAX_LINES = { source: 300, test: 400 };

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (/\.(ts|tsx)$/.test(name)) yield full;
  }
}

const importsOf = (source: string) =>
  [
    ...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => (m[1] ?? m[2]) as string);

const problems: string[] = [];
for (const file of walk(path.join(ROOT, 'src'))) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n').length;
  const isTest = /\.test\.tsx?$/.test(rel);
  const limit = isTest ? MAX_LINES.test : MAX_LINES.source;
  if (lines > limit)
    problems.push(`${rel}: ${lines} lines (limit ${limit}); split it by sub-resource or verb`);

  for (const spec of importsOf(source)) {
    if (!spec.startsWith('.')) continue;
    const target = path
      .relative(ROOT, path.resolve(path.dirname(file), spec))
      .split(path.sep)
      .join('/');
    check(rel, target, isTest);
  }
}

function check(from: string, target: string, isTest: boolean) {
  const say = (why: string) => problems.push(`${from} → ${target}: ${why}`);
  if (from.startsWith('src/web/') && target.startsWith('src/server/'))
    return say('web code must not import server code (share through src/shared)');
  if (from.startsWith('src/shared/') && !target.startsWith('src/shared/'))
    return say('shared code imports only shared code');
  if (from.startsWith('src/server/platform/') && target.startsWith('src/server/modules/'))
    return say('platform never imports modules');
  const fromModule = from.match(/^src\/server\/modules\/([^/]+)\/(.*)$/);
  const toModule = target.match(/^src\/server\/modules\/([^/]+)\/(.*)$/);
  if (fromModule && toModule && fromModule[1] !== toModule[1]) {
    if (toModule[2] !== 'index.js' && toModule[2] !== 'index')
      say(`import another module only through its index.ts`);
    if (layerOf(fromModule[1] as string) >= layerOf(toModule[1] as string))
      say('imports run down the module order only (architecture.md); send an event upward instead');
  }
  if (!fromModule || isTest) return;
  const own = fromModule[2] as string;
  const isStore = (p: string) => /(^|\/|-)store(\.js)?$/.test(p.replace(/\.js$/, ''));
  if (
    /(^|-)routes\.ts$/.test(own) &&
    toModule &&
    toModule[1] === fromModule[1] &&
    isStore(toModule[2] as string)
  )
    say('routes call the service, never the store');
  if (own.startsWith('domain/')) {
    if (target.startsWith('src/server/platform/') && !target.endsWith('context.js'))
      say('domain code is pure: no platform imports');
    if (toModule && isStore(toModule[2] as string)) say('domain code does not touch stores');
  }
  if (
    isStore(own.replace(/\.ts$/, '')) &&
    target.startsWith('src/server/platform/') &&
    !target.startsWith('src/server/platform/db/')
  )
    say('stores use only platform/db');
}

if (problems.length) {
  console.error(
    `Architecture check: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('Architecture check: imports and file sizes conform.');
