/**
 * The URIs of the registry's FHIR R4 mapping (docs/api/fhir.md): identifier systems, code systems
 * and extension URLs in the platform's canonical namespace, and the HL7 terminology it reuses.
 * Canonical URIs identify; they are not promised to resolve. Changing one breaks the round trip
 * with files exported before, so they change only together with a documented migration.
 */
import type { InstitutionCategory } from '../../../../shared/registry.js';

/** The platform's canonical namespace for FHIR artefacts. */
export const FHIR_BASE = 'http://weijian.local/fhir';

/** Identifier systems (NamingSystem URIs). */
export const SID = {
  /** Registry id of an institution (interchange `id`): the unified social credit code or a registry id. */
  institution: `${FHIR_BASE}/sid/institution`,
  /** 统一社会信用代码, GB 32100-2015. */
  uscc: `${FHIR_BASE}/sid/uscc`,
  /** 医疗机构执业许可证登记号. */
  practiceLicence: `${FHIR_BASE}/sid/practice-licence`,
  /** Registry id of a practitioner. */
  practitioner: `${FHIR_BASE}/sid/practitioner`,
  /** 医师执业证书编码. */
  practitionerCertificate: `${FHIR_BASE}/sid/practitioner-certificate`,
} as const;

/** Code systems defined by the platform. */
export const CS = {
  institutionCategory: `${FHIR_BASE}/CodeSystem/institution-category`,
  /** 卫生机构(组织)分类与代码 WS 218-2002, 机构类别代码. */
  ws218: `${FHIR_BASE}/CodeSystem/ws218`,
  /** 医疗机构诊疗科目名录 (卫医发〔1994〕第27号 and amendments), dotted codes. */
  licensedDepartment: `${FHIR_BASE}/CodeSystem/zhenliao-kemu`,
  /** 行政区划代码 GB/T 2260. */
  division: `${FHIR_BASE}/CodeSystem/gb-t-2260`,
  /** 乡镇街道代码 (GB/T 10114 statistical division codes, as registered). */
  street: `${FHIR_BASE}/CodeSystem/street`,
  ownership: `${FHIR_BASE}/CodeSystem/ownership`,
  institutionStatus: `${FHIR_BASE}/CodeSystem/institution-status`,
  practitionerStatus: `${FHIR_BASE}/CodeSystem/practitioner-status`,
  /** 医师执业类别. */
  practitionerCategory: `${FHIR_BASE}/CodeSystem/practitioner-category`,
  /** 专业技术职称. */
  professionalTitle: `${FHIR_BASE}/CodeSystem/professional-title`,
  /** 主要执业机构 / 多点执业. */
  registrationKind: `${FHIR_BASE}/CodeSystem/registration-kind`,
  identifierType: `${FHIR_BASE}/CodeSystem/identifier-type`,
  contactPurpose: `${FHIR_BASE}/CodeSystem/contact-purpose`,
} as const;

/** Extensions defined by the platform (StructureDefinition URLs). */
export const EXT = {
  /** Organization: one per 诊疗科目 on the current practice licence (valueCoding, CS.licensedDepartment). */
  licensedDepartment: `${FHIR_BASE}/StructureDefinition/licensed-department`,
  /** Organization, Practitioner: the registry status active | suspended | revoked (valueCoding). */
  registryStatus: `${FHIR_BASE}/StructureDefinition/registry-status`,
  /** Organization: 公立 / 社会办 (valueCoding, CS.ownership). */
  ownership: `${FHIR_BASE}/StructureDefinition/ownership`,
  /** Organization: 营利性 (valueBoolean). */
  forProfit: `${FHIR_BASE}/StructureDefinition/for-profit`,
  /** Organization: 中医类 (valueBoolean). */
  tcm: `${FHIR_BASE}/StructureDefinition/tcm`,
  /** Organization: 核定床位数 (valueUnsignedInt). */
  bedCount: `${FHIR_BASE}/StructureDefinition/bed-count`,
  /** Address: the district (valueCoding, CS.division). */
  division: `${FHIR_BASE}/StructureDefinition/administrative-division`,
  /** Address: the sub-district 街道 (valueCoding, CS.street; code or display may be absent). */
  street: `${FHIR_BASE}/StructureDefinition/street`,
  /** Practitioner.qualification: one per 执业范围 (valueCoding, CS.licensedDepartment). */
  practiceScope: `${FHIR_BASE}/StructureDefinition/practice-scope`,
} as const;

/** HL7 terminology reused as is. */
export const HL7 = {
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
  organizationType: 'http://terminology.hl7.org/CodeSystem/organization-type',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  physicalType: 'http://terminology.hl7.org/CodeSystem/location-physical-type',
  practitionerRole: 'http://terminology.hl7.org/CodeSystem/practitioner-role',
} as const;

/** Location.type (v3 ServiceDeliveryLocationRoleType) of each institution category. */
export const LOCATION_TYPE: Record<InstitutionCategory, { code: string; display: string }> = {
  general_hospital: { code: 'HOSP', display: 'Hospital' },
  specialty_hospital: { code: 'HOSP', display: 'Hospital' },
  tcm_hospital: { code: 'HOSP', display: 'Hospital' },
  integrated_hospital: { code: 'HOSP', display: 'Hospital' },
  maternal_child: { code: 'HOSP', display: 'Hospital' },
  rehabilitation: { code: 'RH', display: 'Rehabilitation hospital' },
  nursing_home: { code: 'NCCF', display: 'Nursing or custodial care facility' },
  community_health_center: { code: 'COMM', display: 'Community Location' },
  clinic: { code: 'OF', display: 'Outpatient facility' },
  outpatient_department: { code: 'OF', display: 'Outpatient facility' },
  medical_beauty: { code: 'OF', display: 'Outpatient facility' },
  clinical_lab: { code: 'MBL', display: 'medical laboratory' },
};

/** The Organization.contact purpose of the legal representative (法定代表人). */
export const LEGAL_REPRESENTATIVE = 'legal-representative';

/** Location.status of each institution status. */
export const LOCATION_STATUS = { active: 'active', suspended: 'suspended', revoked: 'inactive' } as const;
