/**
 * Registry (机构与人员) enumerations with their zh-CN / en labels, and the interchange-v1 row
 * shapes (shared/spec/interchange-v1.md), used by the server, the web app and the demo generator.
 */
export interface RegistryLabel {
  name: string;
  nameEn: string;
}
type Labels<T extends string> = Record<T, RegistryLabel>;

export const INSTITUTION_CATEGORIES = [
  'general_hospital',
  'specialty_hospital',
  'tcm_hospital',
  'integrated_hospital',
  'community_health_center',
  'clinic',
  'outpatient_department',
  'medical_beauty',
  'maternal_child',
  'rehabilitation',
  'nursing_home',
  'clinical_lab',
] as const;
export type InstitutionCategory = (typeof INSTITUTION_CATEGORIES)[number];
export const INSTITUTION_CATEGORY_LABELS: Labels<InstitutionCategory> = {
  general_hospital: { name: '综合医院', nameEn: 'General hospital' },
  specialty_hospital: { name: '专科医院', nameEn: 'Specialty hospital' },
  tcm_hospital: { name: '中医医院', nameEn: 'TCM hospital' },
  integrated_hospital: { name: '中西医结合医院', nameEn: 'Integrated TCM and Western hospital' },
  community_health_center: { name: '社区卫生服务中心', nameEn: 'Community health centre' },
  clinic: { name: '诊所', nameEn: 'Clinic' },
  outpatient_department: { name: '门诊部', nameEn: 'Outpatient department' },
  medical_beauty: { name: '医疗美容机构', nameEn: 'Medical beauty institution' },
  maternal_child: { name: '妇幼保健院', nameEn: 'Maternal and child health hospital' },
  rehabilitation: { name: '康复医院', nameEn: 'Rehabilitation hospital' },
  nursing_home: { name: '护理院', nameEn: 'Nursing home' },
  clinical_lab: { name: '医学检验实验室', nameEn: 'Clinical laboratory' },
};

export const INSTITUTION_STATUSES = ['active', 'suspended', 'revoked'] as const;
export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];
export const INSTITUTION_STATUS_LABELS: Labels<InstitutionStatus> = {
  active: { name: '正常执业', nameEn: 'Active' },
  suspended: { name: '暂停执业', nameEn: 'Suspended' },
  revoked: { name: '已注销/吊销', nameEn: 'Revoked' },
};

export const OWNERSHIPS = ['public', 'private'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
export const OWNERSHIP_LABELS: Labels<Ownership> = {
  public: { name: '公立', nameEn: 'Public' },
  private: { name: '社会办', nameEn: 'Private' },
};

export const PRACTITIONER_CATEGORIES = ['clinical', 'tcm', 'dental', 'public_health'] as const;
export type PractitionerCategory = (typeof PRACTITIONER_CATEGORIES)[number];
export const PRACTITIONER_CATEGORY_LABELS: Labels<PractitionerCategory> = {
  clinical: { name: '临床', nameEn: 'Clinical' },
  tcm: { name: '中医', nameEn: 'TCM' },
  dental: { name: '口腔', nameEn: 'Dental' },
  public_health: { name: '公共卫生', nameEn: 'Public health' },
};

export const PRACTITIONER_TITLES = ['resident', 'attending', 'associate_chief', 'chief'] as const;
export type PractitionerTitle = (typeof PRACTITIONER_TITLES)[number];
export const PRACTITIONER_TITLE_LABELS: Labels<PractitionerTitle> = {
  resident: { name: '住院医师', nameEn: 'Resident' },
  attending: { name: '主治医师', nameEn: 'Attending' },
  associate_chief: { name: '副主任医师', nameEn: 'Associate chief' },
  chief: { name: '主任医师', nameEn: 'Chief' },
};

export const PRACTITIONER_STATUSES = ['active', 'suspended', 'revoked'] as const;
export type PractitionerStatus = (typeof PRACTITIONER_STATUSES)[number];
export const PRACTITIONER_STATUS_LABELS: Labels<PractitionerStatus> = {
  active: { name: '正常', nameEn: 'Active' },
  suspended: { name: '暂停执业', nameEn: 'Suspended' },
  revoked: { name: '注销', nameEn: 'Revoked' },
};

export const REGISTRATION_KINDS = ['primary', 'multi_site'] as const;
export type RegistrationKind = (typeof REGISTRATION_KINDS)[number];
export const REGISTRATION_KIND_LABELS: Labels<RegistrationKind> = {
  primary: { name: '主要执业机构', nameEn: 'Primary' },
  multi_site: { name: '多点执业', nameEn: 'Multi-site' },
};

export const CHANGE_SOURCES = ['ui', 'import', 'seed'] as const;
export type ChangeSource = (typeof CHANGE_SOURCES)[number];

export const CODE_LIST_IDS = [
  'zhenliao_kemu',
  'institution_types_ws218',
  'physician_category_scope',
  'antimicrobial_levels',
  'restricted_tech_2022',
] as const;
export type CodeListId = (typeof CODE_LIST_IDS)[number];

/** Interchange-v1 columns, in file order: required first, then optional extras. */
export const INSTITUTION_COLUMNS = [
  'id',
  'name',
  'category',
  'district_code',
  'licence_no',
  'licence_valid_from',
  'licence_valid_to',
  'departments',
  'status',
] as const;
export const INSTITUTION_EXTRA_COLUMNS = [
  'ws218_code',
  'ownership',
  'for_profit',
  'is_tcm',
  'street_code',
  'street_name',
  'address',
  'beds',
  'legal_representative',
] as const;
export const PRACTITIONER_COLUMNS = [
  'id',
  'name',
  'category',
  'scopes',
  'title',
  'status',
  'registrations',
] as const;
export const PRACTITIONER_EXTRA_COLUMNS = ['certificate_no'] as const;
export const DRUG_COLUMNS = ['code', 'name', 'antibiotic_level', 'price_cap'] as const;

/** Rows as read from interchange files: every value a string; lists separated by `;`. */
export type InterchangeInstitution = Record<(typeof INSTITUTION_COLUMNS)[number], string> &
  Partial<Record<(typeof INSTITUTION_EXTRA_COLUMNS)[number], string>>;
export type InterchangePractitioner = Record<(typeof PRACTITIONER_COLUMNS)[number], string> &
  Partial<Record<(typeof PRACTITIONER_EXTRA_COLUMNS)[number], string>>;
export type InterchangeDrug = Record<(typeof DRUG_COLUMNS)[number], string>;

/** Chinese labels of the export columns (XLSX header row). */
export const COLUMN_LABELS: Record<string, string> = {
  id: '编码',
  name: '名称',
  category: '类别',
  district_code: '区划代码',
  licence_no: '执业许可证号',
  licence_valid_from: '许可证有效期起',
  licence_valid_to: '许可证有效期至',
  departments: '诊疗科目',
  status: '状态',
  scopes: '执业范围',
  title: '职称',
  registrations: '执业机构（首个为主要执业机构）',
  code: '药品编码',
  antibiotic_level: '抗菌药物级别',
  price_cap: '最高限价（元）',
  ws218_code: '机构类别代码（WS 218）',
  ownership: '举办性质',
  for_profit: '营利性',
  is_tcm: '中医类',
  street_code: '街道代码',
  street_name: '街道',
  address: '地址',
  beds: '床位数',
  legal_representative: '法定代表人',
  certificate_no: '执业证书编号',
};
