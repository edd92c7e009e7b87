/** The closed set of error codes the API returns; one table maps each to its HTTP status. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  OUT_OF_SCOPE: 403,
  CSRF_FAILED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STATE_TRANSITION_INVALID: 409,
  DEADLINE_PASSED: 409,
  PAYLOAD_TOO_LARGE: 413,
  REFERENCE_NOT_FOUND: 422,
  IMPORT_REJECTED: 422,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  DATABASE_BUSY: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  field: string | null;
  code: string;
  message: string;
}

export interface AppErrorOptions {
  field?: string | null;
  /** Overrides the catalogue message (already localised or a fixed English fallback). */
  message?: string;
  /** Values interpolated into the catalogue message: {name}. */
  params?: Record<string, string | number>;
  details?: ErrorDetail[];
  cause?: unknown;
}

/** The one error type of the platform: services throw it, the HTTP layer renders it. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | null;
  readonly params: Record<string, string | number>;
  readonly details: ErrorDetail[];
  readonly explicitMessage: string | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options.field ?? null;
    this.params = options.params ?? {};
    this.details = options.details ?? [];
    this.explicitMessage = options.message;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** A validation failure listing every problem, each naming its field. */
export function validationFailed(details: ErrorDetail[]): AppError {
  return new AppError('VALIDATION_FAILED', { field: details[0]?.field ?? null, details });
}
