import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/access-control.js';
import type { IdentityServices } from './index.js';
import { presentDepartment, presentJurisdiction, presentRoles } from './present.js';
import {
  department,
  departmentPage,
  departmentPatchBody,
  departmentQuery,
  idParams,
  jurisdictionList,
  newDepartmentBody,
  publicDepartmentList,
  publicDepartmentQuery,
  rolesResponse,
} from './schema.js';

const tags = ['identity 部门与辖区'];

export function registerDepartmentRoutes(app: FastifyInstance, services: IdentityServices) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/jurisdictions',
    {
      config: { access: { permission: 'identity.jurisdictions.read' } },
      schema: { tags, summary: '本市辖区 Jurisdictions of my city', response: { 200: jurisdictionList } },
    },
    async (request) => ({
      items: (await services.jurisdictions.listCity(requireActor(request))).map(presentJurisdiction),
    }),
  );

  r.get(
    '/api/v1/departments',
    {
      config: { access: { permission: 'identity.departments.read' } },
      schema: {
        tags,
        summary: '部门列表 List departments',
        querystring: departmentQuery,
        response: { 200: departmentPage },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const result = await services.departments.list(requireActor(request), filter, page, pageSize);
      return { items: result.items.map(presentDepartment), total: result.total, page, pageSize };
    },
  );

  r.post(
    '/api/v1/departments',
    {
      config: { access: { permission: 'identity.departments.manage' } },
      schema: {
        tags,
        summary: '新建部门 Create a department',
        body: newDepartmentBody,
        response: { 201: department },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentDepartment(
            await services.departments.create(request.ctx, requireActor(request), request.body),
          ),
        ),
  );

  r.patch(
    '/api/v1/departments/:id',
    {
      config: { access: { permission: 'identity.departments.manage' } },
      schema: {
        tags,
        summary: '修改部门 Update a department',
        params: idParams,
        body: departmentPatchBody,
        response: { 200: department },
      },
    },
    async (request) =>
      presentDepartment(
        await services.departments.update(
          request.ctx,
          requireActor(request),
          request.params.id,
          request.body,
        ),
      ),
  );

  r.get(
    '/api/v1/roles',
    {
      config: { access: { permission: 'identity.roles.read' } },
      schema: { tags, summary: '角色与权限 Roles and permissions', response: { 200: rolesResponse } },
    },
    async () => presentRoles(services.permissions),
  );

  r.get(
    '/api/v1/public/jurisdictions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public 公开'],
        summary: '辖区 Jurisdictions (public)',
        response: { 200: jurisdictionList },
      },
    },
    async () => ({
      items: (await services.jurisdictions.listAll()).map(presentJurisdiction),
    }),
  );

  r.get(
    '/api/v1/public/departments',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public 公开'],
        summary: '监管部门名录 Supervising bodies (public)',
        querystring: publicDepartmentQuery,
        response: { 200: publicDepartmentList },
      },
    },
    async (request) => ({
      items: (await services.departments.listPublic(request.query)).map((row) => ({
        id: row.department.id,
        name: row.department.name,
        nameEn: row.department.nameEn,
        kind: row.department.kind,
        jurisdictionCode: row.department.jurisdictionCode,
        jurisdictionName: row.jurisdictionName,
        jurisdictionNameEn: row.jurisdictionNameEn,
      })),
    }),
  );
}
