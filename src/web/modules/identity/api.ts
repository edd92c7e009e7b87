import { api, type QueryValue } from '../../app/api/client';
import type {
  AuditEntry,
  AuditVerifyResult,
  Department,
  DepartmentKind,
  Jurisdiction,
  Paged,
  RoleKey,
  RolesResponse,
  User,
  UserStatus,
} from '../../app/api/types';

type Query = Record<string, QueryValue>;

export const listJurisdictions = (signal?: AbortSignal) =>
  api.get<{ items: Jurisdiction[] }>('/jurisdictions', undefined, signal);

export const listDepartments = (query: Query, signal?: AbortSignal) =>
  api.get<Paged<Department>>('/departments', query, signal);

export interface NewDepartment {
  code: string;
  name: string;
  nameEn: string;
  kind: DepartmentKind;
  jurisdictionCode: string;
}
export type DepartmentPatch = Partial<Pick<Department, 'name' | 'nameEn' | 'kind' | 'active'>>;

export const createDepartment = (body: NewDepartment) => api.post<Department>('/departments', body);
export const patchDepartment = (id: string, body: DepartmentPatch) =>
  api.patch<Department>(`/departments/${encodeURIComponent(id)}`, body);

export const listUsers = (query: Query, signal?: AbortSignal) =>
  api.get<Paged<User>>('/users', query, signal);

export interface NewUser {
  username: string;
  displayName: string;
  email?: string | null;
  roles: RoleKey[];
  departmentId: string;
}
export interface UserPatch {
  displayName?: string;
  email?: string | null;
  roles?: RoleKey[];
  departmentId?: string;
  status?: UserStatus;
}

export const createUser = (body: NewUser) =>
  api.post<{ user: User; initialPassword: string }>('/users', body);
export const patchUser = (id: string, body: UserPatch) =>
  api.patch<User>(`/users/${encodeURIComponent(id)}`, body);
export const unlockUser = (id: string) => api.post<User>(`/users/${encodeURIComponent(id)}/unlock`);
export const resetUserPassword = (id: string) =>
  api.post<{ initialPassword: string }>(`/users/${encodeURIComponent(id)}/reset-password`);

export const getRoles = (signal?: AbortSignal) => api.get<RolesResponse>('/roles', undefined, signal);

export const listAudit = (query: Query, signal?: AbortSignal) =>
  api.get<Paged<AuditEntry>>('/audit', query, signal);
export const verifyAudit = () => api.post<AuditVerifyResult>('/audit/verify');
