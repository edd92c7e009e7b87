/**
 * Reading untrusted FHIR JSON: small accessors that never throw, and a reporter that files each
 * problem under its Bundle entry and FHIR path (`Bundle.entry[3]`, `Organization.identifier`).
 */
import type { ImportProblem, Lang } from '../domain/problems.js';
import { fhirProblem } from './problems.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Where an entry sits in the Bundle and what it is: every problem names both. */
export interface EntryAt {
  entry: number;
  /** `Organization/abc`, or the type alone when the resource has no id. */
  resource: string;
}

/** A problem of a FHIR import: an interchange problem located in the Bundle. */
export type FhirImportProblem = ImportProblem & { resource?: string };

export function entryReporter(lang: Lang, problems: FhirImportProblem[]) {
  return (at: EntryAt | null, path: string, code: string, params: Record<string, string | number> = {}) => {
    const where = at ? { file: `Bundle.entry[${at.entry}]`, row: at.entry } : { file: 'Bundle', row: 0 };
    problems.push({ ...fhirProblem(lang, { ...where, column: path }, code, params), resource: at?.resource });
  };
}

export type EntryReport = ReturnType<typeof entryReporter>;

/** Codings of a CodeableConcept (or of several). */
export function codings(concepts: unknown): Json[] {
  const list = Array.isArray(concepts) ? concepts : [concepts];
  return list.flatMap((concept) => (isObject(concept) ? objects(concept.coding) : []));
}

/** The first coding of `system` among the concepts, or undefined. */
export const codingOf = (concepts: unknown, system: string) =>
  codings(concepts).find((c) => c.system === system);

/** The extensions of `url` on an element. */
export const extensions = (element: Json | undefined, url: string): Json[] =>
  objects(element?.extension).filter((e) => e.url === url);

/** The value of an identifier of `system`. */
export const identifierValue = (element: Json, system: string): Json | undefined =>
  objects(element.identifier).find((i) => i.system === system);

/** The literal target of a Reference, or undefined. */
export const referenceOf = (value: unknown) => (isObject(value) ? text(value.reference) : undefined);
