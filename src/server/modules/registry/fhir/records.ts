/** What the FHIR mapping reads: registry records as the FHIR store returns them. */
import type {
  InstitutionCategory,
  InstitutionStatus,
  Ownership,
  PractitionerCategory,
  PractitionerStatus,
  PractitionerTitle,
  RegistrationKind,
} from '../../../../shared/registry.js';
import type { institutions } from '../tables.js';

export interface InstitutionRecord {
  id: string;
  name: string;
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
  updatedAt: Date;
  licence: { number: string; validFrom: string; validTo: string; departments: string[] } | null;
}

export interface PractitionerRecord {
  id: string;
  name: string;
  category: PractitionerCategory;
  scopes: string[];
  title: PractitionerTitle;
  status: PractitionerStatus;
  certificateNo: string | null;
  updatedAt: Date;
  /** Current registrations, the primary one first. */
  registrations: {
    institutionId: string;
    institutionName: string;
    kind: RegistrationKind;
    validFrom: string;
  }[];
}

/** Names of the codes used, read from the code lists and jurisdictions by the service. */
export interface Vocabulary {
  cityName: string | null;
  districts: ReadonlyMap<string, string>;
  departments: ReadonlyMap<string, string>;
  ws218: ReadonlyMap<string, string>;
}

/** An institution row of the registry with its current licence (if any) as the mapping reads it. */
export function institutionRecord(
  row: typeof institutions.$inferSelect,
  licence: { number: string | null; validFrom: string | null; validTo: string | null; departments: string[] },
): InstitutionRecord {
  return {
    id: row.id,
    name: row.name,
    category: row.category as InstitutionCategory,
    ws218Code: row.ws218Code,
    ownership: row.ownership,
    forProfit: row.forProfit,
    isTcm: row.isTcm,
    districtCode: row.districtCode,
    streetCode: row.streetCode,
    streetName: row.streetName,
    address: row.address,
    beds: row.beds,
    legalRepresentative: row.legalRepresentative,
    status: row.status,
    updatedAt: row.updatedAt,
    licence:
      licence.number && licence.validFrom && licence.validTo
        ? {
            number: licence.number,
            validFrom: licence.validFrom,
            validTo: licence.validTo,
            departments: licence.departments,
          }
        : null,
  };
}
