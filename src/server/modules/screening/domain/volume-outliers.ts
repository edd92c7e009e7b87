/**
 * R10 over the platform's running totals: for one drug and month, the institutions whose total is
 * more than `multiplier` × the median total of their category, where at least `peerMinimum`
 * institutions of that category prescribed the drug that month. Pure; the same median as volume.ts.
 */
import { median, type VolumeParameters } from './volume.js';

export interface DrugMonthTotal {
  institutionId: string;
  drugCode: string;
  month: string;
  category: string;
  total: number;
}

export interface VolumeOutlier extends DrugMonthTotal {
  median: number;
  peers: number;
}

export function volumeOutliers(totals: readonly DrugMonthTotal[], params: VolumeParameters): VolumeOutlier[] {
  const byGroup = new Map<string, DrugMonthTotal[]>();
  for (const total of totals) {
    const key = `${total.drugCode}|${total.month}|${total.category}`;
    const group = byGroup.get(key);
    if (group) group.push(total);
    else byGroup.set(key, [total]);
  }
  const out: VolumeOutlier[] = [];
  for (const group of byGroup.values()) {
    if (group.length < params.peerMinimum) continue;
    const mid = median(group.map((g) => g.total));
    for (const total of group)
      if (total.total > params.multiplier * mid) out.push({ ...total, median: mid, peers: group.length });
  }
  return out;
}

/** The R10 group key of interchange-v1. */
export const volumeKey = (t: { institutionId: string; drugCode: string; month: string }) =>
  `${t.institutionId}|${t.drugCode}|${t.month}`;
