import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, SESSION_COOKIE } from '../../platform/auth/access-control.js';
import { AppError } from '../../platform/http/errors.js';
import type { IdentityServices } from './index.js';
import { passwordBody, loginBody, sessionResponse } from './schema.js';

const tags = ['auth 登录与会话'];

export function registerAuthRoutes(app: FastifyInstance, services: IdentityServices, cookieSecure: boolean) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: { tags, summary: '登录 Sign in', body: loginBody, response: { 200: sessionResponse } },
    },
    async (request, reply) => {
      const session = await services.auth.login(request.ctx, request.body.username, request.body.password);
      reply.setCookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: cookieSecure,
        path: '/',
        expires: session.expiresAt,
      });
      const actor = await services.auth.resolveSession(session.token);
      if (!actor) throw new AppError('UNAUTHENTICATED');
      return { user: await services.me(actor), csrfToken: session.csrfToken };
    },
  );

  r.get(
    '/api/v1/auth/session',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '当前会话 Current session', response: { 200: sessionResponse } },
    },
    async (request) => {
      const actor = requireActor(request);
      return { user: await services.me(actor), csrfToken: actor.csrfToken };
    },
  );

  r.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '退出登录 Sign out', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await services.auth.logout(request.ctx, requireActor(request));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/v1/auth/password',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '修改密码 Change password', body: passwordBody, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await services.auth.changePassword(
        request.ctx,
        requireActor(request),
        request.body.currentPassword,
        request.body.newPassword,
      );
      return reply.status(204).send(null);
    },
  );
}
