import { ROLE_LABELS, ROLES, type Role } from '../../../shared/roles.js';
import type { Actor } from '../../platform/context.js';
import type { PermissionTable } from '../../platform/auth/permissions.js';
import { permissionsOf } from '../../platform/auth/permissions.js';
import type { DepartmentWithNames, JurisdictionRow } from './store.js';
import type { UserView } from './user-store.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The staff-facing user shape: never the password hash, failure counters or session data. */
export function presentUser(user: UserView) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles as Role[],
    departmentId: user.departmentId,
    departmentName: user.departmentName,
    departmentNameEn: user.departmentNameEn,
    jurisdictionCode: user.jurisdictionCode,
    jurisdictionName: user.jurisdictionName,
    jurisdictionNameEn: user.jurisdictionNameEn,
    status: user.status,
    lockedUntil: iso(user.lockedUntil),
    lastLoginAt: iso(user.lastLoginAt),
    createdAt: user.createdAt.toISOString(),
  };
}

/** What the audit trail keeps of a user: the same whitelist, so no secret lands in it. */
export function auditedUser(
  user: Pick<
    UserView,
    'username' | 'displayName' | 'email' | 'roles' | 'departmentId' | 'jurisdictionCode' | 'status'
  >,
) {
  const { username, displayName, email, roles, departmentId, jurisdictionCode, status } = user;
  return { username, displayName, email, roles, departmentId, jurisdictionCode, status };
}

export function presentDepartment(department: DepartmentWithNames) {
  return {
    id: department.id,
    code: department.code,
    name: department.name,
    nameEn: department.nameEn,
    kind: department.kind,
    jurisdictionCode: department.jurisdictionCode,
    jurisdictionName: department.jurisdictionName,
    jurisdictionNameEn: department.jurisdictionNameEn,
    active: department.active,
    userCount: department.userCount,
  };
}

export function presentJurisdiction(row: JurisdictionRow) {
  return { code: row.code, name: row.name, nameEn: row.nameEn, level: row.level, parentCode: row.parentCode };
}

export function presentMe(actor: Actor, user: UserView, permissions: PermissionTable) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles as Role[],
    permissions: permissionsOf(permissions, actor.roles),
    department: user.departmentId
      ? { id: user.departmentId, name: user.departmentName ?? '', nameEn: user.departmentNameEn ?? '' }
      : null,
    jurisdiction: {
      code: user.jurisdictionCode,
      name: user.jurisdictionName,
      nameEn: user.jurisdictionNameEn,
      level: actor.scope.isCityWide ? ('city' as const) : ('district' as const),
    },
    mustChangePassword: user.mustChangePassword,
  };
}

export function presentRoles(permissions: PermissionTable) {
  return {
    roles: ROLES.map((role) => ({
      role,
      ...ROLE_LABELS[role],
      permissions: permissionsOf(permissions, [role]),
    })),
    permissions: Object.entries(permissions).map(([key, def]) => ({
      key,
      name: def.name,
      nameEn: def.nameEn,
      module: key.split('.')[0] ?? key,
    })),
  };
}
