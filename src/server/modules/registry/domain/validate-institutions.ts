import {
  INSTITUTION_CATEGORIES,
  INSTITUTION_STATUSES,
  type InstitutionCategory,
  type InstitutionStatus,
  OWNERSHIPS,
  type Ownership,
} from '../../../../shared/registry.js';
import { splitList } from './coverage.js';
import { nameInitials } from './initials.js';
import {
  checkDepartmentCodes,
  checkInstitutionRules,
  type InstitutionFacts,
  type InstitutionRuleField,
  isTcmCategory,
  uniqueSorted,
} from './institution-rules.js';
import {
  type ImportProblem,
  type Lang,
  pickBoolean,
  pickDate,
  pickEnum,
  pickText,
  type Report,
  rowReporter,
} from './problems.js';

export interface ParsedInstitution {
  id: string;
  name: string;
  nameInitials: string;
  category: InstitutionCategory;
  ws218Code: string | null;
  ownership: Ownership;
  forProfit: boolean;
  isTcm: boolean;
  districtCode: string;
  streetCode: string | null;
  streetName: string | null;
  address: string;
  beds: number;
  legalRepresentative: string;
  status: InstitutionStatus;
  licence: { number: string; validFrom: string; validTo: string; departments: string[] };
}

/** What institution rows are checked against, read from the database by the service. */
export interface InstitutionRules extends InstitutionFacts {
  lang: Lang;
}

const COLUMNS: Record<InstitutionRuleField, string> = {
  id: 'id',
  districtCode: 'district_code',
  ws218Code: 'ws218_code',
  'licence.number': 'licence_no',
  'licence.validTo': 'licence_valid_to',
  'licence.departments': 'departments',
};

/** 诊疗科目 (or 执业范围) of an interchange list, each code once, checked against the code list. */
export function pickDepartments(
  report: Report,
  column: string,
  value: string | undefined,
  known: ReadonlySet<string>,
): string[] {
  const codes = uniqueSorted(splitList(value));
  checkDepartmentCodes(codes, known, (code) => report(column, 'unknown_department', { value: code }));
  return codes;
}

function checkOne(
  raw: Readonly<Record<string, string | undefined>>,
  report: Report,
  rules: InstitutionRules,
) {
  const id = pickText(report, 'id', raw.id);
  const name = pickText(report, 'name', raw.name);
  const category = pickEnum(report, 'category', raw.category, INSTITUTION_CATEGORIES);
  const districtCode = pickText(report, 'district_code', raw.district_code);
  const status = pickEnum(report, 'status', raw.status, INSTITUTION_STATUSES);
  const number = pickText(report, 'licence_no', raw.licence_no);
  const validFrom = pickDate(report, 'licence_valid_from', raw.licence_valid_from);
  const validTo = pickDate(report, 'licence_valid_to', raw.licence_valid_to);
  const departments = uniqueSorted(splitList(raw.departments));
  const ws218Code = raw.ws218_code?.trim() || null;
  const ownership = raw.ownership?.trim()
    ? pickEnum(report, 'ownership', raw.ownership, OWNERSHIPS)
    : 'public';
  const bedsText = raw.beds?.trim() || '0';
  if (!/^\d{1,6}$/.test(bedsText)) report('beds', 'invalid_number', { value: bedsText });
  const forProfit = pickBoolean(report, 'for_profit', raw.for_profit, false);
  const isTcm = pickBoolean(report, 'is_tcm', raw.is_tcm, !!category && isTcmCategory(category));
  checkInstitutionRules(
    { id, districtCode, ws218Code, licence: { number, validFrom, validTo, departments } },
    rules,
    (field, code, params) => report(COLUMNS[field], code, params),
  );
  if (
    !id ||
    !name ||
    !category ||
    !districtCode ||
    !status ||
    !number ||
    !validFrom ||
    !validTo ||
    !ownership
  )
    return null;
  return {
    id,
    name,
    nameInitials: nameInitials(name),
    category,
    ws218Code,
    ownership,
    forProfit,
    isTcm,
    districtCode,
    streetCode: raw.street_code?.trim() || null,
    streetName: raw.street_name?.trim() || null,
    address: raw.address?.trim() ?? '',
    beds: Number(bedsText) || 0,
    legalRepresentative: raw.legal_representative?.trim() ?? '',
    status,
    licence: { number, validFrom, validTo, departments },
  } satisfies ParsedInstitution;
}

/**
 * Checks every institution row (required columns, enumerations, dates, 诊疗科目 codes, district
 * and scope, licence ownership, unique ids) and returns the parsed rows with every problem.
 */
export function validateInstitutions(
  rows: readonly Readonly<Record<string, string | undefined>>[],
  rules: InstitutionRules,
  file = 'institutions.csv',
  rowNumbers?: readonly number[],
): { parsed: ParsedInstitution[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const parsed: ParsedInstitution[] = [];
  const firstRow = new Map<string, number>();
  const licenceRow = new Map<string, number>();
  rows.forEach((raw, index) => {
    const row = rowNumbers?.[index] ?? index + 2;
    const report = rowReporter(rules.lang, file, row, problems, raw);
    const id = raw.id?.trim();
    const first = id ? firstRow.get(id) : undefined;
    if (id && first) report('id', 'duplicate_id', { value: id, first });
    else if (id) firstRow.set(id, row);
    const number = raw.licence_no?.trim();
    const licenceFirst = number ? licenceRow.get(number) : undefined;
    if (number && licenceFirst) report('licence_no', 'duplicate_id', { value: number, first: licenceFirst });
    else if (number) licenceRow.set(number, row);
    const institution = checkOne(raw, report, rules);
    if (institution) parsed.push(institution);
  });
  return { parsed, problems };
}
