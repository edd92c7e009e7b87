import {
  PRACTITIONER_CATEGORIES,
  PRACTITIONER_STATUSES,
  PRACTITIONER_TITLES,
  type PractitionerCategory,
  type PractitionerStatus,
  type PractitionerTitle,
  type RegistrationKind,
} from '../../../../shared/registry.js';
import { splitList } from './coverage.js';
import { nameInitials } from './initials.js';
import { type ImportProblem, type Lang, pickEnum, pickText, type Report, rowReporter } from './problems.js';
import { uniqueSorted } from './institution-rules.js';
import {
  checkPractitionerRules,
  type PractitionerFacts,
  type RegistrationCandidate,
} from './practitioner-rules.js';

export interface ParsedPractitioner {
  id: string;
  name: string;
  nameInitials: string;
  category: PractitionerCategory;
  scopes: string[];
  title: PractitionerTitle;
  status: PractitionerStatus;
  certificateNo: string | null;
  /** The district of the primary institution: the practitioner's data scope. */
  districtCode: string;
  registrations: { institutionId: string; kind: RegistrationKind }[];
}

export interface PractitionerRules extends Omit<PractitionerFacts, 'ending'> {
  lang: Lang;
}

/**
 * Registrations in interchange order: the first institution is the primary one (主要执业机构),
 * the rest multi-site filings (多点执业).
 */
const registrationsOf = (value: string | undefined): RegistrationCandidate[] =>
  splitList(value).map((institutionId, index) => ({
    institutionId,
    kind: index === 0 ? 'primary' : 'multi_site',
  }));

function checkOne(
  raw: Readonly<Record<string, string | undefined>>,
  report: Report,
  rules: PractitionerRules,
) {
  const id = pickText(report, 'id', raw.id);
  const name = pickText(report, 'name', raw.name);
  const category = pickEnum(report, 'category', raw.category, PRACTITIONER_CATEGORIES);
  const title = pickEnum(report, 'title', raw.title, PRACTITIONER_TITLES);
  const status = pickEnum(report, 'status', raw.status, PRACTITIONER_STATUSES);
  // 执业范围 are department-code prefixes of the 诊疗科目 list (医师法 第十四条).
  const scopes = uniqueSorted(splitList(raw.scopes));
  const registrations = registrationsOf(raw.registrations);
  // Unusable registrations (none, unknown or repeated institutions) leave no record to parse.
  let unusable = false;
  const districtCode = checkPractitionerRules({ id, scopes, registrations }, rules, (field, code, params) => {
    const isRegistration = field.startsWith('registrations');
    if (isRegistration && code !== 'out_of_scope') unusable = true;
    report(isRegistration ? 'registrations' : field, code, params);
  });
  if (unusable || !id || !name || !category || !title || !status || !districtCode) return null;
  return {
    id,
    name,
    nameInitials: nameInitials(name),
    category,
    scopes,
    title,
    status,
    certificateNo: raw.certificate_no?.trim() || null,
    districtCode,
    registrations: registrations.map(({ institutionId, kind }) => ({ institutionId, kind })),
  } satisfies ParsedPractitioner;
}

/** Checks every practitioner row and returns the parsed rows with every problem found. */
export function validatePractitioners(
  rows: readonly Readonly<Record<string, string | undefined>>[],
  rules: PractitionerRules,
  file = 'practitioners.csv',
  rowNumbers?: readonly number[],
): { parsed: ParsedPractitioner[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const parsed: ParsedPractitioner[] = [];
  const firstRow = new Map<string, number>();
  rows.forEach((raw, index) => {
    const row = rowNumbers?.[index] ?? index + 2;
    const report = rowReporter(rules.lang, file, row, problems, raw);
    const id = raw.id?.trim();
    const first = id ? firstRow.get(id) : undefined;
    if (id && first) report('id', 'duplicate_id', { value: id, first });
    else if (id) firstRow.set(id, row);
    const practitioner = checkOne(raw, report, rules);
    if (practitioner) parsed.push(practitioner);
  });
  return { parsed, problems };
}
