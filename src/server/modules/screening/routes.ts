import type { FastifyInstance } from 'fastify';
import { registerBatchRoutes } from './batch-routes.js';
import type { ScreeningServices } from './index.js';
import { registerReviewRoutes } from './review-routes.js';

/** The screening API (docs/api/screening.md). */
export function registerScreeningRoutes(app: FastifyInstance, services: ScreeningServices) {
  registerBatchRoutes(app, services);
  registerReviewRoutes(app, services);
}
