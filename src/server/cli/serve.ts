import pino from 'pino';
import { buildApp } from '../app.js';
import type { Config } from '../platform/config.js';
import { ensureWebBuilt } from '../platform/web/build.js';
import { openAndMigrate } from './open.js';
import { seedDemoData } from './seed-demo.js';

/** `weijian serve`: build the web app if needed, migrate, seed on first start, serve, run jobs. */
export async function serve(config: Config): Promise<void> {
  const log = pino({ level: config.logLevel });
  ensureWebBuilt(log);
  const { database, release, applied } = await openAndMigrate(config, 'serve', config.port);
  if (applied.length) log.info({ applied }, 'migrations applied');
  const weijian = await buildApp({ database, config, logger: log, serveWeb: true });
  if (config.seedDemo) await seedDemoData(weijian, config, log);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    await weijian.app.close();
    await weijian.runner.stop();
    await database.close();
    release();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await weijian.app.listen({ port: config.port, host: config.host });
  await weijian.runner.start();
  log.info({ url: `http://localhost:${config.port}`, database: database.kind }, 'Weijian is serving');
}

/** `weijian worker`: runs jobs and delivers events against PostgreSQL, next to one or more servers. */
export async function worker(config: Config): Promise<void> {
  if (!config.databaseUrl) {
    throw new Error(
      'weijian worker needs PostgreSQL (set DATABASE_URL). With the embedded database the server runs all jobs itself.',
    );
  }
  const log = pino({ level: config.logLevel });
  const { database } = await openAndMigrate(config, 'worker');
  const weijian = await buildApp({ database, config, logger: log });
  await weijian.runner.start();
  log.info('worker running; Ctrl+C to stop');
  const stop = async () => {
    await weijian.runner.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
