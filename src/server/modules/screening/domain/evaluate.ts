/**
 * R1–R8 as pure functions of the interned facts (facts.ts). `screenRecord` applies each rule
 * wherever the facts it needs are known (R8 reports what is unknown): R1 and R2 need the
 * institution; R3 the institution and the practitioner; R4 and R5 the practitioner; R6 the
 * practitioner and the drug; R7 the drug; R6 and R7 concern drug records only.
 */
import { isCovered } from '../../../../shared/coverage.js';
import type { Department, DrugFacts, InstitutionFacts, PractitionerFacts } from './facts.js';

export const BIT = {
  R1: 1,
  R2: 2,
  R3: 4,
  R4: 8,
  R5: 16,
  R6: 32,
  R7: 64,
  R8: 128,
} as const;

/** R1: the institution is not active, or the date is outside its licence validity. */
export const licenceInvalid = (institution: InstitutionFacts, date: number) =>
  !institution.active || date < institution.validFrom || date > institution.validTo;

/**
 * The coverage rule for `granted` codes, memoised per department index: in `memo` (1 covered,
 * 2 not) for the first MEMO_DEPARTMENTS department codes seen, computed each time beyond that.
 */
export const MEMO_DEPARTMENTS = 256;
function covered(memo: Uint8Array, granted: readonly string[], department: Department): boolean {
  const at = department.index;
  if (at >= MEMO_DEPARTMENTS) return isCovered(granted, department.code);
  const known = memo[at];
  if (known) return known === 1;
  const result = isCovered(granted, department.code);
  memo[at] = result ? 1 : 2;
  return result;
}

/** R2: no licensed department of the institution covers the record's department. */
export const deptNotLicensed = (institution: InstitutionFacts, department: Department) =>
  !covered(institution.coverage, institution.departments, department);

/** R3: the institution is not among the practitioner's registrations. */
export function notRegisteredHere(practitioner: PractitionerFacts, institution: InstitutionFacts): boolean {
  const registrations = practitioner.registrations;
  const index = institution.index;
  for (let i = practitioner.registrationsFrom; i < practitioner.registrationsTo; i += 1)
    if (registrations[i] === index) return false;
  return true;
}

/** R4: no practice scope of the practitioner covers the record's department. */
export const outOfScope = (practitioner: PractitionerFacts, department: Department) =>
  !covered(practitioner.coverage, practitioner.scopes, department);

/** R5: the practitioner is suspended or revoked. */
export const practitionerNotActive = (practitioner: PractitionerFacts) => !practitioner.active;

/** R6: the drug's antibiotic level is above what the practitioner's title may prescribe. */
export const antibioticPrivilege = (practitioner: PractitionerFacts, drug: DrugFacts) =>
  drug.antibioticLevel > practitioner.maxLevel;

/** R7: the drug's unit price is above its price cap. */
export const priceOverCap = (drug: DrugFacts, unitPrice: number) => unitPrice > drug.priceCap;

/** One record as the rules see it; `undefined` facts are references missing from the registry. */
export interface RecordFacts {
  institution: InstitutionFacts | undefined;
  practitioner: PractitionerFacts | undefined;
  /** Only looked at when `isDrug`. */
  drug: DrugFacts | undefined;
  isDrug: boolean;
  department: Department;
  date: number;
  unitPrice: number;
}

/** The R1–R8 findings of one record as a bit mask (BIT). */
export function screenRecord(r: RecordFacts): number {
  const { institution, practitioner, isDrug } = r;
  const drug = isDrug ? r.drug : undefined;
  let mask = 0;
  if (institution) {
    if (licenceInvalid(institution, r.date)) mask |= BIT.R1;
    if (deptNotLicensed(institution, r.department)) mask |= BIT.R2;
    if (practitioner && notRegisteredHere(practitioner, institution)) mask |= BIT.R3;
  }
  if (practitioner) {
    if (outOfScope(practitioner, r.department)) mask |= BIT.R4;
    if (practitionerNotActive(practitioner)) mask |= BIT.R5;
    if (drug && antibioticPrivilege(practitioner, drug)) mask |= BIT.R6;
  }
  if (drug && priceOverCap(drug, r.unitPrice)) mask |= BIT.R7;
  if (!institution || !practitioner || (isDrug && !drug)) mask |= BIT.R8;
  return mask;
}
