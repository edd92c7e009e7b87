import type { PermissionTable } from '../../platform/auth/permissions.js';

/** Who may do what in identity. Data scope (which jurisdictions) is applied by the service. */
export const identityPermissions = {
  'identity.jurisdictions.read': {
    roles: ['admin', 'inspector', 'legal_reviewer', 'leader', 'liaison', 'auditor'],
    name: '查看辖区',
    nameEn: 'Read jurisdictions',
  },
  'identity.departments.read': {
    roles: ['admin', 'inspector', 'legal_reviewer', 'leader', 'liaison', 'auditor'],
    name: '查看部门',
    nameEn: 'Read departments',
  },
  'identity.departments.manage': { roles: ['admin'], name: '管理部门', nameEn: 'Manage departments' },
  'identity.users.read': { roles: ['admin', 'leader', 'auditor'], name: '查看用户', nameEn: 'Read users' },
  'identity.users.manage': { roles: ['admin'], name: '管理用户', nameEn: 'Manage users' },
  'identity.roles.read': {
    roles: ['admin', 'auditor', 'leader'],
    name: '查看角色权限',
    nameEn: 'Read roles',
  },
} satisfies PermissionTable;
