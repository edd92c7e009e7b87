/**
 * `npm run bench:screen`: how fast `weijian screen` is. Generates interchange data from a fixed
 * seed — the registry with the demo generator (5,000 institutions, 60,000 practitioners, 400
 * drugs), records with the screening sample generator, which plants violations of every rule —
 * at each size (cached in the temp dir by seed and size), runs the command as a child process and
 * prints wall time, records per second, CPU time (all threads; steadier than wall time when other
 * jobs share the cores) and peak memory (maximum RSS), then the ratio of times to records between
 * the sizes (1.00 = linear).
 *
 *   npm run bench:screen                           # 1,000,000 and 10,000,000 records
 *   npm run bench:screen -- --sizes 1000000 --seed 7
 *
 * Targets (issue 4): ≥ 1,000,000 records/s at 10 million records, peak memory < 1.5 GB.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toCsv } from '../src/server/modules/registry/domain/csv.js';
import {
  DRUG_COLUMNS,
  generateRegistry,
  INSTITUTION_COLUMNS,
  PRACTITIONER_COLUMNS,
  type Row,
} from '../src/server/modules/registry/seed/generate.js';
import { generateRecords } from '../src/server/modules/screening/sample/records.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000000,10000000' },
    seed: { type: 'string', default: '20261123' },
  },
});
const seed = Number(values.seed);
const sizes = values.sizes.split(',').map(Number);
const ROOT = path.resolve(import.meta.dirname, '..');
const count = (n: number) => Math.round(n).toLocaleString('en-US');

function dataDir(size: number): string {
  const dir = path.join(tmpdir(), 'weijian-bench-screen', `seed-${seed}-${size}`);
  if (existsSync(path.join(dir, 'done'))) return dir;
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const registry = generateRegistry(seed);
  const table = (columns: readonly string[], rows: Row[]) =>
    toCsv([columns, ...rows.map((row) => columns.map((c) => row[c] ?? ''))]);
  writeFileSync(path.join(dir, 'institutions.csv'), table(INSTITUTION_COLUMNS, registry.institutions));
  writeFileSync(path.join(dir, 'practitioners.csv'), table(PRACTITIONER_COLUMNS, registry.practitioners));
  writeFileSync(path.join(dir, 'drugs.csv'), table(DRUG_COLUMNS, registry.drugs));
  const fd = openSync(path.join(dir, 'records.csv'), 'w');
  generateRecords(registry, seed, size, (chunk) => writeSync(fd, chunk));
  closeSync(fd);
  writeFileSync(path.join(dir, 'done'), '');
  console.log(
    `generated ${count(size)} records in ${((performance.now() - started) / 1000).toFixed(1)} s → ${dir}`,
  );
  return dir;
}

interface Run {
  size: number;
  seconds: number;
  /** User + system CPU seconds of all threads: on a shared machine, a steadier measure of work. */
  cpu: number;
  peakMb: number;
}

function run(size: number): Run {
  const dir = dataDir(size);
  const args = ['-v', process.execPath, path.join(ROOT, 'bin/weijian.js'), 'screen', '--data', dir];
  const started = performance.now();
  const child = spawnSync('/usr/bin/time', [...args, '--out', path.join(dir, 'violations.csv')], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - started) / 1000;
  const stderr = child.stderr ?? '';
  if (child.status !== 0) throw new Error(`screen failed (${child.status}):\n${stderr}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
  const cpuSeconds = (label: string) =>
    Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? 0);
  console.log(stderr.split('\n\tCommand being timed')[0]?.trimEnd());
  return { size, seconds, cpu: cpuSeconds('User') + cpuSeconds('System'), peakMb: rss / 1024 };
}

console.log(
  `bench:screen — seed ${seed}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${count(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`,
);
const runs = sizes.map(run);
console.log('\nrecords        wall s   records/s    CPU s     peak RSS');
for (const r of runs)
  console.log(
    `${count(r.size).padStart(12)}  ${r.seconds.toFixed(2).padStart(7)}  ${count(r.size / r.seconds).padStart(10)}  ${r.cpu.toFixed(1).padStart(7)}  ${count(r.peakMb).padStart(7)} MB`,
  );
for (let i = 1; i < runs.length; i += 1) {
  const a = runs[i - 1] as Run;
  const b = runs[i] as Run;
  const ratio = b.seconds / a.seconds / (b.size / a.size);
  console.log(
    `linearity ${count(a.size)} → ${count(b.size)}: time ×${(b.seconds / a.seconds).toFixed(2)} for records ×${(b.size / a.size).toFixed(0)} (per-record ratio ${ratio.toFixed(2)}; 1.00 = linear)`,
  );
}
