import type { CodeListRow } from './code-list-store.js';
import type { InstitutionFilings } from './filing-read-service.js';
import type { InstitutionView } from './institution-store.js';
import { presentFilings } from './present-filings.js';
import type { PractitionerView } from './practitioner-store.js';
import type { DistrictNames } from './read-service.js';
import type { registryChanges } from './tables.js';

type Names = DistrictNames;

const district = (code: string, names: Names) => ({
  districtCode: code,
  districtName: names.get(code)?.name ?? code,
  districtNameEn: names.get(code)?.nameEn ?? code,
});

export function presentInstitutionSummary(i: InstitutionView, names: Names) {
  return {
    id: i.id,
    name: i.name,
    category: i.category,
    ...district(i.districtCode, names),
    address: i.address,
    ownership: i.ownership,
    forProfit: i.forProfit,
    isTcm: i.isTcm,
    beds: i.beds,
    status: i.status,
    licenceNumber: i.licenceNumber,
    licenceValidTo: i.licenceValidTo,
    practitionerCount: i.practitionerCount,
  };
}

/** A timeline entry: who, when, from where, and which fields changed (no actor id). */
export function presentChange(row: typeof registryChanges.$inferSelect) {
  return {
    at: row.at.toISOString(),
    actorName: row.actorName,
    source: row.source,
    action: row.action,
    changes: row.changes as Record<string, { from: unknown; to: unknown }>,
  };
}

export function presentInstitutionDetail(detail: {
  institution: InstitutionView;
  departments: { code: string; name: string }[];
  practitioners: {
    id: string;
    name: string;
    category: string;
    title: string;
    kind: 'primary' | 'multi_site';
  }[];
  timeline: (typeof registryChanges.$inferSelect)[];
  names: Names;
  filings: InstitutionFilings;
}) {
  const i = detail.institution;
  return {
    ...presentInstitutionSummary(i, detail.names),
    ws218Code: i.ws218Code,
    streetCode: i.streetCode,
    streetName: i.streetName,
    legalRepresentative: i.legalRepresentative,
    licence:
      i.licenceNumber && i.licenceValidFrom && i.licenceValidTo
        ? {
            number: i.licenceNumber,
            validFrom: i.licenceValidFrom,
            validTo: i.licenceValidTo,
            departments: detail.departments,
          }
        : null,
    practitioners: detail.practitioners,
    timeline: detail.timeline.map(presentChange),
    version: i.version,
    ...presentFilings(detail.filings),
  };
}

export function presentPractitionerSummary(p: PractitionerView, names: Names) {
  return {
    id: p.id,
    name: p.name,
    category: p.category as 'clinical',
    title: p.title as 'resident',
    scopes: p.scopes,
    status: p.status,
    primaryInstitutionId: p.primaryInstitutionId,
    primaryInstitutionName: p.primaryInstitutionName,
    ...district(p.districtCode, names),
    multiSiteCount: p.multiSiteCount,
  };
}

export function presentPractitionerDetail(detail: {
  practitioner: PractitionerView;
  scopesNamed: { code: string; name: string }[];
  registrations: {
    institutionId: string;
    institutionName: string;
    kind: 'primary' | 'multi_site';
    validFrom: string;
    validTo: string | null;
  }[];
  timeline: (typeof registryChanges.$inferSelect)[];
  names: Names;
}) {
  return {
    ...presentPractitionerSummary(detail.practitioner, detail.names),
    certificateNo: detail.practitioner.certificateNo,
    scopesNamed: detail.scopesNamed,
    registrations: detail.registrations,
    timeline: detail.timeline.map(presentChange),
    version: detail.practitioner.version,
  };
}

export function presentCodeListSummary(row: { list: CodeListRow; itemCount: number }) {
  const { id, name, nameEn, version, source } = row.list;
  return { id, name, nameEn, version, source, itemCount: row.itemCount };
}

export function presentCodeList(detail: {
  list: CodeListRow;
  versions: string[];
  items: { code: string; name: string; parentCode: string | null }[];
}) {
  const { id, name, nameEn, version, source } = detail.list;
  return { id, name, nameEn, version, versions: detail.versions, source, items: detail.items };
}
