import type { FastifyInstance } from 'fastify';
import { registerCodeListRoutes } from './code-list-routes.js';
import { registerEditRoutes } from './edit-routes.js';
import { registerFhirRoutes } from './fhir/fhir-routes.js';
import { registerFilingRoutes } from './filing-routes.js';
import type { RegistryServices } from './index.js';
import { registerRecordRoutes } from './record-routes.js';
import { registerUploadRoutes } from './upload-routes.js';

/** Every HTTP route of the registry: code lists, institutions, practitioners. */
export function registerRegistryRoutes(app: FastifyInstance, services: RegistryServices) {
  registerCodeListRoutes(app, services);
  registerRecordRoutes(app, services);
  registerEditRoutes(app, services);
  registerFilingRoutes(app, services);
  registerFhirRoutes(app, services);
  registerUploadRoutes(app, services);
}
