import type { ChangeSource } from '../../../shared/registry.js';
import type { RequestContext } from '../../platform/context.js';
import { runWrite, type Write } from '../../platform/write.js';
import type { RegistryDeps } from './deps.js';
import { shanghaiDate } from './domain/changes.js';
import { checkImport, type RegistryRows } from './import-check.js';
import {
  type Counts,
  type Stamp,
  writeDrugs,
  writeInstitutions,
  writePractitioners,
} from './import-write.js';

export interface ImportSummary {
  institutions: Counts;
  practitioners: Counts;
  drugs: Counts;
}

export type ImportPhase = 'checking' | 'writing';

/** How far an import has got: rows checked or written of all rows of all files. */
export interface ImportProgress {
  phase: ImportPhase;
  processed: number;
  total: number;
}

export interface ImportOptions {
  /** Called as the import moves on: once when checking starts and ends, after every written batch. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /** Runs inside the write's transaction after the rows, before its audit entry (an upload marks itself done). */
  inWrite?: (w: Write, summary: ImportSummary) => Promise<void>;
  /** Recorded in the audit entry: the upload this import came from. */
  importId?: string;
}

const BATCH = 2000;
const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

export const countRows = (rows: RegistryRows) =>
  (rows.institutions?.length ?? 0) + (rows.practitioners?.length ?? 0) + (rows.drugs?.length ?? 0);

export function createImportService(deps: RegistryDeps) {
  /**
   * Imports registry rows all-or-nothing (shared/docs/style.md, Data): every row of every file is
   * checked first and any problem rejects the whole import, writing nothing; otherwise all rows are
   * upserted by id in one transaction, in batches, with a timeline entry for each record that really
   * changed and one summary audit entry. Re-importing the same data changes nothing.
   */
  async function importRegistry(
    ctx: RequestContext,
    rows: RegistryRows,
    source: ChangeSource,
    options: ImportOptions = {},
  ): Promise<ImportSummary> {
    const total = countRows(rows);
    const progress = async (phase: ImportPhase, processed: number) =>
      options.onProgress?.({ phase, processed, total });
    await progress('checking', 0);
    const parsed = await checkImport(deps, ctx, rows);
    await progress('checking', total);
    const summary: ImportSummary = { institutions: zero(), practitioners: zero(), drugs: zero() };
    const actor = ctx.actor;
    const stamp: Stamp = {
      at: ctx.now(),
      actorId: actor?.userId ?? null,
      actorName: actor ? `${actor.displayName} (${actor.username})` : 'system',
      source,
      today: shanghaiDate(ctx.now()),
    };
    // Rows the checks dropped never reach here (any problem rejects); skipped ones count as written.
    let written = 0;
    async function inBatches<T>(items: T[], write: (batch: T[]) => Promise<unknown>) {
      for (let i = 0; i < items.length; i += BATCH) {
        const batch = items.slice(i, i + BATCH);
        await write(batch);
        written += batch.length;
        await progress('writing', written);
      }
    }
    await progress('writing', 0);
    await runWrite(deps.write, ctx, async (w) => {
      await inBatches(parsed.institutions, (b) => writeInstitutions(w.tx, b, stamp, summary.institutions));
      await inBatches(parsed.practitioners, (b) => writePractitioners(w.tx, b, stamp, summary.practitioners));
      await inBatches(parsed.drugs, (b) => writeDrugs(w.tx, b, stamp, summary.drugs));
      await options.inWrite?.(w, summary);
      await w.audit({
        action: 'registry.import',
        entityType: 'registry',
        entityId: options.importId ?? null,
        jurisdictionCode: actor?.scope.rootCode ?? null,
        after: { source, ...summary },
      });
    });
    return summary;
  }

  return { importRegistry };
}
