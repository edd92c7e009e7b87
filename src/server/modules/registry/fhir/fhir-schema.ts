import { z } from 'zod';
import { institutionExportQuery } from '../schema.js';

/** The institution list's filters and sort; no file format (the Bundle is the format). */
export const fhirExportQuery = institutionExportQuery.omit({ format: true });

/** A FHIR Bundle; its content is read and reported on entry by entry by the import itself. */
export const fhirBundleBody = z
  .looseObject({ resourceType: z.string() })
  .describe(
    'FHIR R4 Bundle (type collection or transaction) of Organization, Location, Practitioner, PractitionerRole',
  );

const counts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const fhirImportSummary = z.object({
  institutions: counts,
  practitioners: counts,
  drugs: counts,
});

/** Largest Bundle accepted by the import (a district's registry fits; split a city by district). */
export const FHIR_IMPORT_MAX_BYTES = 64 * 1024 * 1024;
