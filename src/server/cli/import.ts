import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createIdentity } from '../modules/identity/index.js';
import {
  createRegistry,
  IMPORT_KINDS,
  type ImportOptions,
  type ImportSummary,
  readImportFile,
  type RegistryRows,
  rowsOf,
  UnreadableFileError,
} from '../modules/registry/index.js';
import { createPasswordHasher } from '../platform/auth/passwords.js';
import type { Config } from '../platform/config.js';
import { systemContext } from '../platform/context.js';
import type { Database } from '../platform/db/client.js';
import { isAppError } from '../platform/http/errors.js';
import { openAndMigrate } from './open.js';
import { progressReporter, rateLine } from './progress.js';

const REASONS = {
  unknown_kind: 'cannot tell which interchange file this is / 无法识别文件类型',
  unreadable: 'not a readable CSV or XLSX file / 文件无法读取',
  unsupported_type: 'only .csv and .xlsx are read / 只支持 .csv 与 .xlsx',
};

/**
 * Reads the interchange files present in `dir`: institutions, practitioners and drugs, each as
 * .csv or .xlsx (not both); a missing required column is reported per file.
 */
export async function readDataDir(
  dir: string,
): Promise<{ rows: RegistryRows; problems: string[]; found: number }> {
  const files = [];
  const problems: string[] = [];
  for (const kind of IMPORT_KINDS) {
    const present = ['csv', 'xlsx']
      .map((ext) => `${kind}.${ext}`)
      .filter((f) => existsSync(path.join(dir, f)));
    if (present.length > 1) {
      problems.push(`${present.join(' and ')}: give one of them / 请只保留其中一个文件`);
      continue;
    }
    const file = present[0];
    if (!file) continue;
    try {
      const read = await readImportFile(file, readFileSync(path.join(dir, file)), kind);
      for (const column of read.table.missing)
        problems.push(`${file}: missing required column "${column}" / 缺少必需的列 ${column}`);
      files.push({ ...read, name: file });
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      problems.push(`${file}: ${REASONS[error.reason]}`);
    }
  }
  return { rows: rowsOf(files), problems, found: files.length + problems.length };
}

/** The registry on an open database, as the command line uses it (no HTTP, no sessions). */
export function registryOn(database: Database) {
  const write = { db: database.db, emailEnabled: false, afterCommit: () => {} };
  const identity = createIdentity({
    db: database.db,
    write,
    hasher: createPasswordHasher(true),
    permissions: {},
    sessionTtlHours: 1,
    randomBytes: () => new Uint8Array(),
  });
  return createRegistry({ db: database.db, write, listJurisdictions: identity.jurisdictions.listAll });
}

/** Runs one import as the system, with code lists loaded. */
export async function importRows(
  database: Database,
  rows: RegistryRows,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const registry = registryOn(database);
  const ctx = systemContext('import');
  await registry.codeLists.ensureLoaded(ctx);
  return registry.imports.importRegistry(ctx, rows, 'import', options);
}

/**
 * `weijian import --data DIR`: imports institutions, practitioners and drugs (interchange-v1, as
 * CSV or XLSX) all-or-nothing; shows progress on stderr; prints every rejected cell (file, row,
 * column, value, problem) on stderr and exits 1, or a summary of what was created, updated and
 * left unchanged, with the time taken and rows per second.
 */
export async function importCommand(config: Config, dir: string): Promise<number> {
  const started = Date.now();
  const { rows, problems, found } = await readDataDir(dir);
  if (!found) {
    console.error(
      `No institutions, practitioners or drugs file (.csv or .xlsx) in ${dir}. 目录中没有可导入的文件。`,
    );
    return 1;
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    return 1;
  }
  const { database, release } = await openAndMigrate(config, 'import');
  const progress = progressReporter(process.stderr);
  try {
    const summary = await importRows(database, rows, { onProgress: (p) => progress.update(p) });
    progress.end();
    let total = 0;
    for (const [what, counts] of Object.entries(summary)) {
      total += counts.created + counts.updated + counts.unchanged;
      console.log(
        `${what}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`,
      );
    }
    console.log('Import complete. 导入完成。');
    console.error(`Imported ${rateLine(total, Date.now() - started)}`);
    return 0;
  } catch (error) {
    progress.end();
    if (!isAppError(error) || error.code !== 'IMPORT_REJECTED') throw error;
    const details = error.details as unknown as {
      file: string;
      row: number;
      column: string;
      value: string;
      message: string;
    }[];
    const rowsRejected = new Set(details.map((d) => `${d.file}\u0000${d.row}`)).size;
    console.error(
      `Import rejected: ${rowsRejected} row(s) invalid; nothing was written. 导入被拒绝，未写入任何数据。`,
    );
    console.error('file\trow\tcolumn\tvalue\tproblem');
    for (const d of details) console.error(`${d.file}\t${d.row}\t${d.column}\t${d.value}\t${d.message}`);
    return 1;
  } finally {
    await database.close();
    release();
  }
}
