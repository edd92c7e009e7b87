import { Readable } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../../platform/auth/access-control.js';
import { handleError } from '../../../platform/http/error-handler.js';
import { AppError } from '../../../platform/http/errors.js';
import { pickLanguage } from '../../../platform/i18n/language.js';
import type { RegistryServices } from '../index.js';
import { idParams } from '../schema.js';
import { fhirId } from './fhir-ids.js';
import type { BundleStream } from './fhir-service.js';
import { FHIR_IMPORT_MAX_BYTES, fhirBundleBody, fhirExportQuery, fhirImportSummary } from './fhir-schema.js';

const tags = ['registry FHIR 机构与人员'];
const FHIR_JSON = 'application/fhir+json';

function sendBundle(reply: FastifyReply, bundle: BundleStream, name: string) {
  return reply
    .header('content-type', `${FHIR_JSON}; charset=utf-8`)
    .header('content-disposition', `attachment; filename="${name}.fhir.json"`)
    .send(Readable.from(bundle.chunks));
}

/** A Bundle over the size limit: 413 saying what the limit is and what to do instead. */
function tooLarge(request: FastifyRequest) {
  const mb = FHIR_IMPORT_MAX_BYTES / 1024 / 1024;
  const message =
    pickLanguage(request.headers['accept-language']) === 'en'
      ? `A FHIR Bundle may be at most ${mb} MB; export and import it district by district, or import CSV/XLSX files.`
      : `FHIR Bundle 不能超过 ${mb} MB；请按区分批导出、导入，或改用 CSV/XLSX 文件导入。`;
  return new AppError('PAYLOAD_TOO_LARGE', {
    field: 'body',
    details: [{ field: 'body', code: 'too_large', message }],
  });
}

/** FHIR R4 export (GET, registry.read) and import (POST, registry.import) of institutions and practitioners. */
export function registerFhirRoutes(app: FastifyInstance, services: RegistryServices) {
  if (!app.hasContentTypeParser(FHIR_JSON))
    app.addContentTypeParser(FHIR_JSON, { parseAs: 'string' }, app.getDefaultJsonParser('error', 'ignore'));
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/fhir/export',
    {
      config: { access: { permission: 'registry.read' } },
      schema: {
        tags,
        summary: '导出 FHIR Bundle Export institutions and practitioners as a FHIR R4 Bundle',
        description:
          'A `collection` Bundle (application/fhir+json) of the institutions in scope matching the list filters: ' +
          'Organization and Location of each, the practitioners in scope registered there, one PractitionerRole ' +
          'per current registration. Mapping: docs/api/fhir.md.',
        querystring: fhirExportQuery,
      },
    },
    async (request, reply) => {
      const { sort, ...filter } = request.query;
      const bundle = await services.fhir.exportBundle(request.ctx, requireActor(request), filter, sort);
      return sendBundle(reply, bundle, 'institutions');
    },
  );

  r.get(
    '/api/v1/institutions/:id/fhir',
    {
      config: { access: { permission: 'registry.read' } },
      schema: {
        tags,
        summary: '导出机构 FHIR Bundle One institution with its practitioners as a FHIR R4 Bundle',
        params: idParams,
      },
    },
    async (request, reply) => {
      const bundle = await services.fhir.exportInstitution(
        request.ctx,
        requireActor(request),
        request.params.id,
      );
      return sendBundle(reply, bundle, `institution-${fhirId(request.params.id)}`);
    },
  );

  r.post(
    '/api/v1/fhir/import',
    {
      config: { access: { permission: 'registry.import' } },
      bodyLimit: FHIR_IMPORT_MAX_BYTES,
      errorHandler: (error: FastifyError, request, reply) =>
        handleError(error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? tooLarge(request) : error, request, reply),
      schema: {
        tags,
        summary: '导入 FHIR Bundle Import a FHIR R4 Bundle of institutions and practitioners',
        description:
          'All or nothing, through the registry import: any problem (422 IMPORT_REJECTED, each detail naming ' +
          '`Bundle.entry[n]`, the resource and the FHIR path) writes nothing. Body application/fhir+json or ' +
          `application/json, at most ${FHIR_IMPORT_MAX_BYTES / 1024 / 1024} MB (413 beyond).`,
        body: fhirBundleBody,
        response: { 200: fhirImportSummary },
      },
    },
    async (request) => services.fhir.importBundle(request.ctx, request.body),
  );
}
