import type { RegistrationKind } from '../../../../shared/registry.js';
import { checkDepartmentCodes, type RuleReport } from './institution-rules.js';

/** What practitioners are checked against, read from the database by the caller. */
export interface PractitionerFacts {
  departmentCodes: ReadonlySet<string>;
  allowedDistricts: ReadonlySet<string>;
  /** District of every institution a registration may name. */
  institutionDistricts: ReadonlyMap<string, string>;
  /** District of practitioners already in the registry, by id. */
  existingDistricts: ReadonlyMap<string, string>;
  /**
   * Registrations that may be ended (`institutionId|kind` of the current ones) and today, when
   * registrations carry end dates (the staff UI); the import names current registrations only.
   */
  ending?: { current: ReadonlySet<string>; today: string };
}

export type PractitionerRuleField =
  | 'id'
  | 'scopes'
  | 'registrations'
  | 'registrations.institutionId'
  | 'registrations.validTo';

/** A registration as submitted: without `validTo` it is current; with it, it ends on that date. */
export interface RegistrationCandidate {
  institutionId: string;
  kind: RegistrationKind;
  validFrom?: string | null;
  validTo?: string | null;
}

export const registrationKey = (r: { institutionId: string; kind: string }) => `${r.institutionId}|${r.kind}`;

function checkEnding(
  reg: RegistrationCandidate,
  index: number,
  facts: PractitionerFacts,
  report: RuleReport<PractitionerRuleField>,
) {
  const { validFrom, validTo } = reg;
  if (!validTo) return;
  if (validFrom && validTo < validFrom) report('registrations.validTo', 'date_range', {}, index);
  if (!facts.ending) return;
  // A registration with an end date is history: it can end today at the latest, and only a current one ends.
  if (validTo > facts.ending.today)
    report('registrations.validTo', 'end_in_future', { today: facts.ending.today }, index);
  if (!facts.ending.current.has(registrationKey(reg)))
    report('registrations.validTo', 'end_not_current', { value: reg.institutionId }, index);
}

/**
 * The rules of a practitioner record (《医师执业注册管理办法》: one 主要执业机构, further places by
 * 多点执业 filing): every 执业范围 is a 诊疗科目 code; registrations name existing institutions,
 * none twice, with consistent dates; exactly one current registration is primary; its institution's
 * district is the practitioner's data scope and must be the writer's, as must an existing record's.
 * Returns that district (null when it cannot be known).
 */
export function checkPractitionerRules(
  candidate: {
    id: string | null;
    scopes: readonly string[];
    registrations: readonly RegistrationCandidate[];
  },
  facts: PractitionerFacts,
  report: RuleReport<PractitionerRuleField>,
): string | null {
  const { id, scopes, registrations } = candidate;
  checkDepartmentCodes(scopes, facts.departmentCodes, (code, index) =>
    report('scopes', 'unknown_department', { value: code }, index),
  );
  if (!registrations.length) report('registrations', 'required');
  const current = new Set<string>();
  const ended = new Set<string>();
  registrations.forEach((reg, index) => {
    const seen = reg.validTo ? ended : current;
    const key = reg.validTo ? registrationKey(reg) : reg.institutionId;
    if (seen.has(key))
      report('registrations.institutionId', 'duplicate_registration', { value: reg.institutionId }, index);
    seen.add(key);
    if (!facts.institutionDistricts.has(reg.institutionId))
      report('registrations.institutionId', 'unknown_institution', { value: reg.institutionId }, index);
    checkEnding(reg, index, facts, report);
  });
  const primaries = registrations.filter((r) => r.kind === 'primary' && !r.validTo);
  if (registrations.length && primaries.length !== 1)
    report('registrations', 'primary_count', { count: primaries.length });
  const primary = primaries.length === 1 ? primaries[0] : undefined;
  const districtCode = primary ? facts.institutionDistricts.get(primary.institutionId) : undefined;
  if (primary && districtCode && !facts.allowedDistricts.has(districtCode))
    report(
      'registrations.institutionId',
      'out_of_scope',
      { value: primary.institutionId },
      registrations.indexOf(primary),
    );
  const existing = id ? facts.existingDistricts.get(id) : undefined;
  if (id && existing && !facts.allowedDistricts.has(existing)) report('id', 'out_of_scope', { value: id });
  return districtCode ?? null;
}
