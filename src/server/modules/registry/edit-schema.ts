import { z } from 'zod';
import {
  INSTITUTION_CATEGORIES,
  INSTITUTION_STATUSES,
  OWNERSHIPS,
  PRACTITIONER_CATEGORIES,
  PRACTITIONER_STATUSES,
  PRACTITIONER_TITLES,
  REGISTRATION_KINDS,
} from '../../../shared/registry.js';

/**
 * Request bodies of create and edit (POST / PATCH). Shapes, types and enumerations are checked
 * here; the record rules (code lists, districts and scope, dates, licence and registration rules)
 * are the import's, in domain/*-rules.ts, applied by the edit services.
 */

const isoDate = z.iso.date();
/** Ids go into URLs: no blanks, slashes, `?` or `#`. */
const recordId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[^\s/?#%]+$/);
const optionalText = (max: number) => z.string().trim().max(max);
/** Optional text where null (or blank) means none. */
const nullableText = (max: number) => z.string().trim().max(max).nullable();
const code = z.string().trim().min(1).max(20);
/** The optimistic-concurrency token of the record as it was read (`version` of the detail). */
const version = z.string().min(1).max(40);

export const licenceInput = z.object({
  number: z.string().trim().min(1).max(64),
  validFrom: isoDate,
  validTo: isoDate,
  departments: z.array(code).max(500),
});

const institutionFields = {
  name: z.string().trim().min(2).max(100),
  category: z.enum(INSTITUTION_CATEGORIES),
  districtCode: z.string().trim().min(1).max(12),
  status: z.enum(INSTITUTION_STATUSES),
  licence: licenceInput,
};
const institutionExtras = {
  ws218Code: nullableText(10),
  ownership: z.enum(OWNERSHIPS),
  forProfit: z.boolean(),
  isTcm: z.boolean(),
  streetCode: nullableText(20),
  streetName: nullableText(50),
  address: optionalText(200),
  beds: z.number().int().min(0).max(999_999),
  legalRepresentative: optionalText(50),
};

/** A new institution: the interchange's required fields, the rest optional with the import's defaults. */
export const newInstitutionBody = z.object({
  id: recordId,
  ...institutionFields,
  ...z.object(institutionExtras).partial().shape,
});
/** Changes to an institution: any fields (a licence whole), with the version that was read. */
export const institutionPatchBody = z.object({
  version,
  ...z.object({ ...institutionFields, ...institutionExtras }).partial().shape,
});

export const registrationInput = z.object({
  institutionId: recordId,
  kind: z.enum(REGISTRATION_KINDS),
  validFrom: isoDate,
  /** Ends the registration on this date (today at the latest). */
  validTo: isoDate.nullable().optional(),
});

const practitionerFields = {
  name: z.string().trim().min(2).max(50),
  category: z.enum(PRACTITIONER_CATEGORIES),
  scopes: z.array(code).max(100),
  title: z.enum(PRACTITIONER_TITLES),
  status: z.enum(PRACTITIONER_STATUSES),
  certificateNo: nullableText(40).optional(),
  registrations: z.array(registrationInput).min(1).max(100),
};

export const newPractitionerBody = z.object({ id: recordId, ...practitionerFields });
/** Changes to a practitioner; `registrations`, when given, is the whole list of current ones. */
export const practitionerPatchBody = z.object({ version, ...z.object(practitionerFields).partial().shape });

export type NewInstitution = z.infer<typeof newInstitutionBody>;
export type InstitutionPatch = z.infer<typeof institutionPatchBody>;
export type NewPractitioner = z.infer<typeof newPractitionerBody>;
export type PractitionerPatch = z.infer<typeof practitionerPatchBody>;
export type RegistrationInput = z.infer<typeof registrationInput>;
