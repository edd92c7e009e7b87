import type { FastifyInstance } from 'fastify';
import { registerAuthRoutes } from './auth-routes.js';
import { registerDepartmentRoutes } from './department-routes.js';
import type { IdentityServices } from './index.js';
import { registerUserRoutes } from './user-routes.js';

export function registerIdentityRoutes(
  app: FastifyInstance,
  services: IdentityServices,
  cookieSecure: boolean,
) {
  registerAuthRoutes(app, services, cookieSecure);
  registerUserRoutes(app, services);
  registerDepartmentRoutes(app, services);
}
