import { randomUUID } from 'node:crypto';
import { userCreated } from '../../../shared/events.js';
import type { Role } from '../../../shared/roles.js';
import type { Actor, RequestContext } from '../../platform/context.js';
import { AppError, type ErrorDetail, validationFailed } from '../../platform/http/errors.js';
import { fieldMessage } from '../../platform/i18n/field-messages.js';
import { auditRead, runWrite } from '../../platform/write.js';
import type { IdentityDeps } from './deps.js';
import { generateInitialPassword } from './domain/password.js';
import { isInScope } from './domain/scope.js';
import { auditedUser } from './present.js';
import { deleteUserSessions } from './session-store.js';
import { findDepartment } from './store.js';
import {
  findUserById,
  findUserInScope,
  insertUser,
  listUsers,
  type UserFilter,
  type UserSort,
  updateUser,
  type UserView,
} from './user-store.js';

export interface NewUser {
  username: string;
  displayName: string;
  email?: string | null;
  roles: Role[];
  departmentId: string;
}

export interface UserPatch {
  displayName?: string;
  email?: string | null;
  roles?: Role[];
  departmentId?: string;
  status?: 'active' | 'disabled';
}

const problem = (ctx: RequestContext, field: string, code: string): ErrorDetail => ({
  field,
  code,
  message: fieldMessage(code, ctx.language),
});

export function createUserService(deps: IdentityDeps) {
  const { db } = deps;

  async function list(
    actor: Actor,
    filter: Omit<UserFilter, 'jurisdictionCodes'> & { jurisdiction?: string },
    sort: UserSort,
    page: number,
    pageSize: number,
  ) {
    const codes = filter.jurisdiction
      ? actor.scope.jurisdictionCodes.filter((c) => c === filter.jurisdiction)
      : actor.scope.jurisdictionCodes;
    return listUsers(db, { ...filter, jurisdictionCodes: codes }, sort, page, pageSize);
  }

  /** One user in the actor's scope; reading a user's record (contact details) is audited. */
  async function get(ctx: RequestContext, actor: Actor, id: string): Promise<UserView> {
    const user = await findInScope(actor, id);
    await auditRead(deps.write, ctx, {
      action: 'identity.user.read',
      entityType: 'user',
      entityId: id,
      jurisdictionCode: user.jurisdictionCode,
    });
    return user;
  }

  /** Checks the department exists, is active and lies in the actor's scope; returns its jurisdiction. */
  async function checkDepartment(
    ctx: RequestContext,
    actor: Actor,
    departmentId: string,
    problems: ErrorDetail[],
  ) {
    const department = await findDepartment(db, departmentId);
    if (!department) problems.push(problem(ctx, 'departmentId', 'not_found'));
    else if (!isInScope(actor.scope, department.jurisdictionCode))
      problems.push(problem(ctx, 'departmentId', 'out_of_scope'));
    else if (!department.active) problems.push(problem(ctx, 'departmentId', 'department_inactive'));
    return department;
  }

  function checkRoles(ctx: RequestContext, roles: Role[], problems: ErrorDetail[]) {
    // Institution users need an institution from the registry; until then they cannot be created here.
    if (roles.includes('institution_user')) problems.push(problem(ctx, 'roles', 'role_needs_institution'));
  }

  /** Creates a staff account with a one-time password that must be changed at first sign-in. */
  async function create(ctx: RequestContext, actor: Actor, input: NewUser) {
    const problems: ErrorDetail[] = [];
    const department = await checkDepartment(ctx, actor, input.departmentId, problems);
    checkRoles(ctx, input.roles, problems);
    if (problems.length || !department) throw validationFailed(problems);
    const initialPassword = generateInitialPassword(deps.randomBytes(16));
    const passwordHash = await deps.hasher.hash(initialPassword);
    const id = randomUUID();
    const row = {
      id,
      username: input.username.toLowerCase(),
      displayName: input.displayName,
      email: input.email ?? null,
      roles: input.roles,
      departmentId: department.id,
      jurisdictionCode: department.jurisdictionCode,
      passwordHash,
      mustChangePassword: true,
      status: 'active' as const,
    };
    await runWrite(deps.write, ctx, async (w) => {
      await insertUser(w.tx, row);
      await w.audit({
        action: 'identity.user.create',
        entityType: 'user',
        entityId: id,
        jurisdictionCode: row.jurisdictionCode,
        after: auditedUser(row),
      });
      await w.emit(userCreated.topic, { userId: id, username: row.username, createdBy: actor.userId });
    });
    return { user: await mustFind(id), initialPassword };
  }

  /** A user in the actor's scope; NOT_FOUND otherwise, so other districts' users are not revealed. */
  async function findInScope(actor: Actor, id: string): Promise<UserView> {
    const user = await findUserInScope(db, id, actor.scope.jurisdictionCodes);
    if (!user) throw new AppError('NOT_FOUND');
    return user;
  }

  async function mustFind(id: string): Promise<UserView> {
    const user = await findUserById(db, id);
    if (!user) throw new AppError('NOT_FOUND');
    return user;
  }

  async function update(ctx: RequestContext, actor: Actor, id: string, patch: UserPatch) {
    const before = await findInScope(actor, id);
    const problems: ErrorDetail[] = [];
    const department = patch.departmentId
      ? await checkDepartment(ctx, actor, patch.departmentId, problems)
      : undefined;
    if (patch.roles) checkRoles(ctx, patch.roles, problems);
    if (
      id === actor.userId &&
      (patch.status === 'disabled' || (patch.roles && !patch.roles.includes('admin')))
    ) {
      problems.push(problem(ctx, patch.status === 'disabled' ? 'status' : 'roles', 'self_lockout'));
    }
    if (problems.length) throw validationFailed(problems);
    const changes = {
      ...patch,
      ...(department ? { departmentId: department.id, jurisdictionCode: department.jurisdictionCode } : {}),
    };
    await runWrite(deps.write, ctx, async (w) => {
      await updateUser(w.tx, id, changes);
      if (patch.status === 'disabled') await deleteUserSessions(w.tx, id);
      await w.audit({
        action: 'identity.user.update',
        entityType: 'user',
        entityId: id,
        jurisdictionCode: changes.jurisdictionCode ?? before.jurisdictionCode,
        before: auditedUser(before),
        after: auditedUser({ ...before, ...changes }),
      });
    });
    return mustFind(id);
  }

  async function unlock(ctx: RequestContext, actor: Actor, id: string) {
    const before = await findInScope(actor, id);
    await runWrite(deps.write, ctx, async (w) => {
      await updateUser(w.tx, id, { lockedUntil: null, failedLogins: 0 });
      await w.audit({
        action: 'identity.user.unlock',
        entityType: 'user',
        entityId: id,
        jurisdictionCode: before.jurisdictionCode,
        before: { lockedUntil: before.lockedUntil },
        after: { lockedUntil: null },
      });
    });
    return mustFind(id);
  }

  /** Issues a new one-time password and signs the user out everywhere. */
  async function resetPassword(ctx: RequestContext, actor: Actor, id: string) {
    const before = await findInScope(actor, id);
    const initialPassword = generateInitialPassword(deps.randomBytes(16));
    const passwordHash = await deps.hasher.hash(initialPassword);
    await runWrite(deps.write, ctx, async (w) => {
      await updateUser(w.tx, id, {
        passwordHash,
        mustChangePassword: true,
        lockedUntil: null,
        failedLogins: 0,
      });
      await deleteUserSessions(w.tx, id);
      await w.audit({
        action: 'identity.user.password_reset',
        entityType: 'user',
        entityId: id,
        jurisdictionCode: before.jurisdictionCode,
      });
    });
    return { initialPassword };
  }

  return { list, get, create, update, unlock, resetPassword };
}

export type UserService = ReturnType<typeof createUserService>;
