/**
 * Registry records → FHIR R4 resources (docs/api/fhir.md): an institution is an Organization with
 * its practice licence as an identifier (type LN, validity as its period) and its 诊疗科目 as
 * extensions, plus a Location for its licensed practice site (执业地点); a practitioner is a
 * Practitioner with 执业类别 / 执业范围 and title as qualifications, and one PractitionerRole per
 * current registration (主要执业机构 or 多点执业备案). Pure: the same records give the same JSON.
 */
import {
  INSTITUTION_CATEGORY_LABELS,
  INSTITUTION_STATUS_LABELS,
  OWNERSHIP_LABELS,
  PRACTITIONER_CATEGORY_LABELS,
  PRACTITIONER_STATUS_LABELS,
  PRACTITIONER_TITLE_LABELS,
  REGISTRATION_KIND_LABELS,
} from '../../../../shared/registry.js';
import { isUnifiedSocialCreditCode, splitChineseName } from './chinese.js';
import { CS, EXT, HL7, LEGAL_REPRESENTATIVE, LOCATION_STATUS, LOCATION_TYPE, SID } from './codes.js';
import { coding, codingExt, concept, entryUrl, fhirId, referenceTo } from './fhir-ids.js';
import type { InstitutionRecord, PractitionerRecord, Vocabulary } from './records.js';
import type {
  Address,
  BundleEntry,
  Extension,
  Identifier,
  Location,
  Organization,
  Practitioner,
  PractitionerRole,
  Reference,
  RegistryResource,
} from './types.js';

function institutionIdentifiers(i: InstitutionRecord): Identifier[] {
  const ids: Identifier[] = [{ use: 'official', system: SID.institution, value: i.id }];
  if (isUnifiedSocialCreditCode(i.id))
    ids.push({
      use: 'official',
      type: concept(coding(CS.identifierType, 'USCC', '统一社会信用代码'), '统一社会信用代码'),
      system: SID.uscc,
      value: i.id,
    });
  if (i.licence)
    ids.push({
      use: 'official',
      type: concept(coding(HL7.identifierType, 'LN', 'License number'), '医疗机构执业许可证登记号'),
      system: SID.practiceLicence,
      value: i.licence.number,
      period: { start: i.licence.validFrom, end: i.licence.validTo },
    });
  return ids;
}

function addressOf(i: InstitutionRecord, v: Vocabulary): Address {
  const district = v.districts.get(i.districtCode);
  const extension = [codingExt(EXT.division, coding(CS.division, i.districtCode, district))];
  if (i.streetCode || i.streetName)
    extension.push(codingExt(EXT.street, coding(CS.street, i.streetCode, i.streetName)));
  return {
    extension,
    use: 'work',
    type: 'physical',
    ...(i.address ? { text: i.address } : {}),
    ...(v.cityName ? { city: v.cityName } : {}),
    ...(district ? { district } : {}),
    country: 'CN',
  };
}

const lastUpdated = (at: Date) => ({ lastUpdated: at.toISOString() });

/** An institution as an Organization. */
export function organizationOf(i: InstitutionRecord, v: Vocabulary): Organization {
  const extension: Extension[] = [
    codingExt(
      EXT.registryStatus,
      coding(CS.institutionStatus, i.status, INSTITUTION_STATUS_LABELS[i.status].name),
    ),
    codingExt(EXT.ownership, coding(CS.ownership, i.ownership, OWNERSHIP_LABELS[i.ownership].name)),
    { url: EXT.forProfit, valueBoolean: i.forProfit },
    { url: EXT.tcm, valueBoolean: i.isTcm },
    { url: EXT.bedCount, valueUnsignedInt: i.beds },
    ...(i.licence?.departments ?? []).map((code) =>
      codingExt(EXT.licensedDepartment, coding(CS.licensedDepartment, code, v.departments.get(code))),
    ),
  ];
  const category = INSTITUTION_CATEGORY_LABELS[i.category]?.name;
  return {
    resourceType: 'Organization',
    id: fhirId(i.id),
    meta: lastUpdated(i.updatedAt),
    language: 'zh-CN',
    extension,
    identifier: institutionIdentifiers(i),
    active: i.status === 'active',
    type: [
      concept(coding(HL7.organizationType, 'prov', 'Healthcare Provider')),
      concept(coding(CS.institutionCategory, i.category, category), category),
      ...(i.ws218Code ? [concept(coding(CS.ws218, i.ws218Code, v.ws218.get(i.ws218Code)))] : []),
    ],
    name: i.name,
    address: [addressOf(i, v)],
    ...(i.legalRepresentative
      ? {
          contact: [
            {
              purpose: concept(coding(CS.contactPurpose, LEGAL_REPRESENTATIVE, '法定代表人'), '法定代表人'),
              name: { text: i.legalRepresentative },
            },
          ],
        }
      : {}),
  };
}

const organizationRef = (i: { id: string; name: string }): Reference => ({
  reference: referenceTo('Organization', fhirId(i.id)),
  type: 'Organization',
  display: i.name,
});

/** The institution's licensed practice site (执业地点) as a Location managed by its Organization. */
export function locationOf(i: InstitutionRecord, v: Vocabulary): Location {
  const type = LOCATION_TYPE[i.category];
  return {
    resourceType: 'Location',
    id: fhirId(`site-${i.id}`),
    meta: lastUpdated(i.updatedAt),
    language: 'zh-CN',
    status: LOCATION_STATUS[i.status],
    name: i.name,
    mode: 'instance',
    ...(type ? { type: [concept(coding(HL7.roleCode, type.code, type.display))] } : {}),
    physicalType: concept(coding(HL7.physicalType, 'si', 'Site')),
    address: addressOf(i, v),
    managingOrganization: organizationRef(i),
  };
}

/** A practitioner as a Practitioner. */
export function practitionerOf(p: PractitionerRecord, v: Vocabulary): Practitioner {
  const split = splitChineseName(p.name);
  const category = PRACTITIONER_CATEGORY_LABELS[p.category].name;
  const title = PRACTITIONER_TITLE_LABELS[p.title].name;
  return {
    resourceType: 'Practitioner',
    id: fhirId(p.id),
    meta: lastUpdated(p.updatedAt),
    language: 'zh-CN',
    extension: [
      codingExt(
        EXT.registryStatus,
        coding(CS.practitionerStatus, p.status, PRACTITIONER_STATUS_LABELS[p.status].name),
      ),
    ],
    identifier: [
      { use: 'official', system: SID.practitioner, value: p.id },
      ...(p.certificateNo
        ? [
            {
              use: 'official' as const,
              type: concept(coding(HL7.identifierType, 'MD', 'Medical License number'), '医师执业证书编码'),
              system: SID.practitionerCertificate,
              value: p.certificateNo,
            },
          ]
        : []),
    ],
    active: p.status === 'active',
    name: [
      { use: 'official', text: p.name, ...(split ? { family: split.family, given: [split.given] } : {}) },
    ],
    qualification: [
      {
        ...(p.scopes.length
          ? {
              extension: p.scopes.map((code) =>
                codingExt(EXT.practiceScope, coding(CS.licensedDepartment, code, v.departments.get(code))),
              ),
            }
          : {}),
        code: concept(coding(CS.practitionerCategory, p.category, category), `${category}类别`),
      },
      { code: concept(coding(CS.professionalTitle, p.title, title), title) },
    ],
  };
}

/**
 * One PractitionerRole per current registration. An institution in the same Bundle is referenced
 * by its entry (and its site Location); one outside it by its registry identifier.
 */
export function rolesOf(
  p: PractitionerRecord,
  v: Vocabulary,
  inBundle: (institutionId: string) => boolean,
): PractitionerRole[] {
  return p.registrations.map((r) => {
    const kind = REGISTRATION_KIND_LABELS[r.kind].name;
    const local = inBundle(r.institutionId);
    return {
      resourceType: 'PractitionerRole',
      id: fhirId(`${p.id}.${r.institutionId}`),
      meta: lastUpdated(p.updatedAt),
      language: 'zh-CN',
      active: true,
      period: { start: r.validFrom },
      practitioner: {
        reference: referenceTo('Practitioner', fhirId(p.id)),
        type: 'Practitioner',
        display: p.name,
      },
      organization: local
        ? organizationRef({ id: r.institutionId, name: r.institutionName })
        : {
            type: 'Organization',
            identifier: { system: SID.institution, value: r.institutionId },
            display: r.institutionName,
          },
      ...(local
        ? {
            location: [
              { reference: referenceTo('Location', fhirId(`site-${r.institutionId}`)), type: 'Location' },
            ],
          }
        : {}),
      code: [
        concept(coding(HL7.practitionerRole, 'doctor', 'Doctor')),
        concept(coding(CS.registrationKind, r.kind, kind), kind),
      ],
      ...(p.scopes.length
        ? {
            specialty: p.scopes.map((code) =>
              concept(coding(CS.licensedDepartment, code, v.departments.get(code))),
            ),
          }
        : {}),
    };
  });
}

/** A Bundle entry: the resource under its fullUrl. */
const entryOf = (resource: RegistryResource): BundleEntry => ({
  fullUrl: entryUrl(resource.resourceType, resource.id ?? ''),
  resource,
});

/** The Organization and Location entries of an institution. */
export function institutionEntries(i: InstitutionRecord, v: Vocabulary): BundleEntry[] {
  return [organizationOf(i, v), locationOf(i, v)].map(entryOf);
}

/** The Practitioner entry of a practitioner, then one PractitionerRole entry per registration. */
export function practitionerEntries(
  p: PractitionerRecord,
  v: Vocabulary,
  inBundle: (institutionId: string) => boolean,
): BundleEntry[] {
  return [practitionerOf(p, v), ...rolesOf(p, v, inBundle)].map(entryOf);
}
