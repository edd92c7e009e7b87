import { createHash, randomUUID } from 'node:crypto';
import { type Actor, type RequestContext, storedActor } from '../../platform/context.js';
import { AppError, validationFailed } from '../../platform/http/errors.js';
import { auditRead, runWrite } from '../../platform/write.js';
import type { ScreeningDeps } from './deps.js';
import { formatOfName, uploadMessage } from './domain/upload-messages.js';
import {
  allBatchProblems,
  type BatchRow,
  findBatch,
  findSameBatch,
  hasAnyBatch,
  insertBatch,
  listBatches,
  listBatchProblems,
} from './batch-store.js';
import type { BatchActor, BatchStatus } from './tables.js';

/** The job that screens one uploaded batch (platform/jobs). */
export const BATCH_JOB = 'screening.batch';
export const DEFAULT_MAX_BATCH_BYTES = 64 * 1_048_576;

export interface UploadedBatch {
  name: string;
  bytes: Buffer;
}

export function createBatchService(deps: ScreeningDeps) {
  const { db } = deps;
  const limits = { maxFileBytes: deps.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES };

  function uploadError(
    ctx: RequestContext,
    code: 'no_file' | 'too_large' | 'unsupported_type' | 'empty_file',
    name = '',
  ) {
    const message = uploadMessage(ctx.language, code, {
      name,
      max: Math.round(limits.maxFileBytes / 1_048_576),
    });
    const details = [{ field: 'file', code, message }];
    return code === 'too_large'
      ? new AppError('PAYLOAD_TOO_LARGE', { field: 'file', details })
      : validationFailed(details);
  }

  /**
   * Stores an uploaded batch and queues its screening, in one transaction with the job and the
   * audit entry. The file must be .csv or .ndjson/.jsonl, not empty, within the size limit, and
   * not the same bytes as a batch already screened (or being screened) in the actor's scope.
   */
  async function upload(ctx: RequestContext, actor: Actor, file: UploadedBatch | null): Promise<BatchRow> {
    if (!file) throw uploadError(ctx, 'no_file');
    const format = formatOfName(file.name);
    if (!format) throw uploadError(ctx, 'unsupported_type', file.name);
    if (!file.bytes.length) throw uploadError(ctx, 'empty_file', file.name);
    if (file.bytes.length > limits.maxFileBytes) throw uploadError(ctx, 'too_large', file.name);
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const same = await findSameBatch(db, sha256, actor.scope.jurisdictionCodes);
    if (same)
      throw new AppError('CONFLICT', {
        field: 'file',
        details: [
          {
            field: 'file',
            code: 'duplicate_batch',
            message: uploadMessage(ctx.language, 'duplicate_batch', { name: file.name, id: same }),
          },
        ],
      });
    return store(ctx, storedActor(actor), `${actor.displayName} (${actor.username})`, {
      ...file,
      format,
      sha256,
    });
  }

  /** Keeps the batch with who uploaded it and queues its job, audited, in one transaction. */
  function store(
    ctx: RequestContext,
    who: BatchActor,
    actorName: string,
    file: UploadedBatch & { format: 'csv' | 'ndjson'; sha256: string },
  ) {
    const id = randomUUID();
    return runWrite(deps.write, ctx, async (w) => {
      const created = await insertBatch(w.tx, {
        id,
        actorId: who.userId || null,
        actorName,
        jurisdictionCode: who.jurisdictionCode,
        actorScope: who,
        language: ctx.language,
        fileName: file.name,
        format: file.format,
        sizeBytes: file.bytes.length,
        sha256: file.sha256,
        content: file.bytes,
      });
      await w.enqueue(BATCH_JOB, { batchId: id }, { maxAttempts: 3 });
      await w.audit({
        action: 'screening.batch.upload',
        entityType: 'screening_batch',
        entityId: id,
        jurisdictionCode: who.jurisdictionCode,
        after: {
          fileName: file.name,
          format: file.format,
          sizeBytes: file.bytes.length,
          sha256: file.sha256,
        },
      });
      return created;
    });
  }

  /**
   * The demo's first batch, uploaded as the city (source: the demo seed) through the same job,
   * only while no batch exists; returns whether it queued one.
   */
  async function seedDemoBatch(
    ctx: RequestContext,
    city: { code: string; districtCodes: string[] },
    file: UploadedBatch,
  ) {
    if (await hasAnyBatch(db)) return false;
    const scope = {
      rootCode: city.code,
      jurisdictionCodes: [city.code, ...city.districtCodes],
      isCityWide: true,
      institutionId: null,
    };
    const who: BatchActor = {
      userId: '',
      username: 'seed',
      displayName: '演示数据',
      jurisdictionCode: city.code,
      scope,
    };
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    await store(ctx, who, '演示数据 (seed)', { ...file, format: 'csv', sha256 });
    return true;
  }

  function listBatchPage(actor: Actor, status: BatchStatus | undefined, page: number, pageSize: number) {
    return listBatches(db, actor.scope.jurisdictionCodes, status, page, pageSize);
  }

  /** One batch in the actor's scope (else NOT_FOUND: others' batches are not even named). */
  async function getBatch(actor: Actor, id: string) {
    const batch = await findBatch(db, id, actor.scope.jurisdictionCodes);
    if (!batch) throw new AppError('NOT_FOUND');
    return batch;
  }

  async function batchDetail(actor: Actor, id: string, page: number, pageSize: number) {
    const batch = await getBatch(actor, id);
    return { batch, problems: await listBatchProblems(db, id, page, pageSize) };
  }

  /** Every problem of a rejected batch, for the downloadable report; the download is audited. */
  async function reportRows(ctx: RequestContext, actor: Actor, id: string, format: string) {
    const batch = await getBatch(actor, id);
    const rows = await allBatchProblems(db, id);
    await auditRead(deps.write, ctx, {
      action: 'screening.batch.report',
      entityType: 'screening_batch',
      entityId: id,
      jurisdictionCode: batch.jurisdictionCode,
      after: { format, problems: rows.length },
    });
    return rows;
  }

  return { limits, upload, seedDemoBatch, uploadError, listBatchPage, getBatch, batchDetail, reportRows };
}
