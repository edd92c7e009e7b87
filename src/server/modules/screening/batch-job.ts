import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { jobContext, type RequestContext, systemContext } from '../../platform/context.js';
import { isAppError } from '../../platform/http/errors.js';
import { runWrite } from '../../platform/write.js';
import { readCsvTable } from '../registry/index.js';
import {
  type BatchProblem,
  type BatchRecord,
  BATCH_COLUMNS,
  checkRows,
  ndjsonRows,
  problem,
} from './domain/batch-rows.js';
import { type Finding, type Histories, screenBatch } from './domain/batch-screen.js';
import { RULES, ruleVersions } from './domain/rules.js';
import type { ScreeningDeps } from './deps.js';
import {
  batchContent,
  type BatchRow,
  findBatch,
  insertBatchProblems,
  OPEN_BATCH_STATUSES,
  updateBatch,
} from './batch-store.js';
import { planVolume, writeVolume } from './volume-service.js';
import { insertWarnings, type NewWarning } from './warning-store.js';

export const BATCH_JOB_ATTEMPTS = 3;
/** The report keeps this many problems; the count covers them all. */
export const BATCH_REPORT_CAP = 100_000;

/** The uploader, as the job acts for them; the demo seed uploads as no one: then the system. */
const contextOf = (batch: BatchRow): RequestContext =>
  batch.actorScope.userId
    ? jobContext(batch.actorScope, `screening-${batch.id}`, batch.language)
    : systemContext(`screening-${batch.id}`);

/** The batch's rows, checked; CSV through the registry's RFC 4180 reader. */
function readBatch(batch: BatchRow, bytes: Uint8Array) {
  const text = new TextDecoder().decode(bytes);
  const problems: BatchProblem[] = [];
  let rows: { row: number; cells: Record<string, string> }[];
  if (batch.format === 'csv') {
    const table = readCsvTable(text, BATCH_COLUMNS);
    for (const column of table.missing) problems.push(problem(1, column, '', 'missing_column'));
    if (table.missing.length) return { records: [], problems, rows: 0 };
    rows = table.records.map((cells, at) => ({ row: table.rowNumbers[at] as number, cells }));
  } else rows = ndjsonRows(text, problems);
  const checked = checkRows(rows);
  return { ...checked, problems: [...problems, ...checked.problems] };
}

/** Rows whose (known) institution lies outside the uploader's districts. */
function outOfScope(records: BatchRecord[], histories: Histories, scopeCodes: string[]): BatchProblem[] {
  const allowed = new Set(scopeCodes);
  return records
    .filter((r) => {
      const institution = histories.institutions.get(r.institutionId);
      return institution && !allowed.has(institution.districtCode);
    })
    .map((r) => problem(r.row, 'institution_id', r.institutionId, 'out_of_scope'));
}

function warningOf(batch: BatchRow, finding: Finding, histories: Histories): NewWarning {
  const institution = histories.institutions.get(finding.institutionId);
  const practitioner = finding.practitionerId
    ? histories.practitioners.get(finding.practitionerId)
    : undefined;
  return {
    id: randomUUID(),
    batchId: batch.id,
    ruleId: finding.rule.id,
    ruleCode: finding.rule.code,
    ruleVersion: finding.rule.version,
    severity: finding.rule.severity,
    subjectKey: finding.subjectKey,
    ref: finding.ref,
    recordId: finding.recordId,
    institutionId: finding.institutionId,
    institutionName: institution?.name ?? null,
    practitionerId: finding.practitionerId,
    practitionerName: practitioner?.name ?? null,
    districtCode: institution?.districtCode ?? batch.jurisdictionCode,
    serviceDate: finding.serviceDate,
    evidence: finding.evidence,
  };
}

/**
 * The job of an uploaded batch: reads and checks every row (any problem rejects the whole batch
 * with its row-level report), reads the registry's history of the records it names, screens
 * R1–R9 as of each service date, adds its drug-months to R10's totals and settles R10 for them,
 * then writes the warnings, the totals and the batch's summary in one transaction. Runs again
 * from the start after a crash (its write rolled back), up to BATCH_JOB_ATTEMPTS times.
 */
export function createBatchJob(deps: ScreeningDeps) {
  const { db } = deps;

  async function reject(ctx: RequestContext, batch: BatchRow, records: number, problems: BatchProblem[]) {
    await runWrite(deps.write, ctx, async (w) => {
      await insertBatchProblems(
        w.tx,
        problems.slice(0, BATCH_REPORT_CAP).map((p, seq) => ({
          batchId: batch.id,
          seq,
          row: p.row,
          columnName: p.column,
          value: p.value,
          code: p.code,
          messageZh: p.messageZh,
          messageEn: p.messageEn,
        })),
      );
      await updateBatch(w.tx, batch.id, {
        status: 'rejected',
        records,
        problemCount: problems.length,
        content: null,
        finishedAt: new Date(),
      });
      if (batch.actorScope.userId)
        await w.notify({
          userId: batch.actorScope.userId,
          kind: 'screening.batch.rejected',
          title: `数据批次 ${batch.fileName} 未通过校验：${problems.length} 个问题`,
          titleEn: `Batch ${batch.fileName} was rejected: ${problems.length} problems`,
          body: '整批未筛查，请按问题报告更正后重新上传。',
          bodyEn: 'Nothing was screened: correct the rows in the report and upload again.',
          link: `/screening/batches/${batch.id}`,
        });
      await w.audit({
        action: 'screening.batch.reject',
        entityType: 'screening_batch',
        entityId: batch.id,
        jurisdictionCode: batch.jurisdictionCode,
        after: { records, problems: problems.length },
      });
    });
  }

  async function run(ctx: RequestContext, batch: BatchRow) {
    const read = readBatch(batch, (await batchContent(db, batch.id)) ?? new Uint8Array());
    await yieldToEventLoop();
    if (read.problems.length) return reject(ctx, batch, read.rows, read.problems);
    const histories = await deps.registryHistory.forScreening({
      institutionIds: read.records.map((r) => r.institutionId),
      practitionerIds: read.records.map((r) => r.practitionerId),
      drugCodes: read.records.filter((r) => r.itemType === 'drug').map((r) => r.itemCode),
    });
    const scopeProblems = outOfScope(read.records, histories, batch.actorScope.scope.jurisdictionCodes);
    if (scopeProblems.length) return reject(ctx, batch, read.rows, scopeProblems);
    const findings = screenBatch(read.records, histories);
    await yieldToEventLoop();
    const byRule: Record<string, number> = Object.fromEntries(RULES.map((r) => [r.code, 0]));
    for (const f of findings) byRule[f.rule.code] = (byRule[f.rule.code] ?? 0) + 1;
    const volume = await planVolume(deps, batch, read.records, histories);
    byRule.ABNORMAL_VOLUME = volume.warnings.length;
    await runWrite(deps.write, ctx, async (w) => {
      let added = await insertWarnings(
        w.tx,
        findings.map((f) => warningOf(batch, f, histories)),
      );
      added += await writeVolume(w.tx, volume);
      await updateBatch(w.tx, batch.id, {
        status: 'done',
        records: read.rows,
        findings: byRule,
        newWarnings: added,
        ruleVersions: ruleVersions(),
        content: null,
        finishedAt: new Date(),
      });
      const found = Object.values(byRule).reduce((a, b) => a + b, 0);
      if (batch.actorScope.userId)
        await w.notify({
          userId: batch.actorScope.userId,
          kind: 'screening.batch.done',
          title: `数据批次 ${batch.fileName} 筛查完成：${read.rows} 条记录，发现 ${found} 个问题，新增 ${added} 条预警`,
          titleEn: `Batch ${batch.fileName} screened: ${read.rows} records, ${found} findings, ${added} new warnings`,
          link: `/screening/batches/${batch.id}`,
        });
      await w.audit({
        action: 'screening.batch.screen',
        entityType: 'screening_batch',
        entityId: batch.id,
        jurisdictionCode: batch.jurisdictionCode,
        after: { records: read.rows, findings: byRule, newWarnings: added },
      });
    });
  }

  return async (payload: unknown, job: { attempts: number }) => {
    const batchId = (payload as { batchId?: unknown } | null)?.batchId;
    if (typeof batchId !== 'string') return;
    // Let the upload's answer leave first (the job is woken by the upload's commit).
    await yieldToEventLoop();
    const batch = await findBatch(db, batchId, null);
    if (!batch || !OPEN_BATCH_STATUSES.includes(batch.status)) return;
    const ctx = contextOf(batch);
    await updateBatch(db, batch.id, { status: 'screening', startedAt: new Date() });
    try {
      await run(ctx, batch);
    } catch (error) {
      if (job.attempts < BATCH_JOB_ATTEMPTS) {
        await updateBatch(db, batch.id, { status: 'queued' });
        throw error;
      }
      await runWrite(deps.write, ctx, async (w) => {
        await updateBatch(w.tx, batch.id, {
          status: 'failed',
          error: isAppError(error) ? error.code : 'INTERNAL',
          content: null,
          finishedAt: new Date(),
        });
        await w.audit({
          action: 'screening.batch.fail',
          entityType: 'screening_batch',
          entityId: batch.id,
          jurisdictionCode: batch.jurisdictionCode,
          after: { error: isAppError(error) ? error.code : 'INTERNAL' },
        });
      });
      throw error;
    }
  };
}
