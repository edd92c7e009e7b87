import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { WEB_DIST } from './static.js';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const INPUTS = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json'];
const STAMP = '.build-hash';

function* filesOf(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (name === 'node_modules' || name.endsWith('.test.ts')) continue;
    yield* filesOf(path.join(entry, name));
  }
}

/** A hash of everything the web build reads; equal hashes mean the build in dist/ is current. */
export function webSourceHash(root = ROOT): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of filesOf(path.join(root, input)))
      hash.update(path.relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** Builds the staff app and portal with Vite when the sources changed since the last build. */
export function ensureWebBuilt(log: Logger): void {
  const hash = webSourceHash();
  const stamp = path.join(WEB_DIST, STAMP);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  if (!existsSync(vite)) {
    if (existsSync(path.join(WEB_DIST, 'index.html'))) {
      log.warn('web sources changed but Vite is not installed; serving the existing build');
      return;
    }
    throw new Error(
      'The web app is not built and Vite is not installed: run `npm install` (with dev dependencies) first.',
    );
  }
  log.info('building the web app (first start or sources changed)…');
  const started = Date.now();
  // Always a production bundle, whatever NODE_ENV the server itself was started with.
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('The web build failed (see the Vite output above).');
  writeFileSync(stamp, hash);
  log.info({ seconds: (Date.now() - started) / 1000 }, 'web app built');
}
