import { createHash, randomUUID } from 'node:crypto';
import { type Actor, type RequestContext, storedActor } from '../../platform/context.js';
import { AppError, validationFailed } from '../../platform/http/errors.js';
import { auditRead, runWrite } from '../../platform/write.js';
import type { RegistryDeps } from './deps.js';
import { checkUploadedFiles, isTooLarge, type UploadLimits, uploadMessage } from './domain/upload-rules.js';
import { describeUpload } from './import-files.js';
import type { FileKind } from './import-tables.js';
import { REPORT_CAP } from './upload-job.js';
import {
  allProblems,
  findImport,
  insertImport,
  listImportFiles,
  listImports,
  listProblems,
  problemFiles,
} from './upload-store.js';

/** The job that checks and writes one uploaded import (platform/jobs). */
export const IMPORT_JOB = 'registry.import';

/** At most three files (institutions, practitioners, drugs), 50 MB each unless configured. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxFiles: 3, maxFileBytes: 50 * 1_048_576 };

export interface UploadedFile {
  /** The multipart field's name (`institutions`, `practitioners`, `drugs`, or anything). */
  field: string;
  name: string;
  bytes: Buffer;
}

const formatOf = (format: string | null) => (format ?? 'csv') as 'csv' | 'xlsx' | 'json';

export function createUploadService(deps: RegistryDeps) {
  const { db } = deps;
  const limits: UploadLimits = {
    ...DEFAULT_UPLOAD_LIMITS,
    ...(deps.importMaxFileBytes ? { maxFileBytes: deps.importMaxFileBytes } : {}),
  };

  /**
   * Stores an upload and queues its import (shared/docs/style.md, Data: all-or-nothing): the files
   * are checked for number, size, type and kind first (every problem listed, 413 when only size is
   * wrong), then kept with the uploader's scope in one transaction with the job and the audit
   * entry. The job checks every row and writes all of them or nothing.
   */
  async function upload(ctx: RequestContext, actor: Actor, files: UploadedFile[]) {
    const described = await Promise.all(files.map(describeUpload));
    const problems = checkUploadedFiles(described, limits, ctx.language);
    if (isTooLarge(problems)) throw new AppError('PAYLOAD_TOO_LARGE', { field: 'files', details: problems });
    if (problems.length) throw validationFailed(problems);
    const id = randomUUID();
    const stored = files.map((file, seq) => ({
      importId: id,
      seq,
      kind: described[seq]?.kind as FileKind,
      name: file.name,
      format: formatOf(described[seq]?.format ?? null),
      sizeBytes: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      content: file.bytes,
    }));
    // Answered from what was written, without another query: on PGlite the job, woken by the
    // commit, holds the only session until it has finished.
    const record = await runWrite(deps.write, ctx, async (w) => {
      const created = await insertImport(
        w.tx,
        {
          id,
          actorId: actor.userId,
          actorName: `${actor.displayName} (${actor.username})`,
          jurisdictionCode: actor.jurisdictionCode,
          actorScope: storedActor(actor),
          language: ctx.language,
        },
        stored,
      );
      await w.enqueue(IMPORT_JOB, { importId: id }, { maxAttempts: 3 });
      await w.audit({
        action: 'registry.import.upload',
        entityType: 'registry_import',
        entityId: id,
        jurisdictionCode: actor.jurisdictionCode,
        after: { files: stored.map(({ content: _c, importId: _i, ...file }) => file) },
      });
      return created;
    });
    return { record, files: stored.map(({ content: _c, ...file }) => ({ ...file, rowCount: null })) };
  }

  /** Imports uploaded within the actor's scope (by the uploader's jurisdiction), newest first. */
  async function listImportPage(actor: Actor, page: number, pageSize: number) {
    const result = await listImports(db, actor.scope.jurisdictionCodes, page, pageSize);
    const files = await listImportFiles(
      db,
      result.items.map((i) => i.id),
    );
    return { ...result, files };
  }

  /** One import within the actor's scope (else NOT_FOUND: others' imports are not even named). */
  async function getImport(actor: Actor, id: string) {
    const record = await findImport(db, id, actor.scope.jurisdictionCodes);
    if (!record) throw new AppError('NOT_FOUND');
    return { record, files: await listImportFiles(db, [id]), problemFiles: await problemFiles(db, id) };
  }

  /** One import with a page of its row-level problems, optionally of one file. */
  async function importDetail(
    actor: Actor,
    id: string,
    query: { file?: string; page: number; pageSize: number },
  ) {
    const found = await getImport(actor, id);
    return { ...found, problems: await listProblems(db, id, query.file, query.page, query.pageSize) };
  }

  /** The error of an upload refused while it is still being received (too large, too many files). */
  function uploadError(ctx: RequestContext, code: 'no_files' | 'too_large' | 'too_many_files', name = '') {
    const message = uploadMessage(ctx.language, code, {
      name,
      max: code === 'too_many_files' ? limits.maxFiles : Math.round(limits.maxFileBytes / 1_048_576),
      size: `> ${Math.round(limits.maxFileBytes / 1_048_576)}`,
    });
    const details = [{ field: 'files', code, message }];
    return code === 'too_large'
      ? new AppError('PAYLOAD_TOO_LARGE', { field: 'files', details })
      : validationFailed(details);
  }

  /** Every problem of an import, for the downloadable report; the download is audited. */
  async function reportRows(ctx: RequestContext, actor: Actor, id: string, format: string) {
    const found = await getImport(actor, id);
    const rows = await allProblems(db, id);
    await auditRead(deps.write, ctx, {
      action: 'registry.import.report',
      entityType: 'registry_import',
      entityId: id,
      jurisdictionCode: found.record.jurisdictionCode,
      after: { format, problems: rows.length },
    });
    return rows;
  }

  return {
    limits,
    reportCap: REPORT_CAP,
    upload,
    uploadError,
    listImportPage,
    getImport,
    importDetail,
    reportRows,
  };
}
