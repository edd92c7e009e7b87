/**
 * Settles R9 and R10 for one partition, once every block has been scanned: all records of an R9
 * key fall in the same partition (split by the key's hash), and all totals of an R10 peer group in
 * the same partition (split by drug), so each partition's findings are final on their own and the
 * partitions can be settled on different threads. Records are re-read by position only to
 * confirm a hash match and to name the ids of a duplicate group.
 */
import { type DuplicateSource, DuplicateIndex } from '../domain/duplicates.js';
import { type DrugEntries, DrugJudge, MONTHS, quotient, type VolumeParameters } from '../domain/volume.js';
import type { CsvRecordParser } from './csv-bytes.js';
import type { EntryList } from './entries.js';
import { DUPLICATE_WIDTH, QUANTITY_WIDTH, type RecordsFile } from './records.js';
import type { Registry } from './registry-files.js';
import { sameBytes } from './values.js';

const HIGH = 4_294_967_296;

/** One partition's share of every block. */
export interface PartitionInput {
  duplicateKeys: EntryList<Uint32Array>[];
  quantities: EntryList<Float64Array>[];
}

export interface PartitionFindings {
  duplicates: string[];
  volumes: string[];
}

export function settlePartition(
  file: RecordsFile,
  registry: Registry,
  input: PartitionInput,
  volume: VolumeParameters,
): PartitionFindings {
  // Sorted on each thread, so that the final sort (screen.ts) only merges the partitions' runs.
  return {
    duplicates: duplicates(file, input.duplicateKeys).sort(),
    volumes: volumes(registry, input.quantities, volume).sort(),
  };
}

/** Keys per bucket of R9's table: 16 bytes a slot, so that a bucket's table stays in cache. */
const BUCKET_KEYS = 1 << 14;

/**
 * The keys are first spread into buckets by the top bits of their first hash (a counting sort),
 * then each bucket goes through one small table: keys of different buckets never match, and a
 * table that fits in cache costs a fraction of one random access per key into a table of millions.
 */
function duplicates(file: RecordsFile, lists: EntryList<Uint32Array>[]): string[] {
  const count = lists.reduce((sum, list) => sum + list.count, 0);
  const bits = count > BUCKET_KEYS ? Math.min(16, Math.ceil(Math.log2(count / BUCKET_KEYS))) : 0;
  const shift = 32 - bits;
  const bucketOf = (h1: number) => (bits === 0 ? 0 : h1 >>> shift);
  const starts = new Int32Array((1 << bits) + 1);
  for (const { data, count } of lists)
    for (let at = 0; at < count * DUPLICATE_WIDTH; at += DUPLICATE_WIDTH) {
      const b = bucketOf(data[at] as number) + 1;
      starts[b] = (starts[b] as number) + 1;
    }
  let largest = 0;
  for (let b = 1; b < starts.length; b += 1) {
    largest = Math.max(largest, starts[b] as number);
    starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  }
  const keys = new Uint32Array(count * DUPLICATE_WIDTH);
  const next = starts.slice();
  for (const { data, count } of lists)
    for (let at = 0; at < count * DUPLICATE_WIDTH; at += DUPLICATE_WIDTH) {
      const b = bucketOf(data[at] as number);
      const to = (next[b] as number) * DUPLICATE_WIDTH;
      next[b] = (next[b] as number) + 1;
      keys[to] = data[at] as number;
      keys[to + 1] = data[at + 1] as number;
      keys[to + 2] = data[at + 2] as number;
      keys[to + 3] = data[at + 3] as number;
    }
  const index = new DuplicateIndex(largest);
  const source = new PositionSource(file);
  for (let b = 0; b + 1 < starts.length; b += 1) {
    if (b > 0) index.clear();
    const end = (starts[b + 1] as number) * DUPLICATE_WIDTH;
    for (let at = (starts[b] as number) * DUPLICATE_WIDTH; at < end; at += DUPLICATE_WIDTH) {
      const position = (keys[at + 2] as number) + (keys[at + 3] as number) * HIGH;
      source.current = position;
      index.add(keys[at] as number, keys[at + 1] as number, position, source);
    }
  }
  return index.findings;
}

/**
 * R10's peer groups lie within one drug, so the quantities are first sorted by drug (a counting
 * sort, each key split once into institution, drug and month) and each drug is judged on its own
 * (`judgeDrug`), in tables that stay in cache.
 */
function volumes(registry: Registry, lists: EntryList<Float64Array>[], volume: VolumeParameters): string[] {
  const drugs = Math.max(registry.drugs.length, 1);
  const count = lists.reduce((sum, list) => sum + list.count, 0);
  const starts = new Int32Array(drugs + 1);
  const drugOf = new Int32Array(count);
  const institutionOf = new Int32Array(count);
  const monthOf = new Int32Array(count);
  let e = 0;
  for (const { data, count } of lists)
    for (let at = 0; at < count * QUANTITY_WIDTH; at += QUANTITY_WIDTH, e += 1) {
      const key = data[at] as number;
      const pair = quotient(key, MONTHS);
      const institution = quotient(pair, drugs);
      const d = pair - institution * drugs;
      drugOf[e] = d;
      institutionOf[e] = institution;
      monthOf[e] = key - pair * MONTHS;
      starts[d + 1] = (starts[d + 1] as number) + 1;
    }
  let largest = 0;
  for (let d = 1; d <= drugs; d += 1) {
    largest = Math.max(largest, starts[d] as number);
    starts[d] = (starts[d] as number) + (starts[d - 1] as number);
  }
  const sorted: DrugEntries = {
    institution: new Int32Array(count),
    month: new Int32Array(count),
    quantity: new Float64Array(count),
  };
  const next = starts.slice();
  e = 0;
  for (const { data, count } of lists)
    for (let at = 1; at < count * QUANTITY_WIDTH; at += QUANTITY_WIDTH, e += 1) {
      const d = drugOf[e] as number;
      const to = next[d] as number;
      next[d] = to + 1;
      sorted.institution[to] = institutionOf[e] as number;
      sorted.month[to] = monthOf[e] as number;
      sorted.quantity[to] = data[at] as number;
    }
  const judge = new DrugJudge(
    registry.institutions.map((i) => i.category),
    (i) => registry.institutions[i]?.id ?? '',
    (d) => registry.drugs[d]?.code ?? '',
    volume,
    largest,
  );
  for (let d = 0; d < drugs; d += 1)
    if ((starts[d] as number) < (starts[d + 1] as number))
      judge.judge(d, sorted, starts[d] as number, starts[d + 1] as number);
  return judge.found;
}

/** R9's view of records by position: the record being added is `current`. */
class PositionSource implements DuplicateSource {
  current = 0;
  private readonly keyFields: number[];
  private readonly idField: number;
  /** The key fields of the record last compared as `current`, copied out of the lookup buffer. */
  private currentKey = Buffer.alloc(0);
  private currentKeyEnds: number[] = [];
  private keyOf = -1;
  /** The id of `current` (read with its key) and of the record it was last compared with. */
  private currentIdText = '';
  private otherAt = -1;
  private otherId = '';

  constructor(private readonly file: RecordsFile) {
    const c = file.columns;
    this.keyFields = [c.institution_id, c.patient_ref, c.item_code, c.service_date];
    this.idField = c.id;
  }

  sameKey(position: number): boolean {
    this.loadCurrentKey();
    const other = this.file.recordAt(position);
    this.otherAt = position;
    this.otherId = this.idOf(other);
    let from = 0;
    return this.keyFields.every((f, k) => {
      const to = this.currentKeyEnds[k] as number;
      const same = sameBytes(
        this.currentKey,
        from,
        to,
        other.buf,
        other.start[f] as number,
        other.end[f] as number,
      );
      from = to;
      return same;
    });
  }

  // Each re-read is a system call: the ids come from the reads of `sameKey` where they can.
  idAt(position: number): string {
    return position === this.otherAt ? this.otherId : this.idOf(this.file.recordAt(position));
  }

  currentId(): string {
    if (this.keyOf === this.current) return this.currentIdText;
    return this.idOf(this.file.recordAt(this.current));
  }

  private idOf(r: CsvRecordParser): string {
    return r.buf.toString('utf8', r.start[this.idField], r.end[this.idField]);
  }

  private loadCurrentKey(): void {
    if (this.keyOf === this.current) return;
    const r = this.file.recordAt(this.current);
    const parts = this.keyFields.map((f) => r.buf.subarray(r.start[f], r.end[f]));
    this.currentKey = Buffer.concat(parts);
    let end = 0;
    this.currentKeyEnds = parts.map((part) => (end += part.length));
    this.currentIdText = this.idOf(r);
    this.keyOf = this.current;
  }
}
