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
const EMPTY = -1;

/**
 * An open-addressing table from non-negative integer keys (exact in a double) to a slot, as
 * [key, value] pairs interleaved in one Float64Array: one cache miss per look-up.
 */
class NumberTable {
  mask: number;
  pairs: Float64Array;
  size = 0;

  constructor(expected: number) {
    let capacity = 1 << 10;
    while (capacity * 0.7 < expected) capacity *= 2;
    this.mask = capacity - 1;
    this.pairs = new Float64Array(capacity * 2).fill(EMPTY);
  }

  /** Where `key`'s value is in `pairs` (added with value 0 when new). */
  slot(key: number): number {
    let at = (mix((key >>> 0) ^ Math.imul(Math.floor(key / SPLIT), 0x9e3779b1)) & this.mask) << 1;
    const wrap = this.mask * 2 + 1;
    for (;;) {
      const k = this.pairs[at];
      if (k === key) return at + 1;
      if (k === EMPTY) break;
      at = (at + 2) & wrap;
    }
    this.pairs[at] = key;
    this.pairs[at + 1] = 0;
    this.size += 1;
    if (this.size > this.mask * 0.7) {
      this.grow();
      return this.slot(key);
    }
    return at + 1;
  }

  private grow(): void {
    const old = this.pairs;
    this.mask = old.length - 1;
    this.pairs = new Float64Array(old.length * 2).fill(EMPTY);
    this.size = 0;
    for (let at = 0; at < old.length; at += 2) {
      const key = old[at] as number;
      if (key !== EMPTY) this.pairs[this.slot(key)] = old[at + 1] as number;
    }
  }
}

export class VolumeTotals {
  private readonly table: NumberTable;

  constructor(
    private readonly drugCount: number,
    expected = 1 << 12,
  ) {
    this.table = new NumberTable(expected);
  }

  /** The one number that stands for (institution, drug, month) among `drugCount` drugs (`addAt`). */
  static keyOf(drugCount: number, institution: number, drug: number, month: number): number {
    return (institution * drugCount + drug) * MONTHS + month;
  }

  /** The drug of a group `key` (from `keyOf`). */
  static drugOf(drugCount: number, key: number): number {
    const pair = quotient(key, MONTHS);
    return pair - quotient(pair, drugCount) * drugCount;
  }

  /** Adds `quantity` to the total of (institution, drug, month). */
  add(institution: number, drug: number, month: number, quantity: number): void {
    this.addAt(VolumeTotals.keyOf(this.drugCount, institution, drug, month), quantity);
  }

  /** Adds `quantity` to the total of the group `key` (from `keyOf`). */
  addAt(key: number, quantity: number): void {
    const at = this.table.slot(key);
    this.table.pairs[at] = (this.table.pairs[at] as number) + quantity;
  }

  /** Every (institution, drug, month, total), in no particular order. */
  *entries(): Generator<[number, number, number, number]> {
    const pairs = this.table.pairs;
    for (let at = 0; at < pairs.length; at += 2) {
      const key = pairs[at] as number;
      if (key !== EMPTY) yield [...this.parts(key), pairs[at + 1] as number];
    }
  }

  /** Calls `each` for every group without allocating (the hot path of `abnormalVolumes`). */
  forEach(each: (institution: number, drug: number, month: number, total: number) => void): void {
    const pairs = this.table.pairs;
    const drugs = this.drugCount;
    for (let at = 0; at < pairs.length; at += 2) {
      const key = pairs[at] as number;
      if (key === EMPTY) continue;
      const pair = quotient(key, MONTHS);
      const institution = quotient(pair, drugs);
      each(institution, pair - institution * drugs, key - pair * MONTHS, pairs[at + 1] as number);
    }
  }

  get size(): number {
    return this.table.size;
  }

  private parts(key: number): [number, number, number] {
    const month = key % MONTHS;
    const pair = (key - month) / MONTHS;
    const drug = pair % this.drugCount;
    return [(pair - drug) / this.drugCount, drug, month];
  }
}

/**
 * ⌊key / divisor⌋ of a non-negative integer key below 2^53, exactly: a division corrected by one
 * (`%` on numbers beyond 32 bits is a slow library call, and keys reach 10^11 and more).
 */
function quotient(key: number, divisor: number): number {
  const q = Math.floor(key / divisor);
  const r = key - q * divisor;
  return r < 0 ? q - 1 : r >= divisor ? q + 1 : q;
}

/** The median; of an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function sortedMedian(values: Float64Array, from: number, to: number): number {
  const sorted = values.subarray(from, to).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The same median by selection (no NaN among the values): linear, where a sort is not. */
function selectedMedian(values: Float64Array, from: number, to: number): number {
  const mid = from + ((to - from) >> 1);
  let lo = from;
  let hi = to - 1;
  while (hi > lo) {
    const pivot = values[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (mid <= j) hi = j;
    else if (mid >= i) lo = i;
    else break;
  }
  // values[from, mid) are now all ≤ values[mid], the upper middle value.
  const upper = values[mid] as number;
  if ((to - from) % 2) return upper;
  let lower = Number.NEGATIVE_INFINITY;
  for (let k = from; k < mid; k += 1) if ((values[k] as number) > lower) lower = values[k] as number;
  return (lower + upper) / 2;
}

export interface VolumeParameters {
  multiplier: number;
  peerMinimum: number;
}

/**
 * The R10 group keys `institution_id|item_code|YYYY-MM` that fire. Typed all the way (millions of
 * totals at 10 M records): each total gets the dense index of its peer group (drug, month,
 * category), a counting sort lines the totals up by group, and each group large enough is sorted
 * on its own for the median.
 */
export function abnormalVolumes(
  totals: VolumeTotals,
  categoryOf: (institution: number) => number,
  idOf: (institution: number) => string,
  codeOf: (drug: number) => string,
  { multiplier, peerMinimum }: VolumeParameters,
): string[] {
  const n = totals.size;
  const groupIds = new NumberTable(1024);
  const groupOf = new Int32Array(n);
  const institutionOf = new Int32Array(n);
  const totalOf = new Float64Array(n);
  const groups: { drug: number; month: number }[] = [];
  let i = 0;
  totals.forEach((institution, drug, month, total) => {
    const at = groupIds.slot((drug * MONTHS + month) * 65_536 + categoryOf(institution) + 1);
    let group = groupIds.pairs[at] as number;
    if (group === 0) {
      group = groups.push({ drug, month });
      groupIds.pairs[at] = group;
    }
    groupOf[i] = group - 1;
    institutionOf[i] = institution;
    totalOf[i] = total;
    i += 1;
  });
  // Counting sort by group: members of group g are at order[start[g], start[g + 1]).
  const start = new Int32Array(groups.length + 1);
  for (let k = 0; k < n; k += 1) {
    const g = (groupOf[k] as number) + 1;
    start[g] = (start[g] as number) + 1;
  }
  for (let g = 1; g <= groups.length; g += 1) start[g] = (start[g] as number) + (start[g - 1] as number);
  const next = start.slice(0, groups.length);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k += 1) {
    const g = groupOf[k] as number;
    const at = next[g] as number;
    order[at] = k;
    next[g] = at + 1;
  }
  const found: string[] = [];
  const values = new Float64Array(n);
  for (let g = 0; g < groups.length; g += 1) {
    const from = start[g] as number;
    const to = start[g + 1] as number;
    if (to - from < peerMinimum) continue;
    let max = Number.NEGATIVE_INFINITY;
    let nan = false;
    for (let k = from; k < to; k += 1) {
      const v = totalOf[order[k] as number] as number;
      values[k] = v;
      if (v > max) max = v;
      else if (Number.isNaN(v)) nan = true;
    }
    // A sort sets NaN last (the group's largest then is NaN, and nothing fires).
    if (nan) max = Number.NaN;
    const limit = multiplier * (nan ? sortedMedian(values, from, to) : selectedMedian(values, from, to));
    if (!(max > limit)) continue;
    const { drug, month } = groups[g] as { drug: number; month: number };
    for (let k = from; k < to; k += 1) {
      const member = order[k] as number;
      if ((totalOf[member] as number) > limit)
        found.push(`${idOf(institutionOf[member] as number)}|${codeOf(drug)}|${monthText(month)}`);
    }
  }
  return found;
}
