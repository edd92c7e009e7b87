import type { Actor, RequestContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { auditRead, runWrite } from '../../platform/write.js';
import { clueNumbers } from './clue-store.js';
import type { ScreeningDeps } from './deps.js';
import { scopedDistricts } from './districts.js';
import {
  dismissWarnings,
  findWarning,
  listWarnings,
  type WarningFilter,
  type WarningSort,
  warningsForUpdate,
} from './warning-store.js';

export interface WarningQuery extends Omit<WarningFilter, 'districtCodes'> {
  district?: string;
}

/** The export's cap: a bigger selection must be narrowed by its filters first. */
export const WARNING_EXPORT_CAP = 100_000;

export function filterOf(actor: Actor, query: WarningQuery): WarningFilter {
  const { district, ...rest } = query;
  return { ...rest, districtCodes: scopedDistricts(actor, district) };
}

/**
 * The warnings among `ids` locked for a change, all of them in scope (else NOT_FOUND) and open
 * (else STATE_TRANSITION_INVALID naming the ones that are not): a review acts on all or none.
 */
export async function lockOpenWarnings(
  tx: Parameters<typeof warningsForUpdate>[0],
  actor: Actor,
  ids: string[],
) {
  const unique = [...new Set(ids)];
  const rows = await warningsForUpdate(tx, unique, actor.scope.jurisdictionCodes);
  if (rows.length !== unique.length) throw new AppError('NOT_FOUND', { field: 'ids' });
  const closed = rows.filter((r) => r.status !== 'open');
  if (closed.length)
    throw new AppError('STATE_TRANSITION_INVALID', {
      field: 'ids',
      details: closed.map((r) => ({ field: 'ids', code: `already_${r.status}`, message: r.id })),
    });
  return rows;
}

export function createWarningService(deps: ScreeningDeps) {
  const { db } = deps;

  /** A page of warnings, with the numbers of the clues they went into. */
  async function list(actor: Actor, query: WarningQuery, sort: WarningSort, page: number, pageSize: number) {
    const result = await listWarnings(db, filterOf(actor, query), sort, page, pageSize);
    const numbers = await clueNumbers(
      db,
      result.items.flatMap((w) => (w.clueId ? [w.clueId] : [])),
    );
    return { ...result, clueNumbers: numbers };
  }

  /** One warning with its evidence; reading the evidence (patient references) is audited. */
  async function detail(ctx: RequestContext, actor: Actor, id: string) {
    const warning = await findWarning(db, id, actor.scope.jurisdictionCodes);
    if (!warning) throw new AppError('NOT_FOUND');
    await auditRead(deps.write, ctx, {
      action: 'screening.warning.read',
      entityType: 'screening_warning',
      entityId: id,
      jurisdictionCode: warning.districtCode,
    });
    return { warning, clueNumbers: await clueNumbers(db, warning.clueId ? [warning.clueId] : []) };
  }

  /** Dismisses open warnings with a reason (忽略), all or none, audited with the reason. */
  async function dismiss(ctx: RequestContext, actor: Actor, ids: string[], reason: string) {
    return runWrite(deps.write, ctx, async (w) => {
      const rows = await lockOpenWarnings(w.tx, actor, ids);
      await dismissWarnings(
        w.tx,
        rows.map((r) => r.id),
        reason,
        `${actor.displayName} (${actor.username})`,
        ctx.now(),
      );
      for (const row of rows)
        await w.audit({
          action: 'screening.warning.dismiss',
          entityType: 'screening_warning',
          entityId: row.id,
          jurisdictionCode: row.districtCode,
          before: { status: 'open' },
          after: { status: 'dismissed', reason },
        });
      return { dismissed: rows.length };
    });
  }

  /** Every warning matching the filters (up to the cap), for CSV/XLSX; the export is audited. */
  async function exportRows(
    ctx: RequestContext,
    actor: Actor,
    query: WarningQuery,
    sort: WarningSort,
    format: string,
  ) {
    const result = await listWarnings(db, filterOf(actor, query), sort, 1, WARNING_EXPORT_CAP);
    await auditRead(deps.write, ctx, {
      action: 'screening.warning.export',
      entityType: 'screening_warning',
      entityId: 'export',
      jurisdictionCode: actor.jurisdictionCode,
      after: { format, rows: result.items.length, query },
    });
    return result.items;
  }

  return { list, detail, dismiss, exportRows };
}
