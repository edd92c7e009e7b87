import type { Language } from '../../platform/i18n/language.js';
import { type ImportKind, KIND_COLUMNS } from './import-files.js';
import type { ExportTable } from './present-export.js';
import type { ImportFileRow, ImportRow, ProblemRow } from './upload-store.js';

type StoredProblem = Required<Pick<ProblemRow, 'seq' | 'file' | 'row' | 'columnName' | 'value' | 'code'>> &
  Pick<ProblemRow, 'messageZh' | 'messageEn'>;

const FINISHED = new Set(['rejected', 'done', 'failed']);

function percentOf(record: ImportRow) {
  if (FINISHED.has(record.status)) return 100;
  if (!record.total) return 0;
  return Math.min(100, Math.floor((record.processed * 100) / record.total));
}

const iso = (at: Date | string | null) => (at ? new Date(at).toISOString() : null);

/** An import as the API shows it (never the uploaded bytes, nor the uploader's scope). */
export function presentImport(record: ImportRow, files: ImportFileRow[]) {
  return {
    id: record.id,
    status: record.status,
    processed: record.processed,
    total: record.total,
    percent: percentOf(record),
    actorName: record.actorName,
    jurisdictionCode: record.jurisdictionCode,
    createdAt: iso(record.createdAt) as string,
    startedAt: iso(record.startedAt),
    finishedAt: iso(record.finishedAt),
    files: files
      .filter((f) => f.importId === record.id)
      .map((f) => ({
        name: f.name,
        kind: f.kind,
        format: f.format,
        sizeBytes: f.sizeBytes,
        rowCount: f.rowCount,
      })),
    summary: record.summary ?? null,
    problemRows: record.problemRows,
    problemCount: record.problemCount,
    error: record.error,
  };
}

export function presentProblem(problem: StoredProblem, language: Language) {
  return {
    seq: problem.seq,
    file: problem.file,
    row: problem.row,
    column: problem.columnName,
    value: problem.value,
    code: problem.code,
    message: language === 'en' ? problem.messageEn : problem.messageZh,
    messageZh: problem.messageZh,
    messageEn: problem.messageEn,
  };
}

/** The downloadable row-level report: file, row, column, value and the problem in both languages. */
export function reportTable(problems: StoredProblem[]): ExportTable {
  return {
    columns: ['文件 file', '行 row', '列 column', '值 value', '问题', 'problem'],
    rows: problems.map((p) => [p.file, String(p.row), p.columnName, p.value, p.messageZh, p.messageEn]),
  };
}

/** A header-only template of one interchange file: required columns first, then the optional ones. */
export function templateTable(kind: ImportKind): ExportTable {
  const { required, optional } = KIND_COLUMNS[kind];
  return { columns: [...required, ...optional], rows: [] };
}
