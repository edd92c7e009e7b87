import { randomBytes, randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { createTransport } from 'nodemailer';
import pino, { type Logger } from 'pino';
import {
  createIdentity,
  identityPermissions,
  registerIdentityRoutes,
  subscribeIdentityEvents,
} from './modules/identity/index.js';
import {
  createRegistry,
  IMPORT_JOB,
  registerRegistryRoutes,
  registryPermissions,
} from './modules/registry/index.js';
import {
  BATCH_JOB,
  createScreening,
  registerScreeningRoutes,
  screeningPermissions,
} from './modules/screening/index.js';
import { auditPermissions } from './platform/audit/policy.js';
import { registerAuditRoutes } from './platform/audit/routes.js';
import { installAccessControl, type RouteAccess } from './platform/auth/access-control.js';
import { createPasswordHasher } from './platform/auth/passwords.js';
import { mergePermissions } from './platform/auth/permissions.js';
import type { Config } from './platform/config.js';
import type { Database } from './platform/db/client.js';
import { EventBus } from './platform/events/bus.js';
import { systemContext } from './platform/context.js';
import { AppError } from './platform/http/errors.js';
import { handleError } from './platform/http/error-handler.js';
import { installMetrics } from './platform/http/metrics.js';
import { JobRunner } from './platform/jobs/runner.js';
import { createEmailJob } from './platform/notifications/email.js';
import { EMAIL_JOB } from './platform/notifications/notify.js';
import { registerNotificationRoutes } from './platform/notifications/routes.js';
import { installWeb, sendAppPage } from './platform/web/static.js';
import type { WriteDeps } from './platform/write.js';

export const VERSION = '0.1.0';

export interface AppOptions {
  database: Database;
  config: Config;
  logger?: Logger;
  now?: () => Date;
  /** Serve dist/web when it is built (the server does; route tests do not need it). */
  serveWeb?: boolean;
}

export interface Weijian {
  app: FastifyInstance;
  runner: JobRunner;
  bus: EventBus;
  write: WriteDeps;
  identity: ReturnType<typeof createIdentity>;
  registry: ReturnType<typeof createRegistry>;
  screening: ReturnType<typeof createScreening>;
  /** Every API route with its declared access. */
  routes: RouteAccess[];
}

/** Every permission of the platform and its modules, declared once as data. */
export const permissions = mergePermissions(
  auditPermissions,
  identityPermissions,
  registryPermissions,
  screeningPermissions,
);

/** Builds the whole HTTP application without listening; tests import it. */
export async function buildApp(options: AppOptions): Promise<Weijian> {
  const { database, config } = options;
  const log = options.logger ?? pino({ level: config.logLevel });
  const app: FastifyInstance = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: process.env.TRUST_PROXY === '1',
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && /^[\w.-]{8,64}$/.test(sent) ? sent : randomUUID();
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: { 'upgrade-insecure-requests': null, 'img-src': ["'self'", 'data:', 'blob:'] },
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: '卫监 Weijian API',
        version: VERSION,
        description: '医疗卫生行业综合监管平台 API. Errors: {error:{code,message,field,details},requestId}.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'wj_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/docs/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  installMetrics(app);

  const bus = new EventBus(database.db, log);
  const runner = new JobRunner(database.db, bus, log);
  const emailEnabled = !!config.smtpUrl;
  const write: WriteDeps = { db: database.db, emailEnabled, afterCommit: () => runner.wake() };
  const identity = createIdentity({
    db: database.db,
    write,
    hasher: createPasswordHasher(config.argon2Fast),
    permissions,
    sessionTtlHours: config.sessionTtlHours,
    randomBytes: (size) => randomBytes(size),
  });
  subscribeIdentityEvents(bus, emailEnabled);
  const registry = createRegistry({
    db: database.db,
    write,
    listJurisdictions: identity.jurisdictions.listAll,
    importMaxFileBytes: config.importMaxFileBytes,
    progressDuringWrite: database.kind === 'postgres',
  });
  await registry.codeLists.ensureLoaded(systemContext('code-lists', options.now));
  const screening = createScreening({
    db: database.db,
    write,
    listJurisdictions: identity.jurisdictions.listAll,
    registryHistory: registry.history,
    maxBatchBytes: config.screeningMaxBatchBytes,
  });
  const routes = installAccessControl(app, {
    permissions,
    resolveSession: identity.auth.resolveSession,
    now: options.now,
  });

  app.get('/healthz', { schema: { hide: true } }, async () => {
    await database.query('select 1');
    return { status: 'ok', version: VERSION, database: database.kind };
  });
  registerIdentityRoutes(app, identity, config.cookieSecure);
  registerRegistryRoutes(app, registry);
  registerScreeningRoutes(app, screening);
  registerAuditRoutes(app, database.db, write);
  registerNotificationRoutes(app, database.db, write);

  runner.register('identity.purge-sessions', () => identity.purgeSessions(new Date()));
  runner.register(IMPORT_JOB, registry.importJob);
  runner.register(BATCH_JOB, screening.batchJob);
  runner.schedule('identity.purge-sessions', 3600);
  if (config.smtpUrl) {
    runner.register(
      EMAIL_JOB,
      createEmailJob(database.db, createTransport(config.smtpUrl), config.mailFrom, identity.emailOf),
    );
  }

  const hasWeb = options.serveWeb ? await installWeb(app) : false;
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      request.headers.accept?.includes('text/html');
    if (hasWeb && isPage) return sendAppPage(request, reply);
    return handleError(new AppError('NOT_FOUND'), request, reply);
  });
  return { app, runner, bus, write, identity, registry, screening, routes };
}
