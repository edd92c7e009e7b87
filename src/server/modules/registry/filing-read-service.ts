import { codeNames } from './code-list-store.js';
import type { RegistryDeps } from './deps.js';
import { cycleYears, verificationState } from './domain/verification.js';
import { findClinicFiling, listTechnologyFilings } from './filing-store.js';
import { listLicenceHistory } from './licence-history-store.js';
import { listValidations } from './validation-store.js';

const named = (codes: string[], names: Map<string, string>) =>
  codes.map((code) => ({ code, name: names.get(code) ?? code }));

/** The filings, validation periods and licence history of one institution, for its detail page. */
export function createFilingReadService(deps: RegistryDeps) {
  const { db } = deps;

  /**
   * Everything filed about an institution already found in scope, with code names resolved, and
   * where it stands in its 校验 cycle on `today` (domain/verification.ts).
   */
  async function forInstitution(institution: { id: string; beds: number }, today: string) {
    const [departments, technologies, licences, technologyFilings, clinicFiling, validations, districts] =
      await Promise.all([
        codeNames(db, 'zhenliao_kemu'),
        codeNames(db, 'restricted_tech_2022'),
        listLicenceHistory(db, institution.id),
        listTechnologyFilings(db, institution.id),
        findClinicFiling(db, institution.id),
        listValidations(db, institution.id),
        deps.listJurisdictions(),
      ]);
    const authority = clinicFiling ? districts.find((j) => j.code === clinicFiling.authorityCode) : undefined;
    return {
      licences: licences.map(({ departments: codes, ...licence }) => ({
        ...licence,
        departments: named(codes ? codes.split(';') : [], departments),
      })),
      technologyFilings: technologyFilings.map((filing) => ({
        ...filing,
        technologyName: technologies.get(filing.technologyCode) ?? filing.technologyCode,
        departmentName: departments.get(filing.departmentCode) ?? filing.departmentCode,
      })),
      clinicFiling: clinicFiling
        ? {
            ...clinicFiling,
            authorityName: authority?.name ?? clinicFiling.authorityCode,
            authorityNameEn: authority?.nameEn ?? clinicFiling.authorityCode,
            departmentsNamed: named(clinicFiling.departments, departments),
          }
        : null,
      validations,
      verification: {
        // The stored open period, as the list filter reads it (validation-store verificationClause).
        ...verificationState(validations.find((v) => v.result === 'pending') ?? null, today),
        cycleYears: cycleYears(institution.beds),
      },
    };
  }

  return { forInstitution };
}

export type InstitutionFilings = Awaited<
  ReturnType<ReturnType<typeof createFilingReadService>['forInstitution']>
>;
