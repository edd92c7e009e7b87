import type { RegistryDeps } from './deps.js';
import { createInstitutionEditService } from './institution-edit-service.js';
import { createPractitionerEditService } from './practitioner-edit-service.js';

/**
 * Create and edit of registry records in the staff UI (issue 3: "create and edit with the rules
 * enforced"): the import's rules, the actor's districts, optimistic concurrency, and a timeline
 * entry and audit entry with every change.
 */
export function createEditService(deps: RegistryDeps) {
  const institutions = createInstitutionEditService(deps);
  const practitioners = createPractitionerEditService(deps);
  return {
    createInstitution: institutions.create,
    updateInstitution: institutions.update,
    createPractitioner: practitioners.create,
    updatePractitioner: practitioners.update,
  };
}
