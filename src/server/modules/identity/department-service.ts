import { randomUUID } from 'node:crypto';
import type { DepartmentKind } from '../../../shared/departments.js';
import type { Actor, RequestContext } from '../../platform/context.js';
import { AppError, validationFailed } from '../../platform/http/errors.js';
import { fieldMessage } from '../../platform/i18n/field-messages.js';
import { runWrite } from '../../platform/write.js';
import type { IdentityDeps } from './deps.js';
import { isInScope } from './domain/scope.js';
import {
  findDepartment,
  findJurisdiction,
  insertDepartment,
  listCityTree,
  listDepartments,
  listPublicDepartments,
  updateDepartment,
} from './store.js';

export interface NewDepartment {
  code: string;
  name: string;
  nameEn: string;
  kind: DepartmentKind;
  jurisdictionCode: string;
}

export type DepartmentPatch = Partial<Pick<NewDepartment, 'name' | 'nameEn' | 'kind'>> & { active?: boolean };

const audited = (d: {
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  jurisdictionCode: string;
  active?: boolean;
}) => ({
  code: d.code,
  name: d.name,
  nameEn: d.nameEn,
  kind: d.kind,
  jurisdictionCode: d.jurisdictionCode,
  active: d.active ?? true,
});

export function createDepartmentService(deps: IdentityDeps) {
  const { db } = deps;

  /** Departments of the actor's whole city: which body is responsible is not secret among staff. */
  async function list(
    actor: Actor,
    filter: { q?: string; jurisdiction?: string; kind?: string; active?: boolean },
    page: number,
    pageSize: number,
  ) {
    const cityCodes = actor.scope.isCityWide
      ? actor.scope.jurisdictionCodes
      : await cityCodesOf(actor.scope.rootCode);
    const codes = filter.jurisdiction ? cityCodes.filter((code) => code === filter.jurisdiction) : cityCodes;
    return listDepartments(db, { ...filter, jurisdictionCodes: codes }, page, pageSize);
  }

  async function cityCodesOf(rootCode: string) {
    return (await listCityTree(db, rootCode)).map((row) => row.code);
  }

  /** An administrator creates departments only inside the jurisdictions of their scope. */
  async function create(ctx: RequestContext, actor: Actor, input: NewDepartment) {
    const jurisdiction = await findJurisdiction(db, input.jurisdictionCode);
    if (!jurisdiction)
      throw validationFailed([
        { field: 'jurisdictionCode', code: 'not_found', message: fieldMessage('not_found', ctx.language) },
      ]);
    if (!isInScope(actor.scope, input.jurisdictionCode))
      throw new AppError('OUT_OF_SCOPE', { field: 'jurisdictionCode' });
    const id = randomUUID();
    await runWrite(deps.write, ctx, async (w) => {
      await insertDepartment(w.tx, { id, ...input });
      await w.audit({
        action: 'identity.department.create',
        entityType: 'department',
        entityId: id,
        jurisdictionCode: input.jurisdictionCode,
        after: audited(input),
      });
    });
    return mustFind(id);
  }

  async function update(ctx: RequestContext, actor: Actor, id: string, patch: DepartmentPatch) {
    const before = await findDepartment(db, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (!isInScope(actor.scope, before.jurisdictionCode)) throw new AppError('OUT_OF_SCOPE');
    await runWrite(deps.write, ctx, async (w) => {
      await updateDepartment(w.tx, id, patch);
      await w.audit({
        action: 'identity.department.update',
        entityType: 'department',
        entityId: id,
        jurisdictionCode: before.jurisdictionCode,
        before: audited(before),
        after: audited({ ...before, ...patch }),
      });
    });
    return mustFind(id);
  }

  async function mustFind(id: string) {
    const department = await findDepartment(db, id);
    if (!department) throw new AppError('NOT_FOUND');
    return department;
  }

  /** The public directory of supervising bodies (portal). */
  function listPublic(filter: { jurisdiction?: string; kind?: string }) {
    return listPublicDepartments(db, filter.jurisdiction ? [filter.jurisdiction] : null, filter.kind);
  }

  return { list, create, update, listPublic };
}

export type DepartmentService = ReturnType<typeof createDepartmentService>;
