/**
 * records.csv cut into fixed-size byte blocks that threads claim one at a time (a shared atomic
 * counter), so that a thread that starts late or is slowed down simply takes fewer blocks.
 *
 * A block holds the records that start inside it. Where its first record starts depends on
 * whether its first byte is inside a quoted field (RFC 4180 fields may hold line breaks), which
 * only a parse from the start of the file can tell. So each block is scanned from a guess — the
 * first line start at or after its first byte — and checked once every block is done: the scan
 * of block k stops at the first record start at or after the end of block k, which is where
 * block k + 1 truly starts. A block whose guess was wrong (a quoted line break across the cut)
 * is scanned again from the true start; one whose guess was right is exactly what a single pass
 * would have read, since a parse from a record start does not depend on what came before. Lines
 * are counted per block and made absolute in the same walk, and a block's syntax or value problem
 * is only reported once its start is confirmed.
 */
import type { BlockScan, RecordScreener, RecordsFile } from './records.js';

export interface BlockPlan {
  dataStart: number;
  dataLine: number;
  size: number;
  blockBytes: number;
  count: number;
}

export function planBlocks(file: RecordsFile, blockBytes: number): BlockPlan {
  const bytes = Math.max(file.size - file.dataStart, 0);
  const count = Math.max(1, Math.ceil(bytes / blockBytes));
  return { dataStart: file.dataStart, dataLine: file.dataLine, size: file.size, blockBytes, count };
}

/** Where block k begins (the first one right after the header; the last ends at the file's end). */
export const blockBegin = (plan: BlockPlan, k: number) =>
  k <= 0 ? plan.dataStart : Math.min(plan.dataStart + k * plan.blockBytes, plan.size);

/** Shared between threads: the next block to claim, blocks done, records done. */
export const newProgress = () => new Int32Array(new SharedArrayBuffer(3 * 4));
const NEXT = 0;
const DONE = 1;
const RECORDS = 2;

/** Scans blocks until none is left to claim; `onBlock` gets each as it is done. */
export function scanClaimedBlocks(
  file: RecordsFile,
  screener: RecordScreener,
  plan: BlockPlan,
  progress: Int32Array,
  onBlock: (index: number, scan: BlockScan) => void,
): void {
  for (;;) {
    const k = Atomics.add(progress, NEXT, 1);
    if (k >= plan.count) return;
    const from = k === 0 ? plan.dataStart : file.lineStartFrom(blockBegin(plan, k));
    const scan = screener.scan(from, blockBegin(plan, k + 1), k > 0);
    Atomics.add(progress, RECORDS, scan.records);
    Atomics.add(progress, DONE, 1);
    onBlock(k, scan);
  }
}

export const progressOf = (plan: BlockPlan, progress: Int32Array) => ({
  bytes: Math.min(plan.size, plan.dataStart + Atomics.load(progress, DONE) * plan.blockBytes),
  records: Atomics.load(progress, RECORDS),
});

/**
 * Walks the blocks in file order: re-scans (on this thread) each block whose guessed start was
 * wrong, throws the first problem with its absolute line, and returns the confirmed blocks.
 */
export function confirmBlocks(
  file: RecordsFile,
  screener: RecordScreener,
  plan: BlockPlan,
  scans: readonly (BlockScan | undefined)[],
): BlockScan[] {
  const confirmed: BlockScan[] = [];
  let start = plan.dataStart;
  let line = plan.dataLine;
  for (let k = 0; k < plan.count; k += 1) {
    let scan = scans[k];
    if (!scan || scan.start !== start) {
      scan = screener.scan(start, blockBegin(plan, k + 1));
    }
    if (scan.problem) throw file.inputError(scan.problem, line - 1);
    confirmed.push(scan);
    line += scan.endLine - 1;
    start = scan.end;
  }
  return confirmed;
}
