export type ApiErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'OUT_OF_SCOPE'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'RATE_LIMITED'
  | 'CSRF_FAILED'
  | 'INTERNAL'
  | 'NETWORK';

export interface ApiErrorDetail {
  field: string | null;
  code: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode | string;
  readonly field: string | null;
  readonly details: ApiErrorDetail[];
  readonly requestId: string | null;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    field?: string | null;
    details?: ApiErrorDetail[];
    requestId?: string | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.field = init.field ?? null;
    this.details = init.details ?? [];
    this.requestId = init.requestId ?? null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function parseDetails(value: unknown): ApiErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((d) => ({
    field: str(d.field),
    code: str(d.code) ?? 'INVALID',
    message: str(d.message) ?? '',
  }));
}

/** Builds an ApiError from an HTTP status and a (possibly malformed) `{error:{…}, requestId}` body. */
export function parseApiError(status: number, body: unknown, fallbackMessage: string): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const requestId = isRecord(body) ? str(body.requestId) : null;
  const code =
    str(error?.code) ?? (status === 401 ? 'UNAUTHENTICATED' : status >= 500 ? 'INTERNAL' : 'HTTP_ERROR');
  return new ApiError({
    status,
    code,
    message: str(error?.message) ?? fallbackMessage,
    field: str(error?.field),
    details: parseDetails(error?.details),
    requestId: str(error?.requestId) ?? requestId,
  });
}

export interface FieldError<K extends string = string> {
  name: K;
  errors: string[];
}

/**
 * Maps a VALIDATION_FAILED error onto antd `form.setFields` entries.
 * Only fields the form knows about (if `known` is given) are returned; messages per field are merged.
 */
export function toFieldErrors<K extends string = string>(
  err: unknown,
  known?: readonly K[],
): FieldError<K>[] {
  if (!(err instanceof ApiError)) return [];
  const byField = new Map<K, string[]>();
  const add = (field: string | null, message: string) => {
    if (!field || !message) return;
    const name = (field.split('.')[0] ?? field) as K;
    if (known && !known.includes(name)) return;
    const list = byField.get(name) ?? [];
    if (!list.includes(message)) list.push(message);
    byField.set(name, list);
  };
  for (const d of err.details) add(d.field, d.message);
  if (byField.size === 0) add(err.field, err.message);
  return [...byField.entries()].map(([name, errors]) => ({ name, errors }));
}

export function errorMessage(err: unknown, fallback: string): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error && err.message) return err.message;
  return fallback;
}
