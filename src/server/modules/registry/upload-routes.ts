import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/access-control.js';
import type { RegistryServices } from './index.js';
import { EXPORT_TYPES, type ExportTable, renderCsv, renderXlsx } from './present-export.js';
import { presentImport, presentProblem, reportTable, templateTable } from './present-upload.js';
import {
  importDetail,
  importDetailQuery,
  importIdParams,
  importListQuery,
  importPage,
  importSummary,
  reportQuery,
  templateQuery,
} from './upload-schema.js';
import type { UploadedFile } from './upload-service.js';

const tags = ['registry 机构与人员'];
const access = { access: { permission: 'registry.import' } };

async function sendFile(reply: FastifyReply, table: ExportTable, name: string, format: 'csv' | 'xlsx') {
  const body = format === 'csv' ? renderCsv(table) : await renderXlsx(table, name);
  return reply
    .header('content-type', EXPORT_TYPES[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(body);
}

/** The files of a multipart upload; the limits of the upload service turn into 413 / 400. */
async function readUpload(request: FastifyRequest, services: RegistryServices): Promise<UploadedFile[]> {
  const { limits, uploadError } = services.uploads;
  if (!request.isMultipart()) throw uploadError(request.ctx, 'no_files');
  const files: UploadedFile[] = [];
  let current = '';
  try {
    const parts = request.parts({
      limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 10, parts: 20 },
    });
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      current = part.filename;
      files.push({ field: part.fieldname, name: part.filename, bytes: await part.toBuffer() });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw uploadError(request.ctx, 'too_large', current);
    if (code === 'FST_FILES_LIMIT') throw uploadError(request.ctx, 'too_many_files');
    throw error;
  }
  return files;
}

/** Imports through the API: upload, list, follow, read the report; templates of the files. */
function routes(app: FastifyInstance, services: RegistryServices) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/registry/imports',
    {
      config: access,
      schema: {
        tags,
        summary: '上传导入文件 Upload files to import',
        description:
          'multipart/form-data with 1–3 files: institutions, practitioners, drugs as .csv or .xlsx (interchange v1; the XLSX export re-imports), or one FHIR R4 Bundle .json. Answers 202 with the queued import; a job checks every row and writes all or nothing.',
        consumes: ['multipart/form-data'],
        response: { 202: importSummary },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const files = await readUpload(request, services);
      const created = await services.uploads.upload(request.ctx, actor, files);
      return reply.status(202).send(presentImport(created.record, created.files));
    },
  );

  r.get(
    '/api/v1/registry/imports',
    {
      config: access,
      schema: {
        tags,
        summary: '导入记录 List imports',
        querystring: importListQuery,
        response: { 200: importPage },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const result = await services.uploads.listImportPage(requireActor(request), page, pageSize);
      return {
        items: result.items.map((i) => presentImport(i, result.files)),
        total: result.total,
        page,
        pageSize,
        limits: services.uploads.limits,
      };
    },
  );

  r.get(
    '/api/v1/registry/imports/template',
    {
      config: access,
      schema: {
        tags,
        summary: '导入模板 Header template of an interchange file',
        querystring: templateQuery,
      },
    },
    async (request, reply) =>
      sendFile(reply, templateTable(request.query.kind), request.query.kind, request.query.format),
  );

  r.get(
    '/api/v1/registry/imports/:id',
    {
      config: access,
      schema: {
        tags,
        summary: '导入进度与结果 An import: phase, progress, summary or problems',
        params: importIdParams,
        querystring: importDetailQuery,
        response: { 200: importDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, file } = request.query;
      const found = await services.uploads.importDetail(actor, request.params.id, { file, page, pageSize });
      const { problems } = found;
      return {
        ...presentImport(found.record, found.files),
        problemFiles: found.problemFiles,
        problems: {
          items: problems.items.map((p) => presentProblem(p, request.ctx.language)),
          total: problems.total,
          page,
          pageSize,
        },
        reportCap: services.uploads.reportCap,
      };
    },
  );

  r.get(
    '/api/v1/registry/imports/:id/report',
    {
      config: access,
      schema: {
        tags,
        summary: '下载问题报告 Row-level report (CSV/XLSX)',
        params: importIdParams,
        querystring: reportQuery,
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const rows = await services.uploads.reportRows(
        request.ctx,
        requireActor(request),
        request.params.id,
        format,
      );
      return sendFile(reply, reportTable(rows), `import-report-${request.params.id.slice(0, 8)}`, format);
    },
  );
}

/** Registers the import routes with multipart parsing, in their own encapsulated context. */
export function registerUploadRoutes(app: FastifyInstance, services: RegistryServices) {
  app.register(async (scoped) => {
    await scoped.register(fastifyMultipart);
    routes(scoped, services);
  });
}
