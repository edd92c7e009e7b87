/**
 * Practitioners and their PractitionerRoles → practitioners.csv rows. A practitioner's registrations
 * are its active roles: exactly one of kind `primary` (主要执业机构), listed first, the rest
 * `multi_site` (多点执业备案). A role names its institution by a reference to an Organization of the
 * Bundle or by the institution's registry identifier (for institutions already in the registry).
 * Role periods are not imported: the registry dates registrations itself (docs/api/fhir.md).
 */
import type { RowLike } from '../import-check.js';
import { CS, EXT, SID } from './codes.js';
import type { Item } from './from-fhir.js';
import { idPath } from './problems.js';
import {
  codingOf,
  codings,
  type EntryAt,
  type EntryReport,
  extensions,
  identifierValue,
  isObject,
  objects,
  referenceOf,
  text,
} from './read-json.js';
import { extensionCode, nameText, readStatus } from './read-values.js';

interface Role {
  institutionId: string;
  kind: 'primary' | 'multi_site';
  specialties: string[];
}

type Resolve = (reference: string | undefined) => Item | undefined;

/** The registry id of the institution a role names, or undefined (reported). */
function roleInstitution(
  { at, resource }: Item,
  resolve: Resolve,
  institutionIds: Map<Item, string>,
  report: EntryReport,
): string | undefined {
  const path = 'PractitionerRole.organization';
  const ref = resource.organization;
  const literal = referenceOf(ref);
  if (literal) {
    const target = resolve(literal);
    if (target?.type === 'Organization') return institutionIds.get(target);
    report(at, path, 'unresolved_reference', { value: literal, type: 'Organization' });
    return undefined;
  }
  const identifier = isObject(ref) && isObject(ref.identifier) ? ref.identifier : undefined;
  const value = identifier ? text(identifier.value) : undefined;
  if (value && (identifier?.system === SID.institution || identifier?.system === SID.uscc)) return value;
  report(at, path, 'unresolvable_organization', { system: SID.institution });
  return undefined;
}

/** Active roles grouped by the Practitioner entry they belong to. */
function readRoles(items: Item[], resolve: Resolve, institutionIds: Map<Item, string>, report: EntryReport) {
  const rolesOf = new Map<Item, Role[]>();
  for (const item of items.filter((i) => i.type === 'PractitionerRole')) {
    const { at, resource } = item;
    if (resource.active === false) continue;
    const reference = referenceOf(resource.practitioner);
    const practitioner = resolve(reference);
    if (practitioner?.type !== 'Practitioner') {
      report(at, 'PractitionerRole.practitioner', 'unresolved_reference', {
        value: reference ?? '',
        type: 'Practitioner',
      });
      continue;
    }
    const kind = text(codingOf(resource.code, CS.registrationKind)?.code);
    if (kind !== 'primary' && kind !== 'multi_site') {
      report(at, 'PractitionerRole.code', 'missing_kind', { system: CS.registrationKind });
      continue;
    }
    const institutionId = roleInstitution(item, resolve, institutionIds, report);
    if (!institutionId) continue;
    const specialties = codings(resource.specialty)
      .filter((c) => c.system === CS.licensedDepartment)
      .map((c) => text(c.code))
      .filter((code): code is string => !!code);
    rolesOf.set(practitioner, [...(rolesOf.get(practitioner) ?? []), { institutionId, kind, specialties }]);
  }
  return rolesOf;
}

/** 执业范围: the scope extensions of the 执业类别 qualification, else the roles' specialties. */
function scopesOf(
  at: EntryAt,
  qualifications: ReturnType<typeof objects>,
  roles: Role[],
  report: EntryReport,
) {
  const scopes = qualifications.flatMap((q) =>
    extensionCode(at, q, EXT.practiceScope, CS.licensedDepartment, 'Practitioner.qualification', report),
  );
  if (qualifications.some((q) => extensions(q, EXT.practiceScope).length)) return scopes;
  return [...new Set(roles.flatMap((r) => r.specialties))];
}

function readPractitioner({ at, resource: r }: Item, roles: Role[], report: EntryReport): RowLike {
  const base = 'Practitioner';
  const id = text(identifierValue(r, SID.practitioner)?.value);
  if (!id) report(at, idPath(base, SID.practitioner), 'missing_identifier', { system: SID.practitioner });
  const names = objects(r.name);
  const name = names.find((n) => n.use === 'official') ?? names[0];
  const qualifications = objects(r.qualification);
  const qualification = (system: string) =>
    qualifications.map((q) => codingOf(q.code, system)).find((c) => c !== undefined);
  const primaries = roles.filter((role) => role.kind === 'primary');
  if (roles.length && primaries.length !== 1)
    report(at, 'PractitionerRole.code', 'primary_count', { count: primaries.length });
  const ordered = [...primaries, ...roles.filter((role) => role.kind !== 'primary')];
  return {
    id,
    name: nameText(name),
    category: text(qualification(CS.practitionerCategory)?.code),
    scopes: scopesOf(at, qualifications, roles, report).join(';'),
    title: text(qualification(CS.professionalTitle)?.code),
    status: readStatus(at, r, EXT.registryStatus, CS.practitionerStatus, report),
    registrations: ordered.map((role) => role.institutionId).join(';'),
    certificate_no: text(identifierValue(r, SID.practitionerCertificate)?.value),
  };
}

/** Every Practitioner of the Bundle as a practitioners.csv row, with the entry it came from. */
export function readPractitioners(
  items: Item[],
  resolve: Resolve,
  institutionIds: Map<Item, string>,
  report: EntryReport,
): { rows: RowLike[]; origins: EntryAt[] } {
  const rolesOf = readRoles(items, resolve, institutionIds, report);
  const practitioners = items.filter((i) => i.type === 'Practitioner');
  return {
    rows: practitioners.map((item) => readPractitioner(item, rolesOf.get(item) ?? [], report)),
    origins: practitioners.map((item) => item.at),
  };
}
