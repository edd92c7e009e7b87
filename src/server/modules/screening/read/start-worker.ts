/**
 * Starts a worker thread on a module of this code base. The sources are TypeScript run through
 * tsx, whose loader hooks are not inherited by worker threads on Node 20; so a worker on a `.ts`
 * module first registers tsx itself (the same register() as bin/weijian.js), then imports it.
 * This works under `npx weijian` and under vitest alike.
 */
import { Worker } from 'node:worker_threads';

export function startWorker(module: URL, workerData: unknown): Worker {
  if (!module.pathname.endsWith('.ts')) return new Worker(module, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)})
    .then((api) => api.register())
    .then(() => import(${JSON.stringify(module.href)}));`;
  return new Worker(boot, { eval: true, workerData });
}
