import type { Actor, RequestContext } from '../../platform/context.js';
import { runWrite } from '../../platform/write.js';
import type { RegistryDeps } from './deps.js';
import { checkValidationDecision, type ValidationDecision } from './domain/filing-checks.js';
import { cycleYears, nextPeriod, openPeriod, periodFrom } from './domain/verification.js';
import { institutionInScope, recordChange, rejectIfAny, todayOf } from './filing-common.js';
import { createFilingReadService } from './filing-read-service.js';
import { decideValidation, insertValidations, listValidations } from './validation-store.js';

const span = (p: { periodStart: string; periodEnd: string }) => `${p.periodStart} ~ ${p.periodEnd}`;

export function createValidationService(deps: RegistryDeps) {
  const { db } = deps;
  const reads = createFilingReadService(deps);

  /**
   * Records the result of an institution's 校验 (医疗机构管理条例 第二十二条; 医疗机构校验管理办法)
   * for its open period — or, when it has none on record, for the period starting on `periodStart`
   * — and opens the next period: the cycle for its beds after 校验合格, 1 year after 暂缓校验.
   * Returns the decided period and where the institution now stands.
   */
  async function recordValidation(
    ctx: RequestContext,
    actor: Actor,
    institutionId: string,
    input: ValidationDecision,
  ) {
    const { institution, facts } = await institutionInScope(db, actor, institutionId);
    const history = await listValidations(db, institutionId);
    const open = openPeriod(history, institution.beds);
    rejectIfAny(ctx, checkValidationDecision(input, open, facts, todayOf(ctx)));
    const period = open ?? periodFrom(input.periodStart as string, cycleYears(institution.beds));
    const stored = history.find((r) => r.result === 'pending');
    const decision = {
      result: input.result,
      reason: input.result === 'deferred' ? (input.reason?.trim() ?? null) : null,
      decidedOn: input.decidedOn,
      decidedBy: input.decidedBy.trim(),
    };
    const next = nextPeriod({ periodEnd: period.periodEnd, result: input.result }, institution.beds);
    await runWrite(deps.write, ctx, async (w) => {
      if (stored) await decideValidation(w.tx, stored.id, decision);
      else await insertValidations(w.tx, [{ institutionId, ...period, ...decision }]);
      await insertValidations(w.tx, [{ institutionId, ...next, result: 'pending' }]);
      await recordChange(w, {
        institutionId,
        districtCode: institution.districtCode,
        action: 'validation.record',
        changes: {
          validationPeriod: { from: span(period), to: span(period) },
          validationResult: { from: 'pending', to: decision.result },
          ...(decision.reason ? { validationReason: { from: null, to: decision.reason } } : {}),
          decidedOn: { from: null, to: decision.decidedOn },
          decidedBy: { from: null, to: decision.decidedBy },
          nextValidationPeriod: { from: null, to: span(next) },
        },
      });
    });
    const now = await reads.forInstitution(institution, todayOf(ctx));
    const decided = now.validations.find((v) => v.periodStart === period.periodStart);
    return { validation: decided as NonNullable<typeof decided>, verification: now.verification };
  }

  return { recordValidation };
}
