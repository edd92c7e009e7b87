import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../auth/access-control.js';
import type { Db } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { pageQuery } from '../http/pagination.js';
import { runWrite, type WriteDeps } from '../write.js';
import { listForUser, markAllRead, markRead } from './store.js';

const tags = ['notifications 消息通知'];
const item = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
const page = z.object({
  items: z.array(item),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  unreadCount: z.number(),
});
const query = z.object({
  ...pageQuery,
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

/** Each user's own inbox; nobody reads another's. Titles come in the request's language. */
export function registerNotificationRoutes(app: FastifyInstance, db: Db, write: WriteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/notifications',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '我的消息 My notifications', querystring: query, response: { 200: page } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page: p, pageSize, unread } = request.query;
      const result = await listForUser(db, actor.userId, unread ?? false, p, pageSize);
      const en = request.ctx.language === 'en';
      return {
        items: result.items.map((n) => ({
          id: n.id,
          kind: n.kind,
          title: en ? n.titleEn : n.title,
          body: en ? n.bodyEn : n.body,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
        total: result.total,
        page: p,
        pageSize,
        unreadCount: result.unreadCount,
      };
    },
  );

  r.post(
    '/api/v1/notifications/:id/read',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '标为已读 Mark read',
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await runWrite(write, request.ctx, async (w) => {
        if (!(await markRead(w.tx, actor.userId, request.params.id))) throw new AppError('NOT_FOUND');
        await w.audit({
          action: 'notification.read',
          entityType: 'notification',
          entityId: request.params.id,
        });
      });
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/v1/notifications/read-all',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '全部标为已读 Mark all read', response: { 204: z.null() } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await runWrite(write, request.ctx, async (w) => {
        const count = await markAllRead(w.tx, actor.userId);
        await w.audit({ action: 'notification.read_all', entityType: 'notification', after: { count } });
      });
      return reply.status(204).send(null);
    },
  );
}
