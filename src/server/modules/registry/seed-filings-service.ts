import type { RequestContext } from '../../platform/context.js';
import { runWrite } from '../../platform/write.js';
import type { RegistryDeps } from './deps.js';
import { diffFields } from './domain/changes.js';
import { clinicFields } from './filing-service.js';
import { insertTechnologyFilings, upsertClinicFilings } from './filing-store.js';
import type { GeneratedFilings } from './seed/filings.js';
import { type ChangeRow, insertChanges } from './timeline-store.js';
import { insertValidations } from './validation-store.js';

/**
 * Writes the demo filings and validation records (seed/filings.ts) in one audited transaction, with
 * a timeline entry (source `seed`) for each filing; validation periods are their own history.
 */
export async function seedFilings(deps: RegistryDeps, ctx: RequestContext, filings: GeneratedFilings) {
  const entry = (institutionId: string, action: string, changes: ChangeRow['changes']): ChangeRow => ({
    entityType: 'institution',
    entityId: institutionId,
    at: ctx.now(),
    actorId: null,
    actorName: 'system',
    source: 'seed',
    action,
    changes,
  });
  const timeline: ChangeRow[] = [];
  for (const f of filings.technologyFilings) {
    const { filingNumber, technologyCode, departmentCode, filedOn } = f;
    timeline.push(
      entry(
        f.institutionId,
        'technologyFiling.create',
        diffFields(null, { filingNumber, technologyCode, departmentCode, filedOn }),
      ),
    );
    if (f.status === 'withdrawn')
      timeline.push(
        entry(f.institutionId, 'technologyFiling.withdraw', {
          filingNumber: { from: filingNumber, to: filingNumber },
          technologyCode: { from: technologyCode, to: technologyCode },
          ...diffFields(
            { filingStatus: 'filed', withdrawnOn: null, withdrawalReason: null },
            { filingStatus: f.status, withdrawnOn: f.withdrawnOn, withdrawalReason: f.withdrawalReason },
          ),
        }),
      );
  }
  for (const f of filings.clinicFilings)
    timeline.push(entry(f.institutionId, 'clinicFiling.create', diffFields(null, clinicFields(f))));
  await runWrite(deps.write, ctx, async (w) => {
    await insertTechnologyFilings(w.tx, filings.technologyFilings);
    await upsertClinicFilings(w.tx, filings.clinicFilings);
    await insertValidations(w.tx, filings.validations);
    await insertChanges(w.tx, timeline);
    await w.audit({
      action: 'registry.filings.seed',
      entityType: 'registry',
      after: {
        technologyFilings: filings.technologyFilings.length,
        clinicFilings: filings.clinicFilings.length,
        validations: filings.validations.length,
      },
    });
  });
}
