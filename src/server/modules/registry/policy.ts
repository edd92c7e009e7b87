import type { PermissionTable } from '../../platform/auth/permissions.js';

/** Who may do what in the registry. Data scope (which districts) is applied by the service, in SQL. */
export const registryPermissions = {
  'registry.read': {
    roles: ['admin', 'inspector', 'legal_reviewer', 'leader', 'liaison', 'auditor'],
    name: '查看机构与人员',
    nameEn: 'Read the registry',
  },
  'registry.manage': { roles: ['admin'], name: '维护机构与人员', nameEn: 'Maintain the registry' },
  'registry.import': { roles: ['admin'], name: '导入机构与人员', nameEn: 'Import registry data' },
} satisfies PermissionTable;
