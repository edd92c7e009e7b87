import type { PermissionTable } from '../../platform/auth/permissions.js';

/** Who may do what in non-site screening. Data scope (which districts) is applied by the service, in SQL. */
export const screeningPermissions = {
  'screening.read': {
    roles: ['admin', 'inspector', 'legal_reviewer', 'leader', 'auditor'],
    name: '查看非现场监管预警',
    nameEn: 'Read screening batches, warnings and clues',
  },
  'screening.upload': {
    roles: ['admin', 'inspector'],
    name: '上传诊疗记录批次',
    nameEn: 'Upload service-record batches',
  },
  'screening.review': {
    roles: ['admin', 'inspector'],
    name: '处置预警（忽略、转线索）',
    nameEn: 'Review warnings (dismiss, make clues)',
  },
} satisfies PermissionTable;
