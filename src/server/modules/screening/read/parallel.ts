/**
 * One pass over records.csv on several threads: this thread and `threads - 1` workers
 * (screen-worker.ts) claim blocks of the file in turn (blocks.ts), then each settles one partition
 * of R9 and R10 (settle.ts). Workers are only started when the file has more than one block, so
 * small inputs stay on this thread. Results are exactly those of a single sequential pass.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { VolumeParameters } from '../domain/volume.js';
import {
  type BlockPlan,
  confirmBlocks,
  newProgress,
  planBlocks,
  progressOf,
  scanClaimedBlocks,
} from './blocks.js';
import { CsvFile } from './csv-file.js';
import { type BlockScan, RECORD_COLUMNS, RecordScreener, type RecordsFile } from './records.js';
import { type Registry, readRegistry } from './registry-files.js';
import { type PartitionFindings, type PartitionInput, settlePartition } from './settle.js';
import { startWorker } from './start-worker.js';

export interface ParallelOptions {
  volume: VolumeParameters;
  /** Threads including this one (default: the cores, at most 4). */
  threads?: number;
  /** Bytes per block (default 8 MB; tests use tiny blocks to cut records.csv in many places). */
  blockBytes?: number;
  /** Bytes per read. */
  chunk?: number;
  onProgress?: (bytes: number, total: number, records: number) => void;
}

export interface RecordsPass {
  registry: Registry;
  /** Size of records.csv. */
  bytes: number;
  records: number;
  /** Record ids per rule bit R1…R8 (index 0…7), unsorted. */
  flagged: string[][];
  duplicates: string[];
  volumes: string[];
}

export interface ScanWorkerInput {
  dir: string;
  chunk: number | undefined;
  plan: BlockPlan;
  progress: Int32Array;
  partitions: number;
  volume: VolumeParameters;
}
export type ToMain =
  | { type: 'block'; index: number; scan: BlockScan }
  | { type: 'scanned' }
  | { type: 'settled'; findings: PartitionFindings };
export type ToWorker = { partition: PartitionInput };

const BLOCK_BYTES = 8 << 20;

export async function screenRecordsFile(dir: string, options: ParallelOptions): Promise<RecordsPass> {
  // The header of records.csv first, to plan the blocks and start the workers, so that they boot
  // while this thread reads the registry; a registry error still comes first, as in one pass.
  let file: RecordsFile | undefined;
  let headerError: unknown;
  try {
    file = new CsvFile(path.join(dir, 'records.csv'), 'records.csv', RECORD_COLUMNS, options.chunk);
  } catch (error) {
    headerError = error;
  }
  const workers: ScanWorker[] = [];
  try {
    const plan = file ? planBlocks(file, options.blockBytes ?? BLOCK_BYTES) : undefined;
    const cores = Math.min(availableParallelism(), 4);
    const threads = Math.max(1, Math.min(options.threads ?? cores, plan?.count ?? 1));
    const progress = newProgress();
    const scans: (BlockScan | undefined)[] = new Array(plan?.count ?? 0);
    const input = { dir, chunk: options.chunk, plan, progress, partitions: threads, volume: options.volume };
    if (plan) for (let t = 1; t < threads; t += 1) workers.push(new ScanWorker({ ...input, plan }, scans));
    const registry = readRegistry(dir);
    if (!file || !plan) throw headerError;
    const screener = new RecordScreener(file, registry, threads);
    const report = () => {
      const done = progressOf(plan, progress);
      options.onProgress?.(done.bytes, plan.size, done.records);
    };
    scanClaimedBlocks(file, screener, plan, progress, (index, scan) => {
      scans[index] = scan;
      report();
    });
    await Promise.all(workers.map((w) => w.scanned));
    const blocks = confirmBlocks(file, screener, plan, scans);
    const partition = (p: number): PartitionInput => ({
      duplicateKeys: blocks.map((b) => b.duplicateKeys[p] as BlockScan['duplicateKeys'][number]),
      quantities: blocks.map((b) => b.quantities[p] as BlockScan['quantities'][number]),
    });
    workers.forEach((w, at) => {
      w.settle(partition(at + 1));
    });
    const own = settlePartition(file, registry, partition(0), options.volume);
    const settled = [own, ...(await Promise.all(workers.map((w) => w.settled)))];
    const flagged: string[][] = Array.from({ length: 8 }, (_, bit) =>
      joined(byFirst(blocks.map((b) => b.flagged[bit] ?? []))),
    );
    return {
      registry,
      bytes: plan.size,
      records: blocks.reduce((sum, b) => sum + b.records, 0),
      flagged,
      duplicates: joined(settled.map((s) => s.duplicates)),
      volumes: joined(settled.map((s) => s.volumes)),
    };
  } finally {
    file?.close();
    await Promise.all(workers.map((w) => w.stop()));
  }
}

/**
 * Sorted runs ordered by their first value: ids that follow the file's order (rising or falling)
 * then come out sorted already, and the final sort (screen.ts) finds one run instead of merging.
 */
function byFirst(runs: readonly (readonly string[])[]): (readonly string[])[] {
  const first = (run: readonly string[]) => run[0] as string;
  return runs
    .filter((run) => run.length > 0)
    .sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0));
}

/** The lists one after the other (flatMap is several times slower on millions of ids). */
function joined(lists: readonly (readonly string[])[]): string[] {
  const all: string[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i += 1) all.push(list[i] as string);
  return all;
}

/** A worker and the two moments the run waits for: all its blocks posted, its partition settled. */
class ScanWorker {
  readonly scanned: Promise<void>;
  readonly settled: Promise<PartitionFindings>;
  private readonly worker: Worker;

  constructor(input: ScanWorkerInput, scans: (BlockScan | undefined)[]) {
    this.worker = startWorker(
      new URL(`./screen-worker${path.extname(import.meta.url)}`, import.meta.url),
      input,
    );
    let failed: (error: unknown) => void = () => {};
    let onScanned: () => void = () => {};
    let onSettled: (findings: PartitionFindings) => void = () => {};
    this.scanned = new Promise<void>((resolve, reject) => {
      onScanned = resolve;
      failed = reject;
    });
    this.settled = new Promise<PartitionFindings>((resolve, reject) => {
      onSettled = resolve;
      const earlier = failed;
      failed = (error) => {
        earlier(error);
        reject(error);
      };
    });
    // The run may fail on its own and never wait for these; a worker's failure is then moot.
    this.scanned.catch(() => {});
    this.settled.catch(() => {});
    this.worker.on('message', (message: ToMain) => {
      if (message.type === 'block') scans[message.index] = message.scan;
      else if (message.type === 'scanned') onScanned();
      else onSettled(message.findings);
    });
    this.worker.on('error', (error) => failed(error));
    this.worker.on('exit', (code) => failed(new Error(`screening worker stopped early (exit code ${code})`)));
  }

  settle(partition: PartitionInput): void {
    const message: ToWorker = { partition };
    this.worker.postMessage(message);
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
