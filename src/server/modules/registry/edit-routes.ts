import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/access-control.js';
import {
  institutionPatchBody,
  newInstitutionBody,
  newPractitionerBody,
  practitionerPatchBody,
} from './edit-schema.js';
import type { RegistryServices } from './index.js';
import { presentInstitutionDetail, presentPractitionerDetail } from './present.js';
import { idParams, institutionDetail, practitionerDetail } from './schema.js';

const tags = ['registry 机构与人员'];
const manage = { access: { permission: 'registry.manage' } };

/** Create (POST) and edit (PATCH) of institutions and practitioners; answers with the record's detail. */
export function registerEditRoutes(app: FastifyInstance, services: RegistryServices) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/institutions',
    {
      config: manage,
      schema: {
        tags,
        summary: '新建医疗机构 Create an institution',
        body: newInstitutionBody,
        response: { 201: institutionDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await services.edit.createInstitution(request.ctx, request.body);
      const detail = await services.read.getInstitution(actor, id, request.ctx.now());
      return reply.status(201).send(presentInstitutionDetail(detail));
    },
  );

  r.patch(
    '/api/v1/institutions/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: '修改医疗机构 Update an institution',
        params: idParams,
        body: institutionPatchBody,
        response: { 200: institutionDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await services.edit.updateInstitution(request.ctx, actor, request.params.id, request.body);
      return presentInstitutionDetail(
        await services.read.getInstitution(actor, request.params.id, request.ctx.now()),
      );
    },
  );

  r.post(
    '/api/v1/practitioners',
    {
      config: manage,
      schema: {
        tags,
        summary: '新建医师 Create a practitioner',
        body: newPractitionerBody,
        response: { 201: practitionerDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await services.edit.createPractitioner(request.ctx, request.body);
      return reply
        .status(201)
        .send(presentPractitionerDetail(await services.read.getPractitioner(actor, id)));
    },
  );

  r.patch(
    '/api/v1/practitioners/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: '修改医师 Update a practitioner',
        params: idParams,
        body: practitionerPatchBody,
        response: { 200: practitionerDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await services.edit.updatePractitioner(request.ctx, actor, request.params.id, request.body);
      return presentPractitionerDetail(await services.read.getPractitioner(actor, request.params.id));
    },
  );
}
