import { AppError } from '../http/errors.js';

interface PgErrorLike {
  code?: string;
  detail?: string;
  constraint?: string;
  column?: string;
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Drizzle wraps driver errors; the SQLSTATE sits on the error or its cause. */
function findPgError(error: unknown): PgErrorLike | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const candidate = current as PgErrorLike & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return null;
}

/** The column named in "Key (username)=(x) already exists." */
function keyColumn(detail: string | undefined): string | null {
  const match = detail?.match(/Key \(([^)]+)\)/);
  const first = match?.[1]?.split(',')[0]?.trim();
  return first ? camel(first) : null;
}

/**
 * Translates PostgreSQL errors by SQLSTATE in one place: a unique violation becomes CONFLICT
 * naming the field, a foreign-key violation REFERENCE_NOT_FOUND, a serialisation failure
 * DATABASE_BUSY. Anything else is returned unchanged (and becomes a 500 upstream).
 */
export function translateDbError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const pgError = findPgError(error);
  if (!pgError) return error;
  const field = keyColumn(pgError.detail) ?? (pgError.column ? camel(pgError.column) : null);
  switch (pgError.code) {
    case '23505':
      return new AppError('CONFLICT', { field, params: { field: field ?? '?' }, cause: error });
    case '23503':
      return new AppError('REFERENCE_NOT_FOUND', { field, params: { field: field ?? '?' }, cause: error });
    case '23502':
    case '23514':
    case '22P02':
      return new AppError('VALIDATION_FAILED', {
        field,
        params: { count: 1 },
        details: [{ field, code: 'invalid', message: pgError.code }],
        cause: error,
      });
    case '40001':
    case '40P01':
    case '55P03':
      return new AppError('DATABASE_BUSY', { cause: error });
    default:
      return error;
  }
}
