import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/access-control.js';
import type { Db } from '../db/client.js';
import { isoDate, pageQuery, pagedResponse } from '../http/pagination.js';
import { auditRead, type WriteDeps } from '../write.js';
import { searchAudit } from './store.js';
import { verifyAuditChain } from './verify.js';

const tags = ['audit 审计'];
const entry = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  jurisdictionCode: z.string().nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
const query = z.object({
  ...pageQuery,
  actor: z.string().trim().max(100).optional(),
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
const verifyResponse = z.object({
  intact: z.boolean(),
  checked: z.number(),
  firstBrokenId: z.number().nullable(),
  reason: z.string().nullable(),
});

// Dates are Shanghai calendar days: [from 00:00, to+1 00:00) at UTC+8.
const dayStart = (date: string, plusDays = 0) =>
  new Date(Date.parse(`${date}T00:00:00+08:00`) + plusDays * 86_400_000);

export function registerAuditRoutes(app: FastifyInstance, db: Db, write: WriteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/audit',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags,
        summary: '检索审计日志 Search the audit trail',
        querystring: query,
        response: { 200: pagedResponse(entry) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, from, to, ...filter } = request.query;
      const result = await searchAudit(
        db,
        {
          ...filter,
          jurisdictionCodes: actor.scope.jurisdictionCodes,
          includeUnassigned: actor.scope.isCityWide,
          from: from ? dayStart(from) : undefined,
          to: to ? dayStart(to, 1) : undefined,
        },
        page,
        pageSize,
      );
      await auditRead(write, request.ctx, {
        action: 'audit.search',
        entityType: 'audit_log',
        after: request.query,
      });
      return {
        items: result.items.map((row) => ({ ...row, at: row.at.toISOString() })),
        total: result.total,
        page,
        pageSize,
      };
    },
  );

  r.post(
    '/api/v1/audit/verify',
    {
      config: { access: { permission: 'audit.verify' } },
      schema: { tags, summary: '验证审计链 Verify the audit chain', response: { 200: verifyResponse } },
    },
    async () => verifyAuditChain(db),
  );
}
