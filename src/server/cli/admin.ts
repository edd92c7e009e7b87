import { seedIdentityDemo } from '../modules/identity/index.js';
import { verifyAuditChain } from '../platform/audit/verify.js';
import { createPasswordHasher } from '../platform/auth/passwords.js';
import type { Config } from '../platform/config.js';
import { systemContext } from '../platform/context.js';
import { openAndMigrate } from './open.js';

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
  const seeded = await seedIdentityDemo(
    { db: database.db, emailEnabled: false, afterCommit: () => {} },
    systemContext('seed'),
    createPasswordHasher(config.argon2Fast),
  );
  console.log(
    seeded
      ? 'Demo data seeded. 演示数据已写入。'
      : 'Users already exist; nothing seeded. 已有用户，未写入演示数据。',
  );
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
