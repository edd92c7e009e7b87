import { z } from 'zod';
import { DEPARTMENT_KINDS } from '../../../shared/departments.js';
import { ROLES } from '../../../shared/roles.js';
import { pageQuery, pagedResponse } from '../../platform/http/pagination.js';
import { USER_SORTS } from './user-store.js';

const role = z.enum(ROLES);
const nullableIso = z.string().nullable();

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export const passwordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

export const me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  permissions: z.array(z.string()),
  department: z.object({ id: z.string(), name: z.string(), nameEn: z.string() }).nullable(),
  jurisdiction: z.object({
    code: z.string(),
    name: z.string(),
    nameEn: z.string(),
    level: z.enum(['city', 'district']),
  }),
  mustChangePassword: z.boolean(),
});
export const sessionResponse = z.object({ user: me, csrfToken: z.string() });

export const jurisdiction = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  level: z.enum(['city', 'district']),
  parentCode: z.string().nullable(),
});
export const jurisdictionList = z.object({ items: z.array(jurisdiction) });

export const department = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.string(),
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  jurisdictionNameEn: z.string(),
  active: z.boolean(),
  userCount: z.number().int(),
});
export const departmentPage = pagedResponse(department);
export const departmentQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  jurisdiction: z.string().max(12).optional(),
  kind: z.enum(DEPARTMENT_KINDS).optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export const newDepartmentBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{2,40}$/),
  name: z.string().trim().min(2).max(100),
  nameEn: z.string().trim().min(2).max(200),
  kind: z.enum(DEPARTMENT_KINDS),
  jurisdictionCode: z.string().trim().min(1).max(12),
});
export const departmentPatchBody = z.strictObject({
  name: z.string().trim().min(2).max(100).optional(),
  nameEn: z.string().trim().min(2).max(200).optional(),
  kind: z.enum(DEPARTMENT_KINDS).optional(),
  active: z.boolean().optional(),
});

export const user = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  roles: z.array(role),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  departmentNameEn: z.string().nullable(),
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  jurisdictionNameEn: z.string(),
  status: z.enum(['active', 'disabled']),
  lockedUntil: nullableIso,
  lastLoginAt: nullableIso,
  createdAt: z.string(),
});
export const userPage = pagedResponse(user);
export const userQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  role: role.optional(),
  jurisdiction: z.string().max(12).optional(),
  departmentId: z.uuid().optional(),
  status: z.enum(['active', 'disabled']).optional(),
  sort: z.enum(USER_SORTS).default('username'),
});
export const idParams = z.object({ id: z.uuid() });
const email = z.email().max(200).nullable().optional();
export const newUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z][a-zA-Z0-9._-]{2,31}$/),
  displayName: z.string().trim().min(2).max(50),
  email,
  roles: z.array(role).min(1).max(ROLES.length),
  departmentId: z.uuid(),
});
export const userPatchBody = z.strictObject({
  displayName: z.string().trim().min(2).max(50).optional(),
  email,
  roles: z.array(role).min(1).max(ROLES.length).optional(),
  departmentId: z.uuid().optional(),
  status: z.enum(['active', 'disabled']).optional(),
});
export const createdUser = z.object({ user, initialPassword: z.string() });
export const resetResponse = z.object({ initialPassword: z.string() });

export const rolesResponse = z.object({
  roles: z.array(
    z.object({
      role,
      name: z.string(),
      nameEn: z.string(),
      description: z.string(),
      descriptionEn: z.string(),
      permissions: z.array(z.string()),
    }),
  ),
  permissions: z.array(
    z.object({ key: z.string(), name: z.string(), nameEn: z.string(), module: z.string() }),
  ),
});

export const publicDepartmentQuery = z.object({
  jurisdiction: z.string().max(12).optional(),
  kind: z.enum(DEPARTMENT_KINDS).optional(),
});
export const publicDepartmentList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      nameEn: z.string(),
      kind: z.string(),
      jurisdictionCode: z.string(),
      jurisdictionName: z.string(),
      jurisdictionNameEn: z.string(),
    }),
  ),
});
