/** What the filing and validation services share: the institution in scope, problems, timeline. */
import type { ChangeSource } from '../../../shared/registry.js';
import type { Actor, RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/client.js';
import { AppError, validationFailed } from '../../platform/http/errors.js';
import type { Write } from '../../platform/write.js';
import { shanghaiDate } from './domain/changes.js';
import type { FieldChanges } from './domain/changes.js';
import type { InstitutionFacts } from './domain/filing-checks.js';
import { type FieldProblem, filingProblemMessage } from './domain/filing-problems.js';
import { findInstitution, listLicenceDepartments } from './institution-store.js';
import { insertChanges } from './timeline-store.js';

/**
 * An institution in the actor's scope (属地管理) with the facts the filing rules need; outside the
 * scope it is reported as not found, revealing nothing.
 */
export async function institutionInScope(db: Db, actor: Actor, id: string) {
  const institution = await findInstitution(db, id, actor.scope.jurisdictionCodes);
  if (!institution) throw new AppError('NOT_FOUND');
  const facts: InstitutionFacts = {
    category: institution.category,
    isTcm: institution.isTcm,
    districtCode: institution.districtCode,
    status: institution.status,
    licensedDepartments: institution.licenceNumber
      ? await listLicenceDepartments(db, institution.licenceNumber)
      : null,
  };
  return { institution, facts };
}

/** Throws VALIDATION_FAILED listing every problem, each localised and naming its field. */
export function rejectIfAny(ctx: RequestContext, problems: FieldProblem[]) {
  if (!problems.length) return;
  throw validationFailed(
    problems.map((p) => ({ field: p.field, code: p.code, message: filingProblemMessage(p, ctx.language) })),
  );
}

/** Today in Asia/Shanghai for the request. */
export const todayOf = (ctx: RequestContext) => shanghaiDate(ctx.now());

/** Writes the audit entry and the institution's timeline entry of one change, in the same transaction. */
export async function recordChange(
  w: Write,
  change: {
    institutionId: string;
    districtCode: string;
    action: string;
    changes: FieldChanges;
    source?: ChangeSource;
  },
) {
  const actor = w.ctx.actor;
  await insertChanges(w.tx, [
    {
      entityType: 'institution',
      entityId: change.institutionId,
      at: w.ctx.now(),
      actorId: actor?.userId ?? null,
      actorName: actor ? `${actor.displayName} (${actor.username})` : 'system',
      source: change.source ?? 'ui',
      action: change.action,
      changes: change.changes,
    },
  ]);
  await w.audit({
    action: `registry.${change.action}`,
    entityType: 'institution',
    entityId: change.institutionId,
    jurisdictionCode: change.districtCode,
    before: Object.fromEntries(Object.entries(change.changes).map(([field, c]) => [field, c.from])),
    after: Object.fromEntries(Object.entries(change.changes).map(([field, c]) => [field, c.to])),
  });
}
