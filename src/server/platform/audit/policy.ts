import type { PermissionTable } from '../auth/permissions.js';

export const auditPermissions = {
  'audit.read': { roles: ['admin', 'auditor'], name: '查阅审计日志', nameEn: 'Read the audit trail' },
  'audit.verify': { roles: ['admin', 'auditor'], name: '验证审计链', nameEn: 'Verify the audit chain' },
} satisfies PermissionTable;
