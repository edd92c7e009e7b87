/**
 * R10 ABNORMAL_VOLUME: per drug and calendar month, an institution's total quantity is more than
 * `multiplier` × the median of that drug-month's totals over the institutions of the same
 * category, where at least `peerMinimum` such institutions prescribed it that month. The quantities
 * are judged a drug at a time (`DrugJudge`) in typed tables that stay in cache.
 */
import { monthText } from './facts.js';

/** Months a group key leaves room for (`groupKey`). */
export const MONTHS = 12 * 10_000;

/** The one number that stands for (institution, drug, month) among `drugCount` drugs. */
export function groupKey(drugCount: number, institution: number, drug: number, month: number): number {
  return (institution * drugCount + drug) * MONTHS + month;
}

/**
 * ⌊key / divisor⌋ of a non-negative integer key below 2^53, exactly: a division corrected by one
 * (`%` on numbers beyond 32 bits is a slow library call, and keys reach 10^11 and more).
 */
export function quotient(key: number, divisor: number): number {
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

/** The median of values[from, to) by sorting (NaN last). */
export function sortedMedian(values: Float64Array, from: number, to: number): number {
  const sorted = values.subarray(from, to).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The same median by selection (no NaN among the values): linear, where a sort is not. */
export function selectedMedian(values: Float64Array, from: number, to: number): number {
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

/** A partition's R10 entries sorted by drug: institution, month and quantity of each. */
export interface DrugEntries {
  institution: Int32Array;
  month: Int32Array;
  quantity: Float64Array;
}

/**
 * R10 of one drug at a time (`judge` with the drug's entries in file order): totals per
 * (institution, month) in an int table, peer groups per (month, category), medians by selection.
 * The tables are made once for the drug with the most entries and cleared of what each drug used.
 */
export class DrugJudge {
  readonly found: string[] = [];
  private readonly categoryOf: Int32Array;
  private readonly categories: number;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  /** Where each total's slot is, to clear the table after a drug. */
  private readonly slotOf: Int32Array;
  private readonly totalInstitution: Int32Array;
  private readonly totalMonth: Int32Array;
  private readonly totalOf: Float64Array;
  private readonly groupOf: Int32Array;
  private readonly order: Int32Array;
  private readonly values: Float64Array;

  /**
   * `categories` holds each institution's category (-1 for none), `idOf` and `codeOf` name an
   * institution and a drug; `most` is the most entries a drug has.
   */
  constructor(
    categories: readonly number[],
    private readonly idOf: (institution: number) => string,
    private readonly codeOf: (drug: number) => string,
    private readonly volume: VolumeParameters,
    most: number,
  ) {
    this.categoryOf = Int32Array.from(categories);
    let kinds = 0;
    for (const category of categories) kinds = Math.max(kinds, category + 2);
    this.categories = Math.max(kinds, 1);
    let bits = 10;
    while (1 << bits < most * 2) bits += 1;
    const capacity = 1 << bits;
    this.mask = capacity - 1;
    this.shift = 32 - bits;
    this.slotOf = new Int32Array(most);
    this.slots = new Int32Array(capacity).fill(-1);
    this.totalInstitution = new Int32Array(most);
    this.totalMonth = new Int32Array(most);
    this.totalOf = new Float64Array(most);
    this.groupOf = new Int32Array(most);
    this.order = new Int32Array(most);
    this.values = new Float64Array(most);
  }

  judge(drug: number, entries: DrugEntries, from: number, to: number): void {
    const { slots, mask, shift, slotOf, totalInstitution, totalMonth, totalOf } = this;
    let n = 0;
    for (let e = from; e < to; e += 1) {
      const institution = entries.institution[e] as number;
      const month = entries.month[e] as number;
      const h = (Math.imul(institution, 0x9e3779b1) + month) | 0;
      let at = Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> shift;
      for (;;) {
        const t = slots[at] as number;
        if (t === -1) {
          slots[at] = n;
          slotOf[n] = at;
          totalInstitution[n] = institution;
          totalMonth[n] = month;
          totalOf[n] = 0;
          totalOf[n] = (totalOf[n] as number) + (entries.quantity[e] as number);
          n += 1;
          break;
        }
        if (totalInstitution[t] === institution && totalMonth[t] === month) {
          totalOf[t] = (totalOf[t] as number) + (entries.quantity[e] as number);
          break;
        }
        at = (at + 1) & mask;
      }
    }
    for (let t = 0; t < n; t += 1) slots[slotOf[t] as number] = -1;
    this.judgeTotals(drug, n);
  }

  private judgeTotals(drug: number, n: number): void {
    const { totalInstitution, totalMonth, totalOf, groupOf, order, values, categoryOf, categories } = this;
    const groups = new Map<number, number>();
    const groupMonth: number[] = [];
    for (let t = 0; t < n; t += 1) {
      const institution = totalInstitution[t] as number;
      const key = (totalMonth[t] as number) * categories + ((categoryOf[institution] ?? -1) + 1);
      let group = groups.get(key);
      if (group === undefined) {
        group = groupMonth.push(totalMonth[t] as number) - 1;
        groups.set(key, group);
      }
      groupOf[t] = group;
    }
    const start = new Int32Array(groupMonth.length + 1);
    for (let t = 0; t < n; t += 1) {
      const g = (groupOf[t] as number) + 1;
      start[g] = (start[g] as number) + 1;
    }
    for (let g = 1; g <= groupMonth.length; g += 1)
      start[g] = (start[g] as number) + (start[g - 1] as number);
    const next = start.slice(0, groupMonth.length);
    for (let t = 0; t < n; t += 1) {
      const g = groupOf[t] as number;
      order[next[g] as number] = t;
      next[g] = (next[g] as number) + 1;
    }
    const { multiplier, peerMinimum } = this.volume;
    for (let g = 0; g < groupMonth.length; g += 1) {
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
      const suffix = `|${this.codeOf(drug)}|${monthText(groupMonth[g] as number)}`;
      for (let k = from; k < to; k += 1) {
        const t = order[k] as number;
        if ((totalOf[t] as number) > limit)
          this.found.push(`${this.idOf(totalInstitution[t] as number)}${suffix}`);
      }
    }
  }
}
