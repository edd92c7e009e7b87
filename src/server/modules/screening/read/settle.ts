/**
 * Settles R9 and R10 for one partition, once every block has been scanned: all records of an R9
 * key fall in the same partition (split by the key's hash), and all totals of an R10 peer group in
 * the same partition (split by drug), so each partition's findings are final on their own and the
 * partitions can be settled on different threads. Records are re-read by position only to
 * confirm a hash match and to name the ids of a duplicate group.
 */
import { type DuplicateSource, DuplicateIndex } from '../domain/duplicates.js';
import { abnormalVolumes, type VolumeParameters, VolumeTotals } from '../domain/volume.js';
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
  return {
    duplicates: duplicates(file, input.duplicateKeys),
    volumes: volumes(registry, input.quantities, volume),
  };
}

function duplicates(file: RecordsFile, lists: EntryList<Uint32Array>[]): string[] {
  const count = lists.reduce((sum, list) => sum + list.count, 0);
  const index = new DuplicateIndex(count);
  const source = new PositionSource(file);
  for (const { data, count } of lists)
    for (let at = 0; at < count * DUPLICATE_WIDTH; at += DUPLICATE_WIDTH) {
      const position = (data[at + 2] as number) + (data[at + 3] as number) * HIGH;
      source.current = position;
      index.add(data[at] as number, data[at + 1] as number, position, source);
    }
  return index.findings;
}

function volumes(registry: Registry, lists: EntryList<Float64Array>[], volume: VolumeParameters): string[] {
  const count = lists.reduce((sum, list) => sum + list.count, 0);
  const totals = new VolumeTotals(Math.max(registry.drugs.length, 1), count);
  for (const { data, count } of lists)
    for (let at = 0; at < count * QUANTITY_WIDTH; at += QUANTITY_WIDTH)
      totals.addAt(data[at] as number, data[at + 1] as number);
  return abnormalVolumes(
    totals,
    (i) => registry.institutions[i]?.category ?? -1,
    (i) => registry.institutions[i]?.id ?? '',
    (d) => registry.drugs[d]?.code ?? '',
    volume,
  );
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

  constructor(private readonly file: RecordsFile) {
    const c = file.columns;
    this.keyFields = [c.institution_id, c.patient_ref, c.item_code, c.service_date];
    this.idField = c.id;
  }

  sameKey(position: number): boolean {
    this.loadCurrentKey();
    const other = this.file.recordAt(position);
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

  idAt(position: number): string {
    return this.idOf(this.file.recordAt(position));
  }

  currentId(): string {
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
    this.keyOf = this.current;
  }
}
