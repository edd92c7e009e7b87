import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/access-control.js';
import type { RegistryServices } from './index.js';
import {
  presentInstitutionDetail,
  presentInstitutionSummary,
  presentPractitionerDetail,
  presentPractitionerSummary,
} from './present.js';
import {
  EXPORT_TYPES,
  type ExportTable,
  institutionTable,
  practitionerTable,
  renderCsv,
  renderXlsx,
} from './present-export.js';
import {
  idParams,
  institutionDetail,
  institutionExportQuery,
  institutionPage,
  institutionQuery,
  practitionerDetail,
  practitionerExportQuery,
  practitionerPage,
  practitionerQuery,
} from './schema.js';

const tags = ['registry 机构与人员'];
const read = { access: { permission: 'registry.read' } };

async function sendFile(reply: FastifyReply, table: ExportTable, name: string, format: 'csv' | 'xlsx') {
  const body = format === 'csv' ? renderCsv(table) : await renderXlsx(table, name);
  return reply
    .header('content-type', EXPORT_TYPES[format])
    .header('content-disposition', `attachment; filename="${name}.${format}"`)
    .send(body);
}

export function registerRecordRoutes(app: FastifyInstance, services: RegistryServices) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/institutions',
    {
      config: read,
      schema: {
        tags,
        summary: '医疗机构列表 List institutions',
        querystring: institutionQuery,
        response: { 200: institutionPage },
      },
    },
    async (request) => {
      const { page, pageSize, sort, ...filter } = request.query;
      const result = await services.read.listInstitutionPage(
        requireActor(request),
        filter,
        sort,
        page,
        pageSize,
        request.ctx.now(),
      );
      return {
        items: result.items.map((i) => presentInstitutionSummary(i, result.names)),
        total: result.total,
        page,
        pageSize,
      };
    },
  );

  r.get(
    '/api/v1/institutions/export',
    {
      config: read,
      schema: {
        tags,
        summary: '导出医疗机构 Export institutions (CSV/XLSX)',
        querystring: institutionExportQuery,
      },
    },
    async (request, reply) => {
      const { format, sort, ...filter } = request.query;
      const rows = await services.read.exportInstitutionRows(
        request.ctx,
        requireActor(request),
        filter,
        sort,
      );
      return sendFile(reply, institutionTable(rows), 'institutions', format);
    },
  );

  r.get(
    '/api/v1/institutions/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '医疗机构详情 Institution',
        params: idParams,
        response: { 200: institutionDetail },
      },
    },
    async (request) =>
      presentInstitutionDetail(
        await services.read.getInstitution(requireActor(request), request.params.id, request.ctx.now()),
      ),
  );

  r.get(
    '/api/v1/practitioners',
    {
      config: read,
      schema: {
        tags,
        summary: '医师列表 List practitioners',
        querystring: practitionerQuery,
        response: { 200: practitionerPage },
      },
    },
    async (request) => {
      const { page, pageSize, sort, ...filter } = request.query;
      const result = await services.read.listPractitionerPage(
        requireActor(request),
        filter,
        sort,
        page,
        pageSize,
      );
      return {
        items: result.items.map((p) => presentPractitionerSummary(p, result.names)),
        total: result.total,
        page,
        pageSize,
      };
    },
  );

  r.get(
    '/api/v1/practitioners/export',
    {
      config: read,
      schema: {
        tags,
        summary: '导出医师 Export practitioners (CSV/XLSX)',
        querystring: practitionerExportQuery,
      },
    },
    async (request, reply) => {
      const { format, sort, ...filter } = request.query;
      const rows = await services.read.exportPractitionerRows(
        request.ctx,
        requireActor(request),
        filter,
        sort,
      );
      return sendFile(reply, practitionerTable(rows), 'practitioners', format);
    },
  );

  r.get(
    '/api/v1/practitioners/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '医师详情 Practitioner',
        params: idParams,
        response: { 200: practitionerDetail },
      },
    },
    async (request) =>
      presentPractitionerDetail(
        await services.read.getPractitioner(requireActor(request), request.params.id),
      ),
  );
}
