import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RegistryServices } from './index.js';
import { presentCodeList, presentCodeListSummary } from './present.js';
import { codeListDetail, codeListIndex, codeListQuery, idParams } from './schema.js';

const tags = ['registry 代码表'];

export function registerCodeListRoutes(app: FastifyInstance, services: RegistryServices) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/code-lists',
    {
      config: { access: { permission: 'registry.read' } },
      schema: { tags, summary: '代码表 Code lists', response: { 200: codeListIndex } },
    },
    async () => ({ items: (await services.codeLists.list()).map(presentCodeListSummary) }),
  );

  r.get(
    '/api/v1/code-lists/:id',
    {
      config: { access: { permission: 'registry.read' } },
      schema: {
        tags,
        summary: '代码表条目 Code list items',
        params: idParams,
        querystring: codeListQuery,
        response: { 200: codeListDetail },
      },
    },
    async (request) =>
      presentCodeList(
        await services.codeLists.get(request.params.id, request.query.version, request.query.q),
      ),
  );
}
