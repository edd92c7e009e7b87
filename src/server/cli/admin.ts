import pino from 'pino';
import { buildApp } from '../app.js';
import { verifyAuditChain } from '../platform/audit/verify.js';
import type { Config } from '../platform/config.js';
import { openAndMigrate } from './open.js';
import { seedDemoData } from './seed-demo.js';

/** `weijian migrate`: applies pending migrations and lists them. */
export async function migrateCommand(config: Config): Promise<number> {
  const { database, release, applied } = await openAndMigrate(config, 'migrate');
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s):\n  ${applied.join('\n  ')}`
      : 'Database is up to date. 数据库已是最新。',
  );
  await database.close();
  release();
  return 0;
}

/** `weijian seed`: seeds the demo city into an empty database. */
export async function seedCommand(config: Config): Promise<number> {
  const { database, release } = await openAndMigrate(config, 'seed');
  const log = pino({ level: config.logLevel });
  const weijian = await buildApp({ database, config, logger: log });
  const seeded = await seedDemoData(weijian, config, log);
  console.log(
    seeded.identity || seeded.registry
      ? `Demo data seeded: ${[seeded.identity && 'city and users', seeded.registry && 'registry'].filter(Boolean).join(', ')}. 演示数据已写入。`
      : 'Users and registry already exist; nothing seeded. 已有用户与机构数据，未写入演示数据。',
  );
  await weijian.app.close();
  await database.close();
  release();
  return 0;
}

/** `weijian audit verify`: exit 0 when the chain is intact, 1 with the first broken entry otherwise. */
export async function auditVerifyCommand(config: Config): Promise<number> {
  const { database, release } = await openAndMigrate(config, 'audit verify');
  const result = await verifyAuditChain(database.db);
  await database.close();
  release();
  if (result.intact) {
    console.log(
      `Audit trail intact: ${result.checked} entries checked. 审计链完整，共校验 ${result.checked} 条。`,
    );
    return 0;
  }
  console.error(
    `Audit trail BROKEN at entry ${result.firstBrokenId} (${result.reason}); ${result.checked} entries before it are intact.\n` +
      `审计链在第 ${result.firstBrokenId} 条处断裂（${result.reason === 'hash_mismatch' ? '内容被修改' : '链接不符，前一条被删除或替换'}）。`,
  );
  return 1;
}
