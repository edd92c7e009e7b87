import '@fastify/cookie';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from '../context.js';
import { AppError } from '../http/errors.js';
import { pickLanguage } from '../i18n/language.js';
import { type Access, hasPermission, type PermissionTable } from './permissions.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    ctx: RequestContext;
  }
}

export const SESSION_COOKIE = 'wj_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AccessControlOptions {
  permissions: PermissionTable;
  resolveSession: (token: string) => Promise<Actor | null>;
  now?: () => Date;
}

const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** A route and the access it declared; the list is the input of the route × role × scope test. */
export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

/**
 * Enforces, for every API route, the access it declares: a route without a declaration, or naming
 * an unknown permission, fails at start-up, so no route can be left open by forgetting.
 * Cookie-authenticated writes must echo the session's CSRF token in `x-csrf-token`.
 */
export function installAccessControl(app: FastifyInstance, options: AccessControlOptions): RouteAccess[] {
  const now = options.now ?? (() => new Date());
  const routes: RouteAccess[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`${route.method} ${route.url} declares no access`);
    if (typeof access === 'object' && !options.permissions[access.permission]) {
      throw new Error(`${route.method} ${route.url} names unknown permission ${access.permission}`);
    }
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url, access });
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await options.resolveSession(token) : null;
    request.ctx = {
      actor: request.actor,
      requestId: request.id,
      ip: request.ip,
      language: pickLanguage(request.headers['accept-language']),
      now,
    };
  });
  app.addHook('preValidation', async (request) => checkAccess(request, options.permissions));
  return routes;
}

function checkAccess(request: FastifyRequest, permissions: PermissionTable): void {
  const access = request.routeOptions.config.access;
  if (!access || access === 'public') return;
  const actor = request.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, actor.csrfToken)) throw new AppError('CSRF_FAILED');
  }
  if (access !== 'authenticated' && !hasPermission(permissions, actor.roles, access.permission)) {
    throw new AppError('FORBIDDEN');
  }
}

/** The signed-in actor of a route that declared an access other than public. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
