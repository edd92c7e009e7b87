/**
 * R10 in the platform: a batch's drug records add to each institution's monthly totals (kept
 * across batches), and every drug-month the batch touched is judged again over all institutions
 * of the same category. Planned before the write (reads only) and written in the batch's
 * transaction; a group already warned of gets its new totals while the warning is open.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/client.js';
import { drugOn, institutionOn } from './domain/as-of.js';
import type { BatchRecord } from './domain/batch-rows.js';
import type { Histories } from './domain/batch-screen.js';
import { volumeEvidence } from './domain/evidence.js';
import { RULES } from './domain/rules.js';
import { type DrugMonthTotal, volumeKey, volumeOutliers } from './domain/volume-outliers.js';
import type { ScreeningDeps } from './deps.js';
import type { BatchRow } from './batch-store.js';
import { addDrugMonths, type DrugMonthRow, drugMonthTotals } from './volume-store.js';
import { type NewWarning, upsertVolumeWarnings } from './warning-store.js';

const R10 = RULES[9];

export interface VolumePlan {
  rows: DrugMonthRow[];
  warnings: NewWarning[];
}

/** The batch's own totals per (institution, drug, month), of drug records whose institution and drug are known. */
function batchTotals(records: readonly BatchRecord[], histories: Histories): DrugMonthRow[] {
  const sums = new Map<string, DrugMonthRow>();
  for (const r of records) {
    if (r.itemType !== 'drug') continue;
    const institution = histories.institutions.get(r.institutionId);
    if (!institution || !histories.drugs.has(r.itemCode)) continue;
    const month = r.serviceDate.slice(0, 7);
    const key = volumeKey({ institutionId: r.institutionId, drugCode: r.itemCode, month });
    const row = sums.get(key);
    if (row) row.quantity += r.quantity;
    else
      sums.set(key, {
        institutionId: r.institutionId,
        drugCode: r.itemCode,
        month,
        category: institutionOn(institution, `${month}-01`).category,
        districtCode: institution.districtCode,
        quantity: r.quantity,
      });
  }
  return [...sums.values()];
}

export async function planVolume(
  deps: Pick<ScreeningDeps, 'db' | 'registryHistory'>,
  batch: BatchRow,
  records: readonly BatchRecord[],
  histories: Histories,
): Promise<VolumePlan> {
  const rows = batchTotals(records, histories);
  if (!rows.length) return { rows, warnings: [] };
  const pairs = [...new Set(rows.map((r) => `${r.drugCode}|${r.month}`))];
  const stored = await drugMonthTotals(deps.db, pairs);
  const totals = new Map<string, DrugMonthTotal & { districtCode: string }>();
  for (const s of stored) totals.set(volumeKey(s), { ...s });
  for (const r of rows) {
    const key = volumeKey(r);
    const known = totals.get(key);
    if (known) known.total += r.quantity;
    else totals.set(key, { ...r, total: r.quantity });
  }
  const outliers = volumeOutliers([...totals.values()], {
    multiplier: R10.parameters.multiplier,
    peerMinimum: R10.parameters.peerMinimum,
  });
  const missing = outliers.map((o) => o.institutionId).filter((id) => !histories.institutions.has(id));
  const more = missing.length
    ? await deps.registryHistory.forScreening({ institutionIds: missing, practitionerIds: [], drugCodes: [] })
    : null;
  const warnings = outliers.map((o): NewWarning => {
    const history = histories.institutions.get(o.institutionId) ?? more?.institutions.get(o.institutionId);
    const drug = histories.drugs.get(o.drugCode);
    const day = `${o.month}-01`;
    const key = volumeKey(o);
    return {
      id: randomUUID(),
      batchId: batch.id,
      ruleId: R10.id,
      ruleCode: R10.code,
      ruleVersion: R10.version,
      severity: R10.severity,
      subjectKey: key,
      ref: key,
      recordId: null,
      institutionId: o.institutionId,
      institutionName: history?.name ?? null,
      practitionerId: null,
      practitionerName: null,
      districtCode: history?.districtCode ?? totals.get(key)?.districtCode ?? batch.jurisdictionCode,
      serviceDate: day,
      evidence: volumeEvidence(
        R10,
        history ? institutionOn(history, day) : null,
        drug ? drugOn(drug, day) : null,
        {
          institutionId: o.institutionId,
          drugCode: o.drugCode,
          month: o.month,
          category: o.category,
          total: o.total,
          median: o.median,
          peers: o.peers,
          multiplier: R10.parameters.multiplier,
          peerMinimum: R10.parameters.peerMinimum,
        },
      ),
    };
  });
  return { rows, warnings };
}

/** Writes a plan in the batch's transaction; returns how many R10 warnings are new. */
export async function writeVolume(tx: Db, plan: VolumePlan): Promise<number> {
  await addDrugMonths(tx, plan.rows);
  return upsertVolumeWarnings(tx, plan.warnings);
}
