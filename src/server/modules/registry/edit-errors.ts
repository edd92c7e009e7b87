import type { RequestContext } from '../../platform/context.js';
import { AppError, type ErrorDetail, validationFailed } from '../../platform/http/errors.js';
import type { RuleParams } from './domain/institution-rules.js';
import { problemMessage } from './domain/problems.js';

/** Problems that are conflicts with other records (409), not bad input (400). */
const CONFLICTS = new Set(['licence_taken', 'licence_in_use']);

/** Collects the problems of one create or edit, each named by its API field and localised. */
export function problemList(ctx: RequestContext) {
  const details: ErrorDetail[] = [];
  const add = (field: string, code: string, params: RuleParams = {}) => {
    details.push({ field, code, message: problemMessage(ctx.language, code, params) });
  };
  return { details, add };
}

/**
 * Refuses a write with every problem found, most fundamental first: writing outside one's
 * jurisdiction is 403 OUT_OF_SCOPE, bad input 400 VALIDATION_FAILED (every problem listed),
 * a licence number held by another institution 409 CONFLICT.
 */
export function refuseProblems(details: ErrorDetail[]): void {
  if (!details.length) return;
  const scope = details.filter((d) => d.code === 'out_of_scope');
  if (scope.length) throw new AppError('OUT_OF_SCOPE', { field: scope[0]?.field ?? null, details: scope });
  const invalid = details.filter((d) => !CONFLICTS.has(d.code));
  if (invalid.length) throw validationFailed(invalid);
  const [first] = details;
  throw new AppError('CONFLICT', { field: first?.field ?? null, message: first?.message, details });
}

/** The record changed after the client read it (optimistic concurrency): 409 naming `version`. */
export function staleVersion(ctx: RequestContext, current: string): AppError {
  const message = problemMessage(ctx.language, 'stale_version', { at: current });
  return new AppError('CONFLICT', {
    field: 'version',
    message,
    details: [{ field: 'version', code: 'stale_version', message }],
  });
}

/** A record with this id exists already: creating is not overwriting (the import upserts, the UI does not). */
export const idTaken = () => new AppError('CONFLICT', { field: 'id', params: { field: 'id' } });

/** Thrown inside a write that turns out to change nothing: rolls back (nothing to audit) and is swallowed. */
export const UNCHANGED = new Error('registry: nothing changed');

/** Runs a write, treating UNCHANGED as a successful no-op. */
export async function unlessUnchanged(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error !== UNCHANGED) throw error;
  }
}
