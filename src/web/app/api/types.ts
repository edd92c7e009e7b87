export type RoleKey =
  | 'admin'
  | 'inspector'
  | 'legal_reviewer'
  | 'leader'
  | 'liaison'
  | 'institution_user'
  | 'auditor';

export const ROLE_KEYS: readonly RoleKey[] = [
  'admin',
  'inspector',
  'legal_reviewer',
  'leader',
  'liaison',
  'institution_user',
  'auditor',
];

export type DepartmentKind =
  | 'health_commission'
  | 'health_supervision'
  | 'market_regulation'
  | 'medical_insurance'
  | 'drug_administration'
  | 'tcm'
  | 'cdc'
  | 'public_security'
  | 'court'
  | 'procuratorate';

export const DEPARTMENT_KINDS: readonly DepartmentKind[] = [
  'health_commission',
  'health_supervision',
  'market_regulation',
  'medical_insurance',
  'drug_administration',
  'tcm',
  'cdc',
  'public_security',
  'court',
  'procuratorate',
];

export type JurisdictionLevel = 'city' | 'district';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  roles: RoleKey[];
  permissions: string[];
  department: { id: string; name: string; nameEn: string } | null;
  jurisdiction: { code: string; name: string; nameEn: string; level: JurisdictionLevel };
  mustChangePassword: boolean;
}

export interface SessionResponse {
  user: Me;
  csrfToken: string;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Jurisdiction {
  code: string;
  name: string;
  nameEn: string;
  level: JurisdictionLevel;
  parentCode: string | null;
}

export interface Department {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  kind: DepartmentKind;
  jurisdictionCode: string;
  jurisdictionName: string;
  jurisdictionNameEn: string;
  active: boolean;
  userCount: number;
}

export type UserStatus = 'active' | 'disabled';

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: RoleKey[];
  departmentId: string | null;
  departmentName: string | null;
  departmentNameEn: string | null;
  jurisdictionCode: string | null;
  jurisdictionName: string | null;
  jurisdictionNameEn: string | null;
  status: UserStatus;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export type UserSort = 'username' | '-createdAt' | 'displayName' | '-lastLoginAt';

export interface RoleInfo {
  role: RoleKey;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  permissions: string[];
}

export interface PermissionInfo {
  key: string;
  name: string;
  nameEn: string;
  module: string;
}

export interface RolesResponse {
  roles: RoleInfo[];
  permissions: PermissionInfo[];
}

export interface AuditEntry {
  id: number | string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  jurisdictionCode: string | null;
  requestId: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditVerifyResult {
  intact: boolean;
  checked: number;
  firstBrokenId: number | null;
  reason: string | null;
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage extends Paged<Notification> {
  unreadCount: number;
}

export interface PublicDepartment {
  id: string;
  name: string;
  nameEn: string;
  kind: DepartmentKind;
  jurisdictionCode: string;
  jurisdictionName: string;
  jurisdictionNameEn: string;
}
