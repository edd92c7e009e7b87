import dayjs, { type Dayjs } from 'dayjs';
import type {
  InstitutionCategory,
  InstitutionStatus,
  Ownership,
  PractitionerCategory,
  PractitionerStatus,
  PractitionerTitle,
} from '../../../shared/registry';
import type { InstitutionDetail, PractitionerDetail } from './api';
import type { InstitutionInput, PractitionerInput, RegistrationInput } from './edit-api';
import type { FieldPath } from './form-errors';

/** Form values ↔ API bodies of the create and edit pages; no rules here, the server checks. */

const day = (value: string | null | undefined) => (value ? dayjs(value.slice(0, 10)) : null);
const iso = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : '');
const text = (value: string | null | undefined) => value?.trim() ?? '';
const textOrNull = (value: string | null | undefined) => text(value) || null;

export interface InstitutionFormValues {
  id: string;
  name: string;
  category?: InstitutionCategory;
  districtCode?: string;
  status: InstitutionStatus;
  ws218Code?: string | null;
  ownership: Ownership;
  forProfit: boolean;
  isTcm: boolean;
  streetCode?: string | null;
  streetName?: string | null;
  address?: string;
  beds?: number | null;
  legalRepresentative?: string;
  licence: { number: string; validFrom: Dayjs | null; validTo: Dayjs | null; departments: string[] };
}

export const NEW_INSTITUTION: Partial<InstitutionFormValues> = {
  status: 'active',
  ownership: 'public',
  forProfit: false,
  isTcm: false,
  beds: 0,
  licence: { number: '', validFrom: null, validTo: null, departments: [] },
};

export function institutionValues(d: InstitutionDetail): InstitutionFormValues {
  return {
    id: d.id,
    name: d.name,
    category: d.category,
    districtCode: d.districtCode,
    status: d.status,
    ws218Code: d.ws218Code ?? null,
    ownership: d.ownership,
    forProfit: d.forProfit,
    isTcm: d.isTcm,
    streetCode: d.streetCode,
    streetName: d.streetName,
    address: d.address,
    beds: d.beds,
    legalRepresentative: d.legalRepresentative ?? '',
    licence: {
      number: d.licence?.number ?? '',
      validFrom: day(d.licence?.validFrom),
      validTo: day(d.licence?.validTo),
      departments: d.licence?.departments.map((dept) => dept.code) ?? [],
    },
  };
}

/** The body of a create or edit; `isTcm` is left out (server default by category) unless `withIsTcm`. */
export function institutionBody(v: InstitutionFormValues, withIsTcm: boolean): InstitutionInput {
  return {
    name: text(v.name),
    category: v.category as InstitutionCategory,
    districtCode: v.districtCode ?? '',
    status: v.status,
    ws218Code: textOrNull(v.ws218Code),
    ownership: v.ownership,
    forProfit: v.forProfit,
    ...(withIsTcm ? { isTcm: v.isTcm } : {}),
    streetCode: textOrNull(v.streetCode),
    streetName: textOrNull(v.streetName),
    address: text(v.address),
    beds: v.beds ?? 0,
    legalRepresentative: text(v.legalRepresentative),
    licence: {
      number: text(v.licence.number),
      validFrom: iso(v.licence.validFrom),
      validTo: iso(v.licence.validTo),
      departments: v.licence.departments ?? [],
    },
  };
}

export interface RegistrationRow {
  institutionId?: string;
  institutionName?: string;
  validFrom: Dayjs | null;
  validTo?: Dayjs | null;
  /** Stored already (may be ended with a date); a new row only starts. */
  existing: boolean;
}

export interface PractitionerFormValues {
  id: string;
  name: string;
  category?: PractitionerCategory;
  scopes: string[];
  title?: PractitionerTitle;
  status: PractitionerStatus;
  certificateNo?: string | null;
  primary: RegistrationRow;
  multiSite: RegistrationRow[];
}

export const newRegistration = (today: string): RegistrationRow => ({
  validFrom: dayjs(today),
  existing: false,
});

export const newPractitioner = (today: string): Partial<PractitionerFormValues> => ({
  status: 'active',
  scopes: [],
  primary: newRegistration(today),
  multiSite: [],
});

/** The current registrations as rows: the primary one, then the multi-site filings. */
export function practitionerValues(d: PractitionerDetail): PractitionerFormValues {
  const current = d.registrations.filter((r) => !r.validTo);
  const row = (r: (typeof current)[number]): RegistrationRow => ({
    institutionId: r.institutionId,
    institutionName: r.institutionName,
    validFrom: day(r.validFrom),
    validTo: null,
    existing: true,
  });
  const primary = current.find((r) => r.kind === 'primary');
  return {
    id: d.id,
    name: d.name,
    category: d.category,
    scopes: d.scopes,
    title: d.title,
    status: d.status,
    certificateNo: d.certificateNo,
    primary: primary ? row(primary) : { validFrom: null, existing: false },
    multiSite: current.filter((r) => r.kind === 'multi_site').map(row),
  };
}

const registration = (r: RegistrationRow, kind: RegistrationInput['kind']): RegistrationInput => ({
  institutionId: r.institutionId ?? '',
  kind,
  validFrom: iso(r.validFrom),
  ...(r.validTo ? { validTo: iso(r.validTo) } : {}),
});

/** The body of a create or edit: registrations are the primary one first, then the multi-site rows. */
export function practitionerBody(v: PractitionerFormValues): PractitionerInput {
  return {
    name: text(v.name),
    category: v.category as PractitionerCategory,
    scopes: v.scopes ?? [],
    title: v.title as PractitionerTitle,
    status: v.status,
    certificateNo: textOrNull(v.certificateNo),
    registrations: [
      registration(v.primary, 'primary'),
      ...(v.multiSite ?? []).map((r) => registration(r, 'multi_site')),
    ],
  };
}

/** The API's `registrations[i]…` as this form lays them out: item 0 the primary row, then `multiSite`. */
export function registrationPath(path: FieldPath): FieldPath {
  if (path[0] !== 'registrations' || typeof path[1] !== 'number') return path;
  const [, index, ...rest] = path;
  return index === 0 ? ['primary', ...rest] : ['multiSite', index - 1, ...rest];
}
