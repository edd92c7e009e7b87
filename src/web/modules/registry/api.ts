import { api, type QueryValue } from '../../app/api/client';
import type { Paged } from '../../app/api/types';
import type {
  InstitutionCategory,
  InstitutionStatus,
  Ownership,
  PractitionerCategory,
  PractitionerStatus,
  PractitionerTitle,
  RegistrationKind,
} from '../../../shared/registry';
import type { InstitutionFilings } from './filing-api';

type Query = Record<string, QueryValue>;

export interface InstitutionSummary {
  id: string;
  name: string;
  category: InstitutionCategory;
  districtCode: string;
  districtName: string;
  districtNameEn: string;
  address: string;
  ownership: Ownership;
  forProfit: boolean;
  isTcm: boolean;
  beds: number | null;
  status: InstitutionStatus;
  licenceNumber: string | null;
  licenceValidTo: string | null;
  practitionerCount: number;
}

export interface TimelineEntry {
  at: string;
  actorName: string | null;
  source: 'ui' | 'import' | 'seed' | string;
  action: string;
  changes: Record<string, { from?: unknown; to?: unknown }> | null;
}

export interface CodeName {
  code: string;
  name: string;
}

export interface InstitutionDetail extends InstitutionSummary, InstitutionFilings {
  /** WS 218 institution type code (卫生机构分类代码). */
  ws218Code: string | null;
  streetCode: string | null;
  streetName: string | null;
  legalRepresentative: string | null;
  licence: {
    number: string;
    validFrom: string | null;
    validTo: string | null;
    departments: CodeName[];
  } | null;
  practitioners: {
    id: string;
    name: string;
    category: PractitionerCategory;
    title: PractitionerTitle;
    kind: RegistrationKind;
  }[];
  timeline: TimelineEntry[];
  /** Sent back with an edit (optimistic concurrency). */
  version: string;
}

export interface PractitionerSummary {
  id: string;
  name: string;
  category: PractitionerCategory;
  title: PractitionerTitle;
  scopes: string[];
  status: PractitionerStatus;
  primaryInstitutionId: string | null;
  primaryInstitutionName: string | null;
  districtCode: string | null;
  districtName: string | null;
  districtNameEn: string | null;
  multiSiteCount: number;
}

export interface PractitionerDetail extends PractitionerSummary {
  certificateNo: string | null;
  scopesNamed: CodeName[];
  registrations: {
    institutionId: string;
    institutionName: string;
    kind: RegistrationKind;
    validFrom: string | null;
    validTo: string | null;
  }[];
  timeline: TimelineEntry[];
  /** Sent back with an edit (optimistic concurrency). */
  version: string;
}

export interface CodeListInfo {
  id: string;
  name: string;
  nameEn: string;
  version: string;
  itemCount: number;
  source: string;
}

export interface CodeList {
  id: string;
  name: string;
  nameEn: string;
  version: string;
  versions: string[];
  source: string;
  items: { code: string; name: string; parentCode: string | null }[];
}

const seg = encodeURIComponent;

export const listInstitutions = (query: Query, signal?: AbortSignal) =>
  api.get<Paged<InstitutionSummary>>('/institutions', query, signal);
export const getInstitution = (id: string, signal?: AbortSignal) =>
  api.get<InstitutionDetail>(`/institutions/${seg(id)}`, undefined, signal);

export const listPractitioners = (query: Query, signal?: AbortSignal) =>
  api.get<Paged<PractitionerSummary>>('/practitioners', query, signal);
export const getPractitioner = (id: string, signal?: AbortSignal) =>
  api.get<PractitionerDetail>(`/practitioners/${seg(id)}`, undefined, signal);

export const listCodeLists = (signal?: AbortSignal) =>
  api.get<{ items: CodeListInfo[] }>('/code-lists', undefined, signal);
export const getCodeList = (id: string, query: Query, signal?: AbortSignal) =>
  api.get<CodeList>(`/code-lists/${seg(id)}`, query, signal);
