import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { translateDbError } from '../db/pg-errors.js';
import { pickLanguage } from '../i18n/language.js';
import { errorMessage } from '../i18n/messages.js';
import { AppError, type ErrorCode, isAppError } from './errors.js';
import { type IssueLike, issuesToDetails } from './validation.js';

export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string; field: string | null; details: AppError['details'] };
  requestId: string;
}

function fromValidation(
  error: FastifyError & {
    validation: {
      instancePath: string;
      keyword: string;
      message?: string;
      params: Record<string, unknown>;
    }[];
  },
  request: FastifyRequest,
): AppError {
  const context = (error as { validationContext?: string }).validationContext;
  const input =
    context === 'querystring' ? request.query : context === 'params' ? request.params : request.body;
  const issues: IssueLike[] = error.validation.map((v) => ({
    ...(v.params as object),
    code: v.keyword,
    message: v.message,
    path: v.instancePath.split('/').filter(Boolean),
  }));
  const details = issuesToDetails(issues, pickLanguage(request.headers['accept-language']), input);
  return new AppError('VALIDATION_FAILED', { field: details[0]?.field ?? null, details });
}

/** Maps anything thrown to an AppError: ours as is, validation and body errors to 4xx, the rest to 500. */
function toAppError(error: unknown, request: FastifyRequest): AppError {
  if (isAppError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) return fromValidation(error as never, request);
  const translated = translateDbError(error);
  if (isAppError(translated)) return translated;
  const fastifyError = error as FastifyError;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('PAYLOAD_TOO_LARGE');
  if (
    fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
    fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    (fastifyError.statusCode === 400 && fastifyError.code?.startsWith('FST_ERR_CTP'))
  ) {
    return new AppError('VALIDATION_FAILED', {
      field: 'body',
      details: [{ field: 'body', code: 'invalid', message: fastifyError.message }],
    });
  }
  if (fastifyError.statusCode === 429) return new AppError('RATE_LIMITED');
  return new AppError('INTERNAL', { cause: error });
}

/** The one error envelope of the API, localised by Accept-Language. Never leaks a stack or SQL. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error, request);
  if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'unhandled error');
  const language = pickLanguage(request.headers['accept-language']);
  const params = { count: appError.details.length || 1, field: appError.field ?? '', ...appError.params };
  const body: ErrorEnvelope = {
    error: {
      code: appError.code,
      message: appError.explicitMessage ?? errorMessage(appError.code, language, params),
      field: appError.field,
      details: appError.details,
    },
    requestId: request.id,
  };
  return reply.status(appError.status).send(body);
}
