/** Resource ids, entry URLs and small builders shared by the FHIR mapping. */
import { createHash } from 'node:crypto';
import { FHIR_BASE } from './codes.js';
import type { Coding, Extension } from './types.js';

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A FHIR resource id for a registry key: the key itself when FHIR allows it, else a stable hash. */
export function fhirId(key: string): string {
  return FHIR_ID.test(key) ? key : `h-${sha256(key).slice(0, 40)}`;
}

/** The relative reference of a resource (`Organization/abc`): it resolves inside the Bundle. */
export const referenceTo = (type: string, id: string) => `${type}/${id}`;

/** An entry's fullUrl: the resource's id under the platform's FHIR base (relative references resolve to it). */
export const entryUrl = (type: string, id: string) => `${FHIR_BASE}/${referenceTo(type, id)}`;

export const coding = (system: string, code: string | null, display?: string | null): Coding => ({
  system,
  ...(code ? { code } : {}),
  ...(display ? { display } : {}),
});
export const concept = (c: Coding, text?: string) => ({ coding: [c], ...(text ? { text } : {}) });
export const codingExt = (url: string, c: Coding): Extension => ({ url, valueCoding: c });
