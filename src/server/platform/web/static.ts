import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const WEB_DIST = path.resolve(import.meta.dirname, '../../../../dist/web');

/**
 * Serves the built staff app and portal. Hashed assets are cached for a year; the HTML pages
 * never, so a new build is picked up on the next load.
 */
export async function installWeb(app: FastifyInstance, dist = WEB_DIST): Promise<boolean> {
  if (!existsSync(path.join(dist, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    index: false,
    setHeaders: (res, filePath) => {
      res.header(
        'cache-control',
        filePath.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  return true;
}

/** The HTML page for a client-side route: the portal under /portal, the staff app elsewhere. */
export function sendAppPage(request: FastifyRequest, reply: FastifyReply) {
  const page =
    request.url === '/portal' || request.url.startsWith('/portal/') || request.url.startsWith('/portal?')
      ? 'portal.html'
      : 'index.html';
  return reply.header('cache-control', 'no-cache').sendFile(page);
}
