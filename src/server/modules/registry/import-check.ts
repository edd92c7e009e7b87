import type { RequestContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { codeNames } from './code-list-store.js';
import type { RegistryDeps } from './deps.js';
import { splitList } from './domain/coverage.js';
import type { ImportProblem } from './domain/problems.js';
import { validateDrugs } from './domain/validate-drugs.js';
import { validateInstitutions } from './domain/validate-institutions.js';
import { validatePractitioners } from './domain/validate-practitioners.js';
import { institutionDistricts, licenceOwners, practitionerDistricts } from './import-store.js';

export type RowLike = Readonly<Record<string, string | undefined>>;

/** Where one file's rows came from: its name, and the row a spreadsheet shows for each record. */
export interface RowSource {
  file: string;
  rowNumbers?: readonly number[];
}

/** Rows to import, as read from interchange files (or made by the demo generator). */
export interface RegistryRows {
  institutions?: readonly RowLike[];
  practitioners?: readonly RowLike[];
  drugs?: readonly RowLike[];
  /** For the report; without it rows are numbered from 2 in `institutions.csv` and so on. */
  sources?: Partial<Record<'institutions' | 'practitioners' | 'drugs', RowSource>>;
}

/**
 * The districts an import may name (every district of the actor's city; of the platform for
 * the system) and those it may write to (the actor's scope; every district for the system).
 */
export async function districtSets(deps: RegistryDeps, ctx: RequestContext) {
  const actor = ctx.actor;
  const districts = (await deps.listJurisdictions()).filter(
    (j) => j.level === 'district' && (!actor || j.rootCode === actor.scope.rootCode),
  );
  const known = new Set(districts.map((j) => j.code));
  const allowed = actor
    ? new Set([...known].filter((code) => actor.scope.jurisdictionCodes.includes(code)))
    : known;
  return { known, allowed };
}

const ids = (rows: readonly RowLike[], column: string) =>
  rows.map((row) => row[column]?.trim() ?? '').filter(Boolean);

/**
 * Checks every row of every file before anything is written, against the code lists and what
 * the registry already holds; throws IMPORT_REJECTED listing each problem (file, row, column).
 */
export async function checkImport(deps: RegistryDeps, ctx: RequestContext, rows: RegistryRows) {
  const { db } = deps;
  const lang = ctx.language;
  const departmentCodes = new Set((await codeNames(db, 'zhenliao_kemu')).keys());
  const ws218Codes = new Set((await codeNames(db, 'institution_types_ws218')).keys());
  const { known, allowed } = await districtSets(deps, ctx);
  const src = rows.sources ?? {};
  const institutionRows = rows.institutions ?? [];
  const institutions = validateInstitutions(
    institutionRows,
    {
      lang,
      departmentCodes,
      ws218Codes,
      knownDistricts: known,
      allowedDistricts: allowed,
      existingDistricts: await institutionDistricts(db, ids(institutionRows, 'id')),
      licenceOwners: await licenceOwners(db, ids(institutionRows, 'licence_no')),
    },
    src.institutions?.file,
    src.institutions?.rowNumbers,
  );

  const practitionerRows = rows.practitioners ?? [];
  // Registrations may name institutions of this file (even invalid rows: those are reported there)
  // or of the registry.
  const inFile = new Map(institutionRows.map((r) => [r.id?.trim() ?? '', r.district_code?.trim() ?? '']));
  const referenced = [...new Set(practitionerRows.flatMap((r) => splitList(r.registrations)))];
  const inRegistry = await institutionDistricts(
    db,
    referenced.filter((id) => !inFile.has(id)),
  );
  const practitioners = validatePractitioners(
    practitionerRows,
    {
      lang,
      departmentCodes,
      allowedDistricts: allowed,
      institutionDistricts: new Map([...inRegistry, ...inFile]),
      existingDistricts: await practitionerDistricts(db, ids(practitionerRows, 'id')),
    },
    src.practitioners?.file,
    src.practitioners?.rowNumbers,
  );
  const drugs = validateDrugs(rows.drugs ?? [], lang, src.drugs?.file, src.drugs?.rowNumbers);

  const problems: ImportProblem[] = [...institutions.problems, ...practitioners.problems, ...drugs.problems];
  if (problems.length) {
    const badRows = new Set(problems.map((p) => `${p.file}:${p.row}`)).size;
    throw new AppError('IMPORT_REJECTED', {
      field: problems[0]?.field ?? null,
      params: { count: badRows },
      details: problems,
    });
  }
  return { institutions: institutions.parsed, practitioners: practitioners.parsed, drugs: drugs.parsed };
}
