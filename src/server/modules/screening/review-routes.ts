import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/access-control.js';
import { sendTable } from './batch-routes.js';
import type { ScreeningServices } from './index.js';
import { RULES } from './domain/rules.js';
import { presentClue, presentRule, presentWarning, presentWarningDetail, warningTable } from './present.js';
import {
  clueBody,
  clueDetail,
  clueListQuery,
  cluePage,
  dashboard,
  dashboardQuery,
  dismissBody,
  rule,
  uuidParams,
  warningDetail,
  warningExportQuery,
  warningListQuery,
  warningPage,
} from './schema.js';

const tags = ['screening 非现场监管'];
const read = { access: { permission: 'screening.read' } };
const review = { access: { permission: 'screening.review' } };

/** Rules, warnings (list, export, evidence, dismiss), clues and the dashboard. */
export function registerReviewRoutes(app: FastifyInstance, services: ScreeningServices) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/screening/rules',
    {
      config: read,
      schema: {
        tags,
        summary: '筛查规则 Screening rules R1–R10',
        response: { 200: z.object({ items: z.array(rule) }) },
      },
    },
    async () => ({ items: RULES.map(presentRule) }),
  );

  r.get(
    '/api/v1/screening/warnings',
    {
      config: read,
      schema: {
        tags,
        summary: '预警列表 List warnings',
        querystring: warningListQuery,
        response: { 200: warningPage },
      },
    },
    async (request) => {
      const { page, pageSize, sort, rule: rules, ...filters } = request.query;
      const result = await services.warnings.list(
        requireActor(request),
        { ...filters, rules },
        sort,
        page,
        pageSize,
      );
      const names = await services.names();
      return {
        items: result.items.map((w) => presentWarning(w, names, result.clueNumbers)),
        total: result.total,
        page,
        pageSize,
      };
    },
  );

  r.get(
    '/api/v1/screening/warnings/export',
    {
      config: read,
      schema: { tags, summary: '导出预警 Export warnings (CSV/XLSX)', querystring: warningExportQuery },
    },
    async (request, reply) => {
      const { format, sort, rule: rules, ...filters } = request.query;
      const rows = await services.warnings.exportRows(
        request.ctx,
        requireActor(request),
        { ...filters, rules },
        sort,
        format,
      );
      return sendTable(
        reply,
        warningTable(rows, await services.names(), request.ctx.language),
        'warnings',
        format,
      );
    },
  );

  r.get(
    '/api/v1/screening/warnings/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '预警与证据 A warning and its evidence',
        params: uuidParams,
        response: { 200: warningDetail },
      },
    },
    async (request) => {
      const found = await services.warnings.detail(request.ctx, requireActor(request), request.params.id);
      return presentWarningDetail(found.warning, await services.names(), found.clueNumbers);
    },
  );

  r.post(
    '/api/v1/screening/warnings/dismiss',
    {
      config: review,
      schema: {
        tags,
        summary: '忽略预警 Dismiss warnings with a reason',
        body: dismissBody,
        response: { 200: z.object({ dismissed: z.number().int() }) },
      },
    },
    async (request) =>
      services.warnings.dismiss(request.ctx, requireActor(request), request.body.ids, request.body.reason),
  );

  r.post(
    '/api/v1/screening/clues',
    {
      config: review,
      schema: {
        tags,
        summary: '转为线索 Make a clue of warnings',
        body: clueBody,
        response: { 201: clueDetail },
      },
    },
    async (request, reply) => {
      const found = await services.clues.create(request.ctx, requireActor(request), request.body);
      const names = await services.names();
      return reply.status(201).send({
        ...presentClue(found.clue, names, request.ctx.language),
        note: found.clue.note,
        warnings: found.warnings.map((w) => presentWarning(w, names, found.clueNumbers)),
      });
    },
  );

  r.get(
    '/api/v1/screening/clues',
    {
      config: read,
      schema: {
        tags,
        summary: '线索列表 List clues',
        querystring: clueListQuery,
        response: { 200: cluePage },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const result = await services.clues.list(requireActor(request), page, pageSize);
      const names = await services.names();
      return {
        items: result.items.map((c) => presentClue(c, names, request.ctx.language)),
        total: result.total,
        page,
        pageSize,
      };
    },
  );

  r.get(
    '/api/v1/screening/clues/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '线索详情 A clue and its warnings',
        params: uuidParams,
        response: { 200: clueDetail },
      },
    },
    async (request) => {
      const found = await services.clues.detail(requireActor(request), request.params.id);
      const names = await services.names();
      return {
        ...presentClue(found.clue, names, request.ctx.language),
        note: found.clue.note,
        warnings: found.warnings.map((w) => presentWarning(w, names, found.clueNumbers)),
      };
    },
  );

  r.get(
    '/api/v1/screening/dashboard',
    {
      config: read,
      schema: {
        tags,
        summary: '预警统计 Warnings by rule, district and week',
        querystring: dashboardQuery,
        response: { 200: dashboard },
      },
    },
    async (request) => services.dashboard.dashboard(request.ctx, requireActor(request), request.query),
  );
}
