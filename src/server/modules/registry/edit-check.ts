import type { RequestContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/client.js';
import { codeNames } from './code-list-store.js';
import type { RegistryDeps } from './deps.js';
import { shanghaiDate } from './domain/changes.js';
import { checkInstitutionRules, type InstitutionCandidate } from './domain/institution-rules.js';
import {
  checkPractitionerRules,
  type RegistrationCandidate,
  registrationKey,
} from './domain/practitioner-rules.js';
import { institutionPlaces } from './edit-store.js';
import { problemList, refuseProblems } from './edit-errors.js';
import { districtSets } from './import-check.js';
import { institutionDistricts, licenceOwners, practitionerDistricts } from './import-store.js';

/**
 * The districts of the actor's city and those it may write to; read before the write's
 * transaction (they come from identity, outside it).
 */
export type Districts = Awaited<ReturnType<typeof districtSets>>;
export const writableDistricts = (deps: RegistryDeps, ctx: RequestContext) => districtSets(deps, ctx);

const departmentCodes = async (db: Db) => new Set((await codeNames(db, 'zhenliao_kemu')).keys());

/** `licence.departments` and item 2 → `licence.departments[2]`. */
const itemPath = (field: string, index?: number) => (index === undefined ? field : `${field}[${index}]`);

/**
 * Checks an institution about to be created or changed with the import's rules (domain/
 * institution-rules.ts), against the code lists, the actor's districts and the registry; throws
 * with every problem named by its API field. A licence number held by an institution outside the
 * actor's scope is reported without naming that institution.
 */
export async function checkInstitution(
  ctx: RequestContext,
  db: Db,
  { known, allowed }: Districts,
  candidate: InstitutionCandidate & { id: string },
): Promise<void> {
  const number = candidate.licence.number;
  const owners = await licenceOwners(db, number ? [number] : []);
  const ownerDistricts = await institutionDistricts(db, [...owners.values()]);
  const facts = {
    departmentCodes: await departmentCodes(db),
    ws218Codes: new Set((await codeNames(db, 'institution_types_ws218')).keys()),
    knownDistricts: known,
    allowedDistricts: allowed,
    existingDistricts: await institutionDistricts(db, [candidate.id]),
    licenceOwners: owners,
  };
  const problems = problemList(ctx);
  checkInstitutionRules(candidate, facts, (field, code, params = {}, index) => {
    const owner = String(params.owner ?? '');
    const hidden = code === 'licence_taken' && !allowed.has(ownerDistricts.get(owner) ?? '');
    problems.add(itemPath(field, index), hidden ? 'licence_in_use' : code, params);
  });
  refuseProblems(problems.details);
}

/** `registrations.validTo` and item 1 → `registrations[1].validTo`; `scopes` and 0 → `scopes[0]`. */
function practitionerPath(field: string, index?: number) {
  if (index === undefined) return field;
  const [list, rest] = field.split('.');
  return rest ? `${list}[${index}].${rest}` : `${list}[${index}]`;
}

/**
 * Checks a practitioner about to be created or changed with the import's rules (domain/
 * practitioner-rules.ts); registrations may name institutions of the actor's city only. Returns the
 * practitioner's district (that of the primary institution) and the institutions named, for the
 * timeline; throws with every problem named by its API field.
 */
export async function checkPractitioner(
  ctx: RequestContext,
  db: Db,
  { known, allowed }: Districts,
  candidate: { id: string; scopes: readonly string[]; registrations: readonly RegistrationCandidate[] },
  current: readonly { institutionId: string; kind: RegistrationCandidate['kind'] }[],
) {
  const named = [...candidate.registrations, ...current].map((r) => r.institutionId);
  const places = await institutionPlaces(db, named);
  const institutionDistricts = new Map(
    [...places].filter(([, p]) => known.has(p.districtCode)).map(([id, p]) => [id, p.districtCode]),
  );
  const facts = {
    departmentCodes: await departmentCodes(db),
    allowedDistricts: allowed,
    institutionDistricts,
    existingDistricts: await practitionerDistricts(db, [candidate.id]),
    ending: {
      current: new Set(current.map(registrationKey)),
      today: shanghaiDate(ctx.now()),
    },
  };
  const problems = problemList(ctx);
  const districtCode = checkPractitionerRules(candidate, facts, (field, code, params, index) =>
    problems.add(practitionerPath(field, index), code, params),
  );
  refuseProblems(problems.details);
  if (!districtCode) throw new Error('checkPractitioner: a valid practitioner has a district');
  return { districtCode, places };
}
