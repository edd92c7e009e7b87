/** The roles of the platform. Permissions name the roles that hold them (each module's policy.ts). */
export const ROLES = [
  'admin',
  'inspector',
  'legal_reviewer',
  'leader',
  'liaison',
  'institution_user',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<
  Role,
  { name: string; nameEn: string; description: string; descriptionEn: string }
> = {
  admin: {
    name: '系统管理员',
    nameEn: 'System administrator',
    description: '管理辖区内的部门、用户与角色，查看审计日志。',
    descriptionEn: 'Manages departments, users and roles in the jurisdiction; reads the audit trail.',
  },
  inspector: {
    name: '执法人员',
    nameEn: 'Inspector',
    description: '持有执法证件，开展监督检查、调查取证和案件办理。',
    descriptionEn: 'Certified enforcement officer: inspects, investigates and handles cases.',
  },
  legal_reviewer: {
    name: '法制审核人员',
    nameEn: 'Legal reviewer',
    description: '对重大执法决定进行法制审核。',
    descriptionEn: 'Reviews the legality of major enforcement decisions.',
  },
  leader: {
    name: '审批领导',
    nameEn: 'Approving leader',
    description: '审批立案、处罚决定、计划等事项。',
    descriptionEn: 'Approves case filings, penalty decisions and plans.',
  },
  liaison: {
    name: '部门联络员',
    nameEn: 'Department liaison',
    description: '其他部门（市场监管、医保、药监、公安、法院、检察院等）的协同人员，共享线索、案件和结果。',
    descriptionEn: 'Staff of a partner department who share clues, cases and results.',
  },
  institution_user: {
    name: '机构用户',
    nameEn: 'Institution user',
    description: '医疗卫生机构的用户，只能查看和填报本机构的数据。',
    descriptionEn: "A medical institution's own user; sees and files only its own institution's data.",
  },
  auditor: {
    name: '审计员',
    nameEn: 'Auditor',
    description: '查阅辖区内的审计日志并验证其完整性。',
    descriptionEn: 'Reads the audit trail of the jurisdiction and verifies its integrity.',
  },
};

export const STAFF_ROLES: Role[] = ROLES.filter((role) => role !== 'institution_user');
