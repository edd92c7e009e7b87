/**
 * Problems of a FHIR import in zh-CN and English, and the translation of the interchange checks'
 * problems (file, row, column) back to the Bundle entry and FHIR path they came from, so that one
 * report names `Bundle.entry[3]`, `Organization/abc` and `Organization.name`.
 */
import type { ImportProblem, Lang } from '../domain/problems.js';
import { CS, EXT, SID } from './codes.js';

const MESSAGES: Record<string, Record<Lang, string>> = {
  not_a_bundle: {
    'zh-CN': '不是 FHIR Bundle（resourceType 应为 Bundle）。',
    en: 'Not a FHIR Bundle (resourceType must be Bundle).',
  },
  bundle_type: {
    'zh-CN': 'Bundle.type 为 “{value}”；只接受 collection 或 transaction。',
    en: 'Bundle.type is “{value}”; only collection and transaction are accepted.',
  },
  empty_bundle: { 'zh-CN': 'Bundle 中没有任何条目。', en: 'The Bundle has no entries.' },
  no_resource: { 'zh-CN': '条目缺少 resource。', en: 'The entry has no resource.' },
  unsupported_resource: {
    'zh-CN': '不支持资源类型 {value}；只接受 Organization、Location、Practitioner、PractitionerRole。',
    en: 'Resource type {value} is not supported; only Organization, Location, Practitioner and PractitionerRole are.',
  },
  unsupported_method: {
    'zh-CN': '事务条目的请求方法 {value} 不受支持；只接受 PUT 或 POST。',
    en: 'Request method {value} is not supported in a transaction; use PUT or POST.',
  },
  invalid_type: {
    'zh-CN': '取值类型错误，应为 {expected}。',
    en: 'Wrong type of value; expected {expected}.',
  },
  missing_identifier: {
    'zh-CN': '缺少系统为 {system} 的标识符。',
    en: 'No identifier of system {system}.',
  },
  wrong_system: {
    'zh-CN': '编码系统 “{value}” 不符，应为 {system}。',
    en: 'Code system “{value}” is wrong; expected {system}.',
  },
  unresolved_reference: {
    'zh-CN': '引用 {value} 在 Bundle 中找不到对应的 {type}。',
    en: 'Reference {value} matches no {type} in the Bundle.',
  },
  unresolvable_organization: {
    'zh-CN': '未引用本 Bundle 中的 Organization，也未给出系统为 {system} 的机构标识符。',
    en: 'Neither references an Organization of this Bundle nor gives an identifier of system {system}.',
  },
  missing_kind: {
    'zh-CN': '缺少执业登记类型（{system} 中的 primary 主要执业机构或 multi_site 多点执业）。',
    en: 'The registration kind is missing (primary or multi_site of {system}).',
  },
  primary_count: {
    'zh-CN': '该医师有 {count} 个主要执业机构登记，应当恰好 1 个。',
    en: 'The practitioner has {count} primary registrations; exactly one is required.',
  },
  status_conflict: {
    'zh-CN': 'active 为 {value}，与状态扩展的 {status} 不一致。',
    en: 'active is {value}, which contradicts the status extension’s {status}.',
  },
};

/** A localised FHIR problem; unknown codes fall back to the code itself. */
export function fhirProblem(
  lang: Lang,
  at: { file: string; row: number; column: string },
  code: string,
  params: Record<string, string | number> = {},
): ImportProblem {
  const template = MESSAGES[code]?.[lang] ?? code;
  const message = template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
  return { ...at, field: at.column, value: String(params.value ?? ''), code, params, message };
}

/** A FHIRPath to an extension of the platform (`Organization.extension('…/bed-count')`). */
export const extPath = (base: string, url: string) => `${base}.extension('${url}')`;
/** A FHIRPath to the identifier of a system. */
export const idPath = (base: string, system: string, tail = 'value') =>
  `${base}.identifier.where(system='${system}').${tail}`;

/** The FHIR path each interchange column is read from (docs/api/fhir.md, import). */
export const COLUMN_PATHS: Record<'institutions' | 'practitioners', Record<string, string>> = {
  institutions: {
    id: idPath('Organization', SID.institution),
    name: 'Organization.name',
    category: `Organization.type.coding.where(system='${CS.institutionCategory}')`,
    ws218_code: `Organization.type.coding.where(system='${CS.ws218}')`,
    district_code: extPath('Organization.address', EXT.division),
    licence_no: idPath('Organization', SID.practiceLicence),
    licence_valid_from: idPath('Organization', SID.practiceLicence, 'period.start'),
    licence_valid_to: idPath('Organization', SID.practiceLicence, 'period.end'),
    departments: extPath('Organization', EXT.licensedDepartment),
    status: extPath('Organization', EXT.registryStatus),
    ownership: extPath('Organization', EXT.ownership),
    for_profit: extPath('Organization', EXT.forProfit),
    is_tcm: extPath('Organization', EXT.tcm),
    beds: extPath('Organization', EXT.bedCount),
    street_code: extPath('Organization.address', EXT.street),
    street_name: extPath('Organization.address', EXT.street),
    address: 'Organization.address.text',
    legal_representative: 'Organization.contact.name',
  },
  practitioners: {
    id: idPath('Practitioner', SID.practitioner),
    name: 'Practitioner.name',
    category: `Practitioner.qualification.code.coding.where(system='${CS.practitionerCategory}')`,
    scopes: extPath('Practitioner.qualification', EXT.practiceScope),
    title: `Practitioner.qualification.code.coding.where(system='${CS.professionalTitle}')`,
    status: extPath('Practitioner', EXT.registryStatus),
    registrations: 'PractitionerRole.organization',
    certificate_no: idPath('Practitioner', SID.practitionerCertificate),
  },
};

/** Where each imported row came from, by file and row index (row 2 is index 0). */
export interface RowOrigins {
  institutions: { entry: number; resource: string }[];
  practitioners: { entry: number; resource: string }[];
}

/**
 * Files the problems of the interchange checks (institutions.csv row 5, column licence_no) under
 * the Bundle entry and FHIR path the row and column were read from.
 */
export function locateProblems(
  problems: readonly ImportProblem[],
  origins: RowOrigins,
): (ImportProblem & { resource?: string })[] {
  return problems.map((p) => {
    const kind = p.file.startsWith('institutions')
      ? 'institutions'
      : p.file.startsWith('practitioners')
        ? 'practitioners'
        : null;
    const origin = kind ? origins[kind][p.row - 2] : undefined;
    if (!kind || !origin) return p;
    const column = COLUMN_PATHS[kind][p.column] ?? p.column;
    return {
      ...p,
      file: `Bundle.entry[${origin.entry}]`,
      row: origin.entry,
      column,
      field: column,
      resource: origin.resource,
    };
  });
}
