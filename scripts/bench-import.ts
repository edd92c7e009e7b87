/**
 * `npm run bench:import`: how fast the registry import is. Generates 100,000 practitioners (and the
 * 5,000 institutions and 400 drugs they go with) as interchange CSV files, imports them into
 * PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test, in a fresh schema that
 * is dropped afterwards) and into PGlite (a temporary data directory), then imports them again,
 * which must change nothing. Prints rows, seconds, rows/s and peak RSS of each run; each run is
 * its own process, so its peak RSS is its own.
 *
 *   npm run bench:import                       # both databases, 100,000 practitioners
 *   npm run bench:import -- --practitioners 20000 --only pglite
 *
 * Target (issue 3): the first import of 100,000 practitioners in under 60 s on PostgreSQL.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importRows, readDataDir } from '../src/server/cli/import.js';
import { progressReporter } from '../src/server/cli/progress.js';
import { seedIdentityDemo } from '../src/server/modules/identity/index.js';
import { toCsv } from '../src/server/modules/registry/domain/csv.js';
import {
  DRUG_COLUMNS,
  generateRegistry,
  INSTITUTION_COLUMNS,
  PRACTITIONER_COLUMNS,
  type Row,
} from '../src/server/modules/registry/seed/generate.js';
import { createPasswordHasher } from '../src/server/platform/auth/passwords.js';
import { systemContext } from '../src/server/platform/context.js';
import { type Database, openDatabase } from '../src/server/platform/db/client.js';
import { migrate } from '../src/server/platform/db/migrate.js';

const { values } = parseArgs({
  options: {
    practitioners: { type: 'string', default: '100000' },
    only: { type: 'string' },
    child: { type: 'string' },
    data: { type: 'string' },
  },
});

interface Target {
  kind: 'postgres' | 'pglite';
  /** postgres: the schema; pglite: the data directory. */
  where: string;
}

const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

const open = (target: Target) =>
  target.kind === 'postgres'
    ? openDatabase({ url: PG_URL, schema: target.where, poolSize: 4 })
    : openDatabase({ dataDir: target.where });

/** One measured import, in this process: read the files, check, write. Prints a JSON line. */
async function child(target: Target, dir: string) {
  const database = await open(target);
  try {
    const started = performance.now();
    const { rows } = await readDataDir(dir);
    const progress = progressReporter(process.stderr);
    const phases: Record<string, number> = { read: performance.now() - started };
    let phase = '';
    let phaseStart = performance.now();
    const summary = await importRows(database, rows, {
      onProgress: (p) => {
        if (p.phase !== phase) {
          if (phase) phases[phase] = performance.now() - phaseStart;
          phase = p.phase;
          phaseStart = performance.now();
        }
        progress.update(p);
      },
    });
    phases[phase] = performance.now() - phaseStart;
    progress.end();
    const seconds = (performance.now() - started) / 1000;
    console.error(
      `phases: ${Object.entries(phases)
        .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
        .join(', ')}`,
    );
    const counted = Object.values(summary).reduce((n, c) => n + c.created + c.updated + c.unchanged, 0);
    const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(JSON.stringify({ rows: counted, seconds, rssMb, summary }));
  } finally {
    await database.close();
  }
}

function writeFiles(dir: string, practitioners: number) {
  const generated = generateRegistry(20240601, { practitioners });
  const write = (file: string, columns: readonly string[], rows: Row[]) =>
    writeFileSync(
      path.join(dir, file),
      toCsv([columns, ...rows.map((row) => columns.map((column) => String(row[column] ?? '')))]),
    );
  write('institutions.csv', INSTITUTION_COLUMNS, generated.institutions);
  write('practitioners.csv', PRACTITIONER_COLUMNS, generated.practitioners);
  write('drugs.csv', DRUG_COLUMNS, generated.drugs);
  return generated;
}

async function prepare(target: Target) {
  if (target.kind === 'pglite') target.where = mkdtempSync(path.join(tmpdir(), 'wj-bench-pg-'));
  if (target.kind === 'postgres') {
    const admin = await openDatabase({ url: PG_URL, poolSize: 1 });
    await admin.execScript(`create schema ${target.where}`);
    await admin.close();
  }
  const database: Database = await open(target);
  await migrate(database);
  await seedIdentityDemo(
    { db: database.db, emailEnabled: false, afterCommit: () => {} },
    systemContext('bench'),
    createPasswordHasher(true),
  );
  await database.close();
}

async function cleanup(target: Target) {
  if (target.kind === 'pglite') return target.where && rmSync(target.where, { recursive: true, force: true });
  const admin = await openDatabase({ url: PG_URL, poolSize: 1 });
  await admin.execScript(`drop schema if exists ${target.where} cascade`);
  await admin.close();
}

function measure(target: Target, dir: string) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, '--child', `${target.kind}:${target.where}`, '--data', dir],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  if (result.status !== 0) throw new Error(`the ${target.kind} import failed (exit ${result.status})`);
  const line = result.stdout.trim().split('\n').pop() ?? '{}';
  return JSON.parse(line) as { rows: number; seconds: number; rssMb: number; summary: unknown };
}

async function main() {
  if (values.child) {
    const [kind, where] = values.child.split(/:(.*)/s) as [Target['kind'], string];
    return child({ kind, where }, values.data as string);
  }
  const count = Number(values.practitioners);
  const dir = mkdtempSync(path.join(tmpdir(), 'wj-bench-'));
  const generated = writeFiles(dir, count);
  console.log(
    `Generated ${generated.institutions.length} institutions, ${generated.practitioners.length} practitioners, ${generated.drugs.length} drugs in ${dir}`,
  );
  const targets: Target[] = [
    { kind: 'postgres' as const, where: `wj_bench_${randomBytes(4).toString('hex')}` },
    { kind: 'pglite' as const, where: '' },
  ].filter((t) => !values.only || t.kind === values.only);
  const table: string[][] = [['database', 'run', 'rows', 'seconds', 'rows/s', 'peak RSS MB', 'changed']];
  let failed = false;
  for (const target of targets) {
    try {
      await prepare(target);
      for (const run of ['first import', 're-import']) {
        console.log(`\n${target.kind}: ${run}`);
        const r = measure(target, dir);
        const counts = Object.values(r.summary as Record<string, { created: number; updated: number }>);
        const changed = counts.reduce((n, c) => n + c.created + c.updated, 0);
        if (run === 're-import' && changed) failed = true;
        table.push([
          target.kind,
          run,
          String(r.rows),
          r.seconds.toFixed(1),
          String(Math.round(r.rows / r.seconds)),
          String(r.rssMb),
          String(changed),
        ]);
      }
    } finally {
      await cleanup(target);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`\n${table.map((row) => row.map((cell) => cell.padEnd(13)).join(' ')).join('\n')}`);
  if (failed) {
    console.error('A re-import changed records: it must change nothing.');
    process.exitCode = 1;
  }
}

await main();
