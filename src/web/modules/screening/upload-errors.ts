import type { ApiError } from '../../app/api/errors';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The earlier batch a `duplicate_batch` refusal names (the API puts its id in the error's details),
 * or null for any other error.
 */
export function batchIdIn(error: Pick<ApiError, 'code' | 'message' | 'details'>): string | null {
  const duplicate = error.details.filter((d) => d.code === 'duplicate_batch');
  if (!duplicate.length && error.code !== 'CONFLICT') return null;
  for (const text of [...duplicate.map((d) => d.message), error.message]) {
    const match = UUID.exec(text);
    if (match) return match[0].toLowerCase();
  }
  return null;
}
