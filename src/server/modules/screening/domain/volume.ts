/**
 * R10 ABNORMAL_VOLUME: per drug and calendar month, an institution's total quantity is more than
 * `multiplier` × the median of that drug-month's totals over the institutions of the same
 * category, where at least `peerMinimum` such institutions prescribed it that month. Totals are
 * kept in a typed open-addressing table keyed by (institution, drug, month) indexes.
 */
import { mix } from './duplicates.js';
import { monthText } from './facts.js';

const MONTHS = 12 * 10_000;
const SPLIT = 4_294_967_296;

export class VolumeTotals {
  private mask: number;
  private keys: Float64Array;
  private sums: Float64Array;
  private size = 0;

  constructor(
    private readonly drugCount: number,
    expected = 1 << 12,
  ) {
    let capacity = 1 << 10;
    while (capacity * 0.7 < expected) capacity *= 2;
    this.mask = capacity - 1;
    this.keys = new Float64Array(capacity).fill(-1);
    this.sums = new Float64Array(capacity);
  }

  /** Adds `quantity` to the total of (institution, drug, month). */
  add(institution: number, drug: number, month: number, quantity: number): void {
    const key = (institution * this.drugCount + drug) * MONTHS + month;
    let slot = this.slotOf(key);
    for (;;) {
      const k = this.keys[slot];
      if (k === key) {
        this.sums[slot] = (this.sums[slot] as number) + quantity;
        return;
      }
      if (k === -1) break;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.sums[slot] = quantity;
    this.size += 1;
    if (this.size > this.mask * 0.7) this.grow();
  }

  /** Every (institution, drug, month, total), in no particular order. */
  *entries(): Generator<[number, number, number, number]> {
    for (let i = 0; i < this.keys.length; i += 1) {
      const key = this.keys[i] as number;
      if (key === -1) continue;
      const month = key % MONTHS;
      const pair = (key - month) / MONTHS;
      const drug = pair % this.drugCount;
      yield [(pair - drug) / this.drugCount, drug, month, this.sums[i] as number];
    }
  }

  private slotOf(key: number): number {
    return mix((key >>> 0) ^ Math.imul(Math.floor(key / SPLIT), 0x9e3779b1)) & this.mask;
  }

  private grow(): void {
    const { keys, sums } = this;
    this.mask = keys.length * 2 - 1;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.sums = new Float64Array(keys.length * 2);
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as number;
      if (key === -1) continue;
      let slot = this.slotOf(key);
      while (this.keys[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.sums[slot] = sums[i] as number;
    }
  }
}

/** The median; of an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface VolumeParameters {
  multiplier: number;
  peerMinimum: number;
}

/** The R10 group keys `institution_id|item_code|YYYY-MM` that fire. */
export function abnormalVolumes(
  totals: VolumeTotals,
  categoryOf: (institution: number) => number,
  idOf: (institution: number) => string,
  codeOf: (drug: number) => string,
  { multiplier, peerMinimum }: VolumeParameters,
): string[] {
  const peers = new Map<number, { drug: number; month: number; institutions: number[]; totals: number[] }>();
  for (const [institution, drug, month, total] of totals.entries()) {
    const key = (drug * MONTHS + month) * 65_536 + categoryOf(institution);
    let group = peers.get(key);
    if (!group) {
      group = { drug, month, institutions: [], totals: [] };
      peers.set(key, group);
    }
    group.institutions.push(institution);
    group.totals.push(total);
  }
  const found: string[] = [];
  for (const group of peers.values()) {
    if (group.totals.length < peerMinimum) continue;
    const limit = multiplier * median(group.totals);
    const { drug, month } = group;
    group.totals.forEach((total, at) => {
      if (total > limit)
        found.push(`${idOf(group.institutions[at] as number)}|${codeOf(drug)}|${monthText(month)}`);
    });
  }
  return found;
}
