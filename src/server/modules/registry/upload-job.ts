import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { jobContext, type RequestContext } from '../../platform/context.js';
import { isAppError } from '../../platform/http/errors.js';
import { runWrite, type Write } from '../../platform/write.js';
import type { RegistryDeps } from './deps.js';
import { importProblem, type ImportProblem, isProblemCode, problemMessage } from './domain/problems.js';
import { fhirProblem } from './fhir/problems.js';
import {
  type ImportKind,
  type ReadFile,
  readImportFile,
  rowsOf,
  UnreadableFileError,
} from './import-files.js';
import type { ImportOptions, ImportProgress, ImportSummary } from './import-service.js';
import type { RegistryRows } from './import-check.js';
import {
  dropFileContents,
  findImport,
  type ImportRow,
  importFileContents,
  insertProblems,
  OPEN_STATUSES,
  setFileRowCounts,
  updateImport,
} from './upload-store.js';

/** Tries of one import job before it is marked failed (a crash or a lost database retries it). */
export const IMPORT_JOB_ATTEMPTS = 3;
/** The report keeps this many problems; the counts cover them all. */
export const REPORT_CAP = 100_000;

interface Importers {
  importRegistry(
    ctx: RequestContext,
    rows: RegistryRows,
    source: 'import',
    options: ImportOptions,
  ): Promise<ImportSummary>;
  importBundle(ctx: RequestContext, bundle: unknown, options: ImportOptions): Promise<ImportSummary>;
}

/** The uploader, as the job acts for them: with the scope they had when they uploaded. */
const contextOf = (record: ImportRow): RequestContext =>
  jobContext(record.actorScope, `import-${record.id}`, record.language);

/** A problem's message in both languages (interchange checks and FHIR reading have their own codes). */
function messages(problem: ImportProblem) {
  const render = (lang: 'zh-CN' | 'en') =>
    isProblemCode(problem.code)
      ? problemMessage(lang, problem.code, problem.params)
      : fhirProblem(lang, problem, problem.code, problem.params).message;
  return { messageZh: render('zh-CN'), messageEn: render('en') };
}

/** The uploaded CSV/XLSX files as rows, or the problems that stop them being read at all. */
async function readFiles(files: Awaited<ReturnType<typeof importFileContents>>, lang: 'zh-CN' | 'en') {
  const read: (ReadFile & { name: string; seq: number })[] = [];
  const problems: ImportProblem[] = [];
  for (const file of files) {
    try {
      const one = await readImportFile(file.name, file.content ?? new Uint8Array(), file.kind as ImportKind);
      for (const column of one.table.missing)
        problems.push(importProblem(lang, { file: file.name, row: 1, column }, 'missing_column', { column }));
      read.push({ ...one, name: file.name, seq: file.seq });
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      problems.push(importProblem(lang, { file: file.name, row: 1, column: '' }, 'unreadable_file'));
    }
  }
  return { rows: rowsOf(read), problems, counts: new Map(read.map((f) => [f.seq, f.table.records.length])) };
}

/**
 * The job of an uploaded import: reads the files, checks every row and writes all of them or
 * nothing, recording its phase and progress as it goes. A rejected import stores its row-level
 * report; a finished one its summary; either way the uploaded bytes are dropped. Runs again from
 * the start after a crash (its write rolled back), up to IMPORT_JOB_ATTEMPTS times.
 */
export function createImportJob(deps: RegistryDeps, importers: Importers) {
  const { db } = deps;

  function progressRecorder(id: string) {
    let last = 0;
    let lastPhase = '';
    return async ({ phase, processed, total }: ImportProgress) => {
      // PGlite runs in this thread and its queries settle as microtasks: without a pause the job
      // would keep the event loop from answering any request until it has finished.
      await yieldToEventLoop();
      // PGlite: the write transaction holds the only session; the poller sees the end.
      if (phase === 'writing' && processed > 0 && !deps.progressDuringWrite) return;
      const now = Date.now();
      if (phase === lastPhase && processed < total && now - last < 500) return;
      last = now;
      lastPhase = phase;
      await updateImport(db, id, { status: phase, processed, total });
    };
  }

  async function finishDone(w: Write, id: string, summary: ImportSummary) {
    await updateImport(w.tx, id, {
      status: 'done',
      summary: { ...summary },
      finishedAt: new Date(),
    });
    await dropFileContents(w.tx, id);
  }

  async function finishRejected(ctx: RequestContext, record: ImportRow, problems: ImportProblem[]) {
    const problemRows = new Set(problems.map((p) => `${p.file}\u0000${p.row}`)).size;
    await runWrite(deps.write, ctx, async (w) => {
      await insertProblems(
        w.tx,
        problems.slice(0, REPORT_CAP).map((p, seq) => ({
          importId: record.id,
          seq,
          file: p.file,
          row: p.row,
          columnName: p.column,
          value: p.value ?? '',
          code: p.code,
          ...messages(p),
        })),
      );
      await updateImport(w.tx, record.id, {
        status: 'rejected',
        problemRows,
        problemCount: problems.length,
        finishedAt: new Date(),
      });
      await dropFileContents(w.tx, record.id);
      await w.audit({
        action: 'registry.import.reject',
        entityType: 'registry_import',
        entityId: record.id,
        jurisdictionCode: record.jurisdictionCode,
        after: { problemRows, problems: problems.length },
      });
    });
  }

  async function finishFailed(ctx: RequestContext, record: ImportRow, error: unknown) {
    await runWrite(deps.write, ctx, async (w) => {
      await updateImport(w.tx, record.id, {
        status: 'failed',
        error: isAppError(error) ? error.code : 'INTERNAL',
        finishedAt: new Date(),
      });
      await dropFileContents(w.tx, record.id);
      await w.audit({
        action: 'registry.import.fail',
        entityType: 'registry_import',
        entityId: record.id,
        jurisdictionCode: record.jurisdictionCode,
        after: { error: isAppError(error) ? error.code : 'INTERNAL' },
      });
    });
  }

  async function run(record: ImportRow, ctx: RequestContext) {
    const files = await importFileContents(db, record.id);
    const options: ImportOptions = {
      importId: record.id,
      onProgress: progressRecorder(record.id),
      inWrite: (w, summary) => finishDone(w, record.id, summary),
    };
    const bundle = files[0]?.kind === 'fhir_bundle' ? files[0] : null;
    if (bundle) {
      const json = JSON.parse(new TextDecoder().decode(bundle.content ?? new Uint8Array()));
      return importers.importBundle(ctx, json, options);
    }
    const read = await readFiles(files, ctx.language);
    await yieldToEventLoop();
    if (read.problems.length) return finishRejected(ctx, record, read.problems);
    await setFileRowCounts(db, record.id, read.counts);
    return importers.importRegistry(ctx, read.rows, 'import', options);
  }

  return async (payload: unknown, job: { attempts: number }) => {
    const importId = (payload as { importId?: unknown } | null)?.importId;
    if (typeof importId !== 'string') return;
    // Let the upload's answer leave first (it is woken by the upload's commit).
    await yieldToEventLoop();
    const record = await findImport(db, importId, null);
    if (!record || !OPEN_STATUSES.includes(record.status)) return;
    const ctx = contextOf(record);
    await updateImport(db, record.id, { status: 'checking', processed: 0, startedAt: new Date() });
    try {
      await run(record, ctx);
    } catch (error) {
      if (isAppError(error) && error.code === 'IMPORT_REJECTED')
        return finishRejected(ctx, record, error.details as unknown as ImportProblem[]);
      if (job.attempts < IMPORT_JOB_ATTEMPTS) {
        await updateImport(db, record.id, { status: 'queued' });
        throw error;
      }
      await finishFailed(ctx, record, error);
      throw error;
    }
  };
}
