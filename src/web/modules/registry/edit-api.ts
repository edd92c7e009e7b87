import { api } from '../../app/api/client';
import type {
  InstitutionCategory,
  InstitutionStatus,
  Ownership,
  PractitionerCategory,
  PractitionerStatus,
  PractitionerTitle,
  RegistrationKind,
} from '../../../shared/registry';
import type { InstitutionDetail, PractitionerDetail } from './api';

/** Create and edit of registry records (POST / PATCH, `registry.manage`); see docs/api/registry.md. */

export interface InstitutionInput {
  name: string;
  category: InstitutionCategory;
  districtCode: string;
  status: InstitutionStatus;
  ws218Code: string | null;
  ownership: Ownership;
  forProfit: boolean;
  isTcm?: boolean;
  streetCode: string | null;
  streetName: string | null;
  address: string;
  beds: number;
  legalRepresentative: string;
  licence: { number: string; validFrom: string; validTo: string; departments: string[] };
}

export interface RegistrationInput {
  institutionId: string;
  kind: RegistrationKind;
  validFrom: string;
  validTo?: string;
}

export interface PractitionerInput {
  name: string;
  category: PractitionerCategory;
  scopes: string[];
  title: PractitionerTitle;
  status: PractitionerStatus;
  certificateNo: string | null;
  registrations: RegistrationInput[];
}

const seg = encodeURIComponent;

export const createInstitution = (body: InstitutionInput & { id: string }) =>
  api.post<InstitutionDetail>('/institutions', body);
export const updateInstitution = (id: string, body: InstitutionInput & { version: string }) =>
  api.patch<InstitutionDetail>(`/institutions/${seg(id)}`, body);
export const createPractitioner = (body: PractitionerInput & { id: string }) =>
  api.post<PractitionerDetail>('/practitioners', body);
export const updatePractitioner = (id: string, body: PractitionerInput & { version: string }) =>
  api.patch<PractitionerDetail>(`/practitioners/${seg(id)}`, body);
