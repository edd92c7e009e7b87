import { z } from 'zod';
import {
  CHANGE_SOURCES,
  INSTITUTION_CATEGORIES,
  INSTITUTION_STATUSES,
  OWNERSHIPS,
  PRACTITIONER_CATEGORIES,
  PRACTITIONER_STATUSES,
  PRACTITIONER_TITLES,
  REGISTRATION_KINDS,
} from '../../../shared/registry.js';
import { VERIFICATION_FILTERS } from '../../../shared/registry-filings.js';
import { pageQuery, pagedResponse } from '../../platform/http/pagination.js';
import { institutionFilings } from './filing-schema.js';
import { INSTITUTION_SORTS } from './institution-store.js';
import { PRACTITIONER_SORTS } from './practitioner-store.js';

const text = z.string().trim().max(100).optional();
const district = z.string().trim().max(12).optional();
const format = z.enum(['csv', 'xlsx']).default('csv');

export const idParams = z.object({ id: z.string().min(1).max(64) });

export const codeListSummary = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  version: z.string(),
  itemCount: z.number().int(),
  source: z.string(),
});
export const codeListIndex = z.object({ items: z.array(codeListSummary) });
export const codeListQuery = z.object({ version: z.string().max(40).optional(), q: text });
export const codeListDetail = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  version: z.string(),
  versions: z.array(z.string()),
  source: z.string(),
  items: z.array(z.object({ code: z.string(), name: z.string(), parentCode: z.string().nullable() })),
});

const timelineEntry = z.object({
  at: z.string(),
  actorName: z.string(),
  source: z.enum(CHANGE_SOURCES),
  action: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
const named = z.object({ code: z.string(), name: z.string() });

export const institutionSummary = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  districtCode: z.string(),
  districtName: z.string(),
  districtNameEn: z.string(),
  address: z.string(),
  ownership: z.enum(OWNERSHIPS),
  forProfit: z.boolean(),
  isTcm: z.boolean(),
  beds: z.number().int(),
  status: z.enum(INSTITUTION_STATUSES),
  licenceNumber: z.string().nullable(),
  licenceValidTo: z.string().nullable(),
  practitionerCount: z.number().int(),
});
export const institutionPage = pagedResponse(institutionSummary);
export const institutionDetail = institutionSummary.extend({
  ws218Code: z.string().nullable(),
  streetCode: z.string().nullable(),
  streetName: z.string().nullable(),
  legalRepresentative: z.string(),
  licence: z
    .object({ number: z.string(), validFrom: z.string(), validTo: z.string(), departments: z.array(named) })
    .nullable(),
  practitioners: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      category: z.string(),
      title: z.string(),
      kind: z.enum(REGISTRATION_KINDS),
    }),
  ),
  timeline: z.array(timelineEntry),
  ...institutionFilings,
  /** Send back with an edit: a PATCH of a record changed since is refused (409). */
  version: z.string(),
});

const institutionFilter = {
  q: text,
  district,
  category: z.enum(INSTITUTION_CATEGORIES).optional(),
  status: z.enum(INSTITUTION_STATUSES).optional(),
  ownership: z.enum(OWNERSHIPS).optional(),
  verification: z.enum(VERIFICATION_FILTERS).optional(),
  sort: z.enum(INSTITUTION_SORTS).default('name'),
};
export const institutionQuery = z.object({ ...pageQuery, ...institutionFilter });
export const institutionExportQuery = z.object({ ...institutionFilter, format });

export const practitionerSummary = z.object({
  id: z.string(),
  name: z.string(),
  category: z.enum(PRACTITIONER_CATEGORIES),
  title: z.enum(PRACTITIONER_TITLES),
  scopes: z.array(z.string()),
  status: z.enum(PRACTITIONER_STATUSES),
  primaryInstitutionId: z.string().nullable(),
  primaryInstitutionName: z.string().nullable(),
  districtCode: z.string(),
  districtName: z.string(),
  districtNameEn: z.string(),
  multiSiteCount: z.number().int(),
});
export const practitionerPage = pagedResponse(practitionerSummary);
export const practitionerDetail = practitionerSummary.extend({
  certificateNo: z.string().nullable(),
  scopesNamed: z.array(named),
  registrations: z.array(
    z.object({
      institutionId: z.string(),
      institutionName: z.string(),
      kind: z.enum(REGISTRATION_KINDS),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
  ),
  timeline: z.array(timelineEntry),
  version: z.string(),
});

const practitionerFilter = {
  q: text,
  district,
  category: z.enum(PRACTITIONER_CATEGORIES).optional(),
  title: z.enum(PRACTITIONER_TITLES).optional(),
  status: z.enum(PRACTITIONER_STATUSES).optional(),
  institutionId: z.string().trim().max(64).optional(),
  sort: z.enum(PRACTITIONER_SORTS).default('name'),
};
export const practitionerQuery = z.object({ ...pageQuery, ...practitionerFilter });
export const practitionerExportQuery = z.object({ ...practitionerFilter, format });
