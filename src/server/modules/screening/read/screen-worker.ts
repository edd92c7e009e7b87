/**
 * A worker thread of a screening run (parallel.ts): reads the registry and records.csv's header
 * itself, scans the blocks it claims and posts each, then settles the R9/R10 partition it is
 * given once every block is in.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { scanClaimedBlocks } from './blocks.js';
import { CsvFile } from './csv-file.js';
import type { ScanWorkerInput, ToMain, ToWorker } from './parallel.js';
import { RECORD_COLUMNS, RecordScreener } from './records.js';
import { readRegistry } from './registry-files.js';
import { settlePartition } from './settle.js';

const input = workerData as ScanWorkerInput;
const port = parentPort;
if (!port) throw new Error('screen-worker runs as a worker thread');
const post = (message: ToMain) => port.postMessage(message);

const registry = readRegistry(input.dir);
const file = new CsvFile(path.join(input.dir, 'records.csv'), 'records.csv', RECORD_COLUMNS, input.chunk);
const screener = new RecordScreener(file, registry, input.partitions);
port.once('message', (message: ToWorker) => {
  const findings = settlePartition(file, registry, message.partition, input.volume);
  file.close();
  post({ type: 'settled', findings });
});
scanClaimedBlocks(file, screener, input.plan, input.progress, (index, scan) =>
  post({ type: 'block', index, scan }),
);
post({ type: 'scanned' });
