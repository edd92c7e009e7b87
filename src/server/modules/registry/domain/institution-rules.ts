import { isDepartmentCodeShape } from './coverage.js';

/**
 * The registry's record rules, shared by the bulk import (rows of strings, problems by column) and
 * by create/edit in the staff UI (typed JSON, problems by API field): each caller maps the logical
 * field a rule names to its own column or path, so a rule is written once.
 */
export type RuleParams = Record<string, string | number>;

/** Reports one broken rule: logical field, problem code, message params, and the list item's index. */
export type RuleReport<F extends string> = (
  field: F,
  code: string,
  params?: RuleParams,
  index?: number,
) => void;

/**
 * 诊疗科目 must be codes of the national list (《医疗机构管理条例》第二十七条: 按照核准登记的诊疗科目
 * 开展诊疗活动); 执业范围 are checked the same way. Reports each unknown code with its index.
 */
export function checkDepartmentCodes(
  codes: readonly string[],
  known: ReadonlySet<string>,
  report: (code: string, index: number) => void,
): void {
  codes.forEach((code, index) => {
    if (!known.has(code) || !isDepartmentCodeShape(code)) report(code, index);
  });
}

/** A code list as stored: each code once, in order. */
export const uniqueSorted = (codes: readonly string[]) => [...new Set(codes)].sort();

const TCM: readonly string[] = ['tcm_hospital', 'integrated_hospital'];

/** Whether a category is a TCM institution by default (中医医院, 中西医结合医院). */
export const isTcmCategory = (category: string) => TCM.includes(category);

/** What institutions are checked against, read from the database by the caller. */
export interface InstitutionFacts {
  /** Codes of the 诊疗科目 list. */
  departmentCodes: ReadonlySet<string>;
  ws218Codes: ReadonlySet<string>;
  /** Every district of the actor's city (of the platform for the system), and those it may write to. */
  knownDistricts: ReadonlySet<string>;
  allowedDistricts: ReadonlySet<string>;
  /** District of institutions already in the registry, by id (for scope checks on overwrite). */
  existingDistricts: ReadonlyMap<string, string>;
  /** Owner of licence numbers already in the registry. */
  licenceOwners: ReadonlyMap<string, string>;
}

export type InstitutionRuleField =
  | 'id'
  | 'districtCode'
  | 'ws218Code'
  | 'licence.number'
  | 'licence.validTo'
  | 'licence.departments';

/** The parts of an institution the rules look at; absent values (already reported) are skipped. */
export interface InstitutionCandidate {
  id: string | null;
  districtCode: string | null;
  ws218Code: string | null;
  licence: {
    number: string | null;
    validFrom: string | null;
    validTo: string | null;
    departments: readonly string[];
  };
}

/**
 * The rules of an institution record: its district is a district of the city and in the writer's
 * scope (属地管理), an existing record is in scope too, the licence's validity ends no earlier than
 * it starts, every 诊疗科目 is a code of the list, the WS 218 code is known, and the licence number
 * belongs to no other institution.
 */
export function checkInstitutionRules(
  candidate: InstitutionCandidate,
  facts: InstitutionFacts,
  report: RuleReport<InstitutionRuleField>,
): void {
  const { id, districtCode, ws218Code, licence } = candidate;
  if (districtCode && !facts.knownDistricts.has(districtCode))
    report('districtCode', 'unknown_district', { value: districtCode });
  else if (districtCode && !facts.allowedDistricts.has(districtCode))
    report('districtCode', 'out_of_scope', { value: districtCode });
  const existing = id ? facts.existingDistricts.get(id) : undefined;
  if (id && existing && !facts.allowedDistricts.has(existing)) report('id', 'out_of_scope', { value: id });
  if (licence.validFrom && licence.validTo && licence.validTo < licence.validFrom)
    report('licence.validTo', 'date_range');
  checkDepartmentCodes(licence.departments, facts.departmentCodes, (code, index) =>
    report('licence.departments', 'unknown_department', { value: code }, index),
  );
  if (ws218Code && !facts.ws218Codes.has(ws218Code))
    report('ws218Code', 'unknown_ws218', { value: ws218Code });
  const owner = licence.number ? facts.licenceOwners.get(licence.number) : undefined;
  if (licence.number && owner && owner !== id)
    report('licence.number', 'licence_taken', { value: licence.number, owner });
}
