import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/access-control.js';
import {
  clinicFiling,
  clinicFilingBody,
  filingParams,
  technologyFiling,
  technologyFilingBody,
  validationBody,
  validationRecorded,
  withdrawalBody,
} from './filing-schema.js';
import type { RegistryServices } from './index.js';
import {
  presentClinicFiling,
  presentTechnologyFiling,
  presentValidation,
  presentVerification,
} from './present-filings.js';
import { idParams } from './schema.js';

const tags = ['registry 机构与人员'];
const manage = { access: { permission: 'registry.manage' } };

/** Writes of an institution's filings (限制类技术备案, 诊所备案) and validation results (校验). */
export function registerFilingRoutes(app: FastifyInstance, services: RegistryServices) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/institutions/:id/technology-filings',
    {
      config: manage,
      schema: {
        tags,
        summary: '限制类技术备案 File a restricted technology',
        params: idParams,
        body: technologyFilingBody,
        response: { 201: technologyFiling },
      },
    },
    async (request, reply) => {
      const filing = await services.filings.fileTechnology(
        request.ctx,
        requireActor(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(presentTechnologyFiling(filing));
    },
  );

  r.post(
    '/api/v1/institutions/:id/technology-filings/:filingId/withdraw',
    {
      config: manage,
      schema: {
        tags,
        summary: '撤销限制类技术备案 Withdraw a technology filing',
        params: filingParams,
        body: withdrawalBody,
        response: { 200: technologyFiling },
      },
    },
    async (request) =>
      presentTechnologyFiling(
        await services.filings.withdrawTechnology(
          request.ctx,
          requireActor(request),
          request.params.id,
          request.params.filingId,
          request.body,
        ),
      ),
  );

  r.post(
    '/api/v1/institutions/:id/clinic-filing',
    {
      config: manage,
      schema: {
        tags,
        summary: '诊所备案 Record a clinic filing (new or changed)',
        params: idParams,
        body: clinicFilingBody,
        response: { 200: clinicFiling },
      },
    },
    async (request) => {
      const filing = await services.filings.recordClinicFiling(
        request.ctx,
        requireActor(request),
        request.params.id,
        request.body,
      );
      return presentClinicFiling(filing);
    },
  );

  r.post(
    '/api/v1/institutions/:id/validations',
    {
      config: manage,
      schema: {
        tags,
        summary: '记录校验结论 Record a validation result',
        params: idParams,
        body: validationBody,
        response: { 201: validationRecorded },
      },
    },
    async (request, reply) => {
      const result = await services.validations.recordValidation(
        request.ctx,
        requireActor(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({
        validation: presentValidation(result.validation),
        verification: presentVerification(result.verification),
      });
    },
  );
}
