import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/access-control.js';
import type { IdentityServices } from './index.js';
import { presentUser } from './present.js';
import {
  createdUser,
  idParams,
  newUserBody,
  resetResponse,
  user,
  userPage,
  userPatchBody,
  userQuery,
} from './schema.js';

const tags = ['identity 用户'];
const read = { access: { permission: 'identity.users.read' } } as const;
const manage = { access: { permission: 'identity.users.manage' } } as const;

export function registerUserRoutes(app: FastifyInstance, services: IdentityServices) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/users',
    {
      config: read,
      schema: { tags, summary: '用户列表 List users', querystring: userQuery, response: { 200: userPage } },
    },
    async (request) => {
      const { page, pageSize, sort, ...filter } = request.query;
      const result = await services.users.list(requireActor(request), filter, sort, page, pageSize);
      return { items: result.items.map(presentUser), total: result.total, page, pageSize };
    },
  );

  r.get(
    '/api/v1/users/:id',
    {
      config: read,
      schema: { tags, summary: '用户详情 Get a user', params: idParams, response: { 200: user } },
    },
    async (request) =>
      presentUser(await services.users.get(request.ctx, requireActor(request), request.params.id)),
  );

  r.post(
    '/api/v1/users',
    {
      config: manage,
      schema: { tags, summary: '新建用户 Create a user', body: newUserBody, response: { 201: createdUser } },
    },
    async (request, reply) => {
      const result = await services.users.create(request.ctx, requireActor(request), request.body);
      return reply
        .status(201)
        .send({ user: presentUser(result.user), initialPassword: result.initialPassword });
    },
  );

  r.patch(
    '/api/v1/users/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: '修改用户 Update a user',
        params: idParams,
        body: userPatchBody,
        response: { 200: user },
      },
    },
    async (request) =>
      presentUser(
        await services.users.update(request.ctx, requireActor(request), request.params.id, request.body),
      ),
  );

  r.post(
    '/api/v1/users/:id/unlock',
    {
      config: manage,
      schema: { tags, summary: '解锁账号 Unlock an account', params: idParams, response: { 200: user } },
    },
    async (request) =>
      presentUser(await services.users.unlock(request.ctx, requireActor(request), request.params.id)),
  );

  r.post(
    '/api/v1/users/:id/reset-password',
    {
      config: manage,
      schema: {
        tags,
        summary: '重置密码 Reset a password',
        params: idParams,
        response: { 200: resetResponse },
      },
    },
    async (request) => services.users.resetPassword(request.ctx, requireActor(request), request.params.id),
  );
}
