import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/access-control.js';
import { EXPORT_TYPES, type ExportTable, renderCsv, renderXlsx } from '../registry/index.js';
import type { UploadedBatch } from './batch-service.js';
import type { ScreeningServices } from './index.js';
import { presentBatch, presentProblem, problemTable, templateTable } from './present.js';
import {
  batch,
  batchDetail,
  batchDetailQuery,
  batchListQuery,
  batchPage,
  reportQuery,
  templateQuery,
  uuidParams,
} from './schema.js';

const tags = ['screening 非现场监管'];
const read = { access: { permission: 'screening.read' } };
const upload = { access: { permission: 'screening.upload' } };

export async function sendTable(
  reply: FastifyReply,
  table: ExportTable,
  name: string,
  format: 'csv' | 'xlsx',
) {
  const body = format === 'csv' ? renderCsv(table) : await renderXlsx(table, name);
  return reply
    .header('content-type', EXPORT_TYPES[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(body);
}

/**
 * The one file of a multipart upload, read as it streams in and cut off at the size limit (so an
 * oversized file is refused without being held whole).
 */
async function readBatchFile(
  request: FastifyRequest,
  services: ScreeningServices,
): Promise<UploadedBatch | null> {
  const { limits, uploadError } = services.batches;
  if (!request.isMultipart()) return null;
  let found: UploadedBatch | null = null;
  try {
    const parts = request.parts({ limits: { fileSize: limits.maxFileBytes, files: 1, fields: 5, parts: 6 } });
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.file.truncated) throw uploadError(request.ctx, 'too_large', part.filename);
      found = { name: part.filename, bytes: Buffer.concat(chunks) };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw uploadError(request.ctx, 'too_large');
    if (code === 'FST_FILES_LIMIT') throw uploadError(request.ctx, 'no_file');
    throw error;
  }
  return found;
}

function routes(app: FastifyInstance, services: ScreeningServices) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/screening/batches',
    {
      config: upload,
      schema: {
        tags,
        summary: '上传诊疗记录批次 Upload a batch of service records',
        description:
          'multipart/form-data with one file: records.csv (interchange v1) or .ndjson/.jsonl. Answers 202 with the queued batch; a job checks every row (all or nothing) and screens the batch against the registry as of each service date.',
        consumes: ['multipart/form-data'],
        response: { 202: batch },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await readBatchFile(request, services);
      const created = await services.batches.upload(request.ctx, actor, file);
      return reply.status(202).send(presentBatch(created, await services.names(), request.ctx.language));
    },
  );

  r.get(
    '/api/v1/screening/batches',
    {
      config: read,
      schema: {
        tags,
        summary: '批次列表 List batches',
        querystring: batchListQuery,
        response: { 200: batchPage },
      },
    },
    async (request) => {
      const { page, pageSize, status } = request.query;
      const result = await services.batches.listBatchPage(requireActor(request), status, page, pageSize);
      const names = await services.names();
      return {
        items: result.items.map((b) => presentBatch(b, names, request.ctx.language)),
        total: result.total,
        page,
        pageSize,
        limits: services.batches.limits,
      };
    },
  );

  r.get(
    '/api/v1/screening/batches/template',
    {
      config: read,
      schema: { tags, summary: '记录文件模板 Header of records.csv', querystring: templateQuery },
    },
    async (_request, reply) => sendTable(reply, templateTable(), 'records', 'csv'),
  );

  r.get(
    '/api/v1/screening/batches/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '批次详情 A batch: status, findings or row-level problems',
        params: uuidParams,
        querystring: batchDetailQuery,
        response: { 200: batchDetail },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const found = await services.batches.batchDetail(
        requireActor(request),
        request.params.id,
        page,
        pageSize,
      );
      const lang = request.ctx.language;
      return {
        ...presentBatch(found.batch, await services.names(), lang),
        problems: {
          items: found.problems.items.map((p) => presentProblem(p, lang)),
          total: found.problems.total,
          page,
          pageSize,
        },
      };
    },
  );

  r.get(
    '/api/v1/screening/batches/:id/report',
    {
      config: read,
      schema: {
        tags,
        summary: '下载问题报告 Row-level report (CSV/XLSX)',
        params: uuidParams,
        querystring: reportQuery,
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const rows = await services.batches.reportRows(
        request.ctx,
        requireActor(request),
        request.params.id,
        format,
      );
      return sendTable(reply, problemTable(rows), `batch-report-${request.params.id.slice(0, 8)}`, format);
    },
  );
}

/** Registers the batch routes with multipart parsing, in their own encapsulated context. */
export function registerBatchRoutes(app: FastifyInstance, services: ScreeningServices) {
  app.register(async (scoped) => {
    await scoped.register(fastifyMultipart);
    routes(scoped, services);
  });
}
