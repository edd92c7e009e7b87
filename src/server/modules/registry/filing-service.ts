import type { Actor, RequestContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { runWrite } from '../../platform/write.js';
import { codeNames } from './code-list-store.js';
import type { RegistryDeps } from './deps.js';
import { diffFields } from './domain/changes.js';
import {
  type ClinicFilingInput,
  checkClinicFiling,
  checkTechnologyFiling,
  checkWithdrawal,
  clinicFilingKind,
} from './domain/filing-checks.js';
import { institutionInScope, recordChange, rejectIfAny, todayOf } from './filing-common.js';
import { createFilingReadService } from './filing-read-service.js';
import {
  findClinicFiling,
  findStandingFiling,
  findTechnologyFiling,
  insertTechnologyFilings,
  upsertClinicFilings,
  withdrawTechnologyFiling,
} from './filing-store.js';

export interface TechnologyFilingInput {
  filingNumber: string;
  technologyCode: string;
  departmentCode: string;
  filedOn: string;
}

const codeSet = async (deps: RegistryDeps, list: string) => new Set((await codeNames(deps.db, list)).keys());

/** The fields of a clinic filing as the timeline compares them (API writes and the seed). */
export const clinicFields = (f: {
  filingNumber: string;
  kind: string;
  filedOn: string;
  authorityCode: string;
  departments: string[];
  status: string;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
}) => ({
  clinicFilingNumber: f.filingNumber,
  clinicFilingKind: f.kind,
  clinicFiledOn: f.filedOn,
  clinicFilingAuthority: f.authorityCode,
  clinicFilingDepartments: f.departments,
  clinicFilingStatus: f.status,
  clinicWithdrawnOn: f.withdrawnOn,
  clinicWithdrawalReason: f.withdrawalReason,
});

export function createFilingService(deps: RegistryDeps) {
  const { db } = deps;
  const reads = createFilingReadService(deps);

  /** The institution's filings as they now stand (to answer a write with the record written). */
  const filingsOf = (ctx: RequestContext, institution: { id: string; beds: number }) =>
    reads.forInstitution(institution, todayOf(ctx));

  async function technologyFiling(
    ctx: RequestContext,
    institution: { id: string; beds: number },
    id: number,
  ) {
    const found = (await filingsOf(ctx, institution)).technologyFilings.find((f) => f.id === id);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  }

  /**
   * 限制类技术备案 (医疗技术临床应用管理办法, 国家卫健委令第1号, 2018: restricted technologies are
   * managed by filing): the technology is on the national list and not filed already, it is
   * performed under a licensed 诊疗科目, and the filing is dated no later than today.
   */
  async function fileTechnology(
    ctx: RequestContext,
    actor: Actor,
    institutionId: string,
    input: TechnologyFilingInput,
  ) {
    const { institution, facts } = await institutionInScope(db, actor, institutionId);
    const standing = await findStandingFiling(db, institutionId, input.technologyCode);
    const known = {
      technologies: await codeSet(deps, 'restricted_tech_2022'),
      departments: await codeSet(deps, 'zhenliao_kemu'),
      ...(standing ? { standingNumber: standing.filingNumber } : {}),
    };
    rejectIfAny(ctx, checkTechnologyFiling(input, facts, known, todayOf(ctx)));
    const id = await runWrite(deps.write, ctx, async (w) => {
      const [id] = await insertTechnologyFilings(w.tx, [{ institutionId, ...input, status: 'filed' }]);
      await recordChange(w, {
        institutionId,
        districtCode: institution.districtCode,
        action: 'technologyFiling.create',
        changes: diffFields(null, { ...input }),
      });
      return id as number;
    });
    return technologyFiling(ctx, institution, id);
  }

  /** Withdraws (撤销) a standing technology filing with the date and reason; the record stays. */
  async function withdrawTechnology(
    ctx: RequestContext,
    actor: Actor,
    institutionId: string,
    filingId: number,
    input: { withdrawnOn: string; reason: string },
  ) {
    const { institution } = await institutionInScope(db, actor, institutionId);
    const filing = await findTechnologyFiling(db, institutionId, filingId);
    if (!filing) throw new AppError('NOT_FOUND');
    if (filing.status !== 'filed') throw new AppError('STATE_TRANSITION_INVALID', { field: 'status' });
    rejectIfAny(ctx, checkWithdrawal(filing, input, todayOf(ctx)));
    await runWrite(deps.write, ctx, async (w) => {
      await withdrawTechnologyFiling(w.tx, filingId, {
        withdrawnOn: input.withdrawnOn,
        withdrawalReason: input.reason,
      });
      await recordChange(w, {
        institutionId,
        districtCode: institution.districtCode,
        action: 'technologyFiling.withdraw',
        changes: {
          filingNumber: { from: filing.filingNumber, to: filing.filingNumber },
          technologyCode: { from: filing.technologyCode, to: filing.technologyCode },
          ...diffFields(
            { filingStatus: filing.status, withdrawnOn: null, withdrawalReason: null },
            { filingStatus: 'withdrawn', withdrawnOn: input.withdrawnOn, withdrawalReason: input.reason },
          ),
        },
      });
    });
    return technologyFiling(ctx, institution, filingId);
  }

  /**
   * 诊所备案 (诊所备案制) or 中医诊所备案 (中医诊所备案管理暂行办法, 2017) of a clinic, new or changed
   * (备案变更): the clinic may then practise only the departments filed. The kind follows whether the
   * clinic is a TCM clinic; the authority is its district's health commission.
   */
  async function recordClinicFiling(
    ctx: RequestContext,
    actor: Actor,
    institutionId: string,
    input: ClinicFilingInput,
  ) {
    const { institution, facts } = await institutionInScope(db, actor, institutionId);
    rejectIfAny(ctx, checkClinicFiling(input, facts, await codeSet(deps, 'zhenliao_kemu'), todayOf(ctx)));
    const before = await findClinicFiling(db, institutionId);
    const withdrawn = input.status === 'withdrawn';
    const row = {
      institutionId,
      filingNumber: input.filingNumber,
      kind: clinicFilingKind(facts.isTcm),
      filedOn: input.filedOn,
      authorityCode: facts.districtCode,
      departments: [...input.departments].sort(),
      status: input.status,
      withdrawnOn: withdrawn ? (input.withdrawnOn ?? null) : null,
      withdrawalReason: withdrawn ? (input.reason?.trim() ?? null) : null,
    };
    const changes = diffFields(before ? clinicFields(before) : null, clinicFields(row));
    if (Object.keys(changes).length)
      await runWrite(deps.write, ctx, async (w) => {
        await upsertClinicFilings(w.tx, [row]);
        await recordChange(w, {
          institutionId,
          districtCode: institution.districtCode,
          action: before ? 'clinicFiling.update' : 'clinicFiling.create',
          changes,
        });
      });
    const { clinicFiling } = await filingsOf(ctx, institution);
    if (!clinicFiling) throw new AppError('NOT_FOUND');
    return clinicFiling;
  }

  return { fileTechnology, withdrawTechnology, recordClinicFiling };
}
