import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../platform/context.js';
import type { PasswordHasher } from '../../platform/auth/passwords.js';
import { runWrite, type WriteDeps } from '../../platform/write.js';
import {
  CITY_DEPARTMENTS,
  DEMO_PASSWORD,
  DEMO_USERS,
  districtDepartments,
  SHANGHAI,
  SHANGHAI_DISTRICTS,
} from './seed-data.js';
import { insertDepartment, insertJurisdictions } from './store.js';
import { countUsers, insertUser } from './user-store.js';

/**
 * Seeds Shanghai, its 16 districts, the departments of each, and the demo accounts, in one
 * audited transaction. Does nothing when users already exist; returns whether it seeded.
 */
export async function seedIdentityDemo(
  write: WriteDeps,
  ctx: RequestContext,
  hasher: PasswordHasher,
): Promise<boolean> {
  if ((await countUsers(write.db)) > 0) return false;
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  await runWrite(write, ctx, async (w) => {
    await insertJurisdictions(w.tx, [
      { ...SHANGHAI, level: 'city', parentCode: null, rootCode: SHANGHAI.code },
      ...SHANGHAI_DISTRICTS.map((d) => ({
        code: d.code,
        name: d.name,
        nameEn: d.nameEn,
        level: 'district' as const,
        parentCode: SHANGHAI.code,
        rootCode: SHANGHAI.code,
      })),
    ]);
    const departments = [
      ...CITY_DEPARTMENTS.map((d) => ({ ...d, jurisdictionCode: SHANGHAI.code })),
      ...SHANGHAI_DISTRICTS.flatMap(districtDepartments),
    ];
    const ids = new Map<string, { id: string; jurisdictionCode: string }>();
    for (const department of departments) {
      const id = randomUUID();
      ids.set(department.code, { id, jurisdictionCode: department.jurisdictionCode });
      await insertDepartment(w.tx, { id, ...department });
    }
    for (const user of DEMO_USERS) {
      const department = ids.get(user.departmentCode);
      if (!department) throw new Error(`seed: unknown department ${user.departmentCode}`);
      await insertUser(w.tx, {
        id: randomUUID(),
        username: user.username,
        displayName: user.displayName,
        email: `${user.username}@weijian.example`,
        roles: user.roles,
        departmentId: department.id,
        jurisdictionCode: department.jurisdictionCode,
        passwordHash,
        mustChangePassword: false,
      });
    }
    await w.audit({
      action: 'identity.seed',
      entityType: 'seed',
      jurisdictionCode: SHANGHAI.code,
      after: { jurisdictions: 17, departments: departments.length, users: DEMO_USERS.length },
    });
  });
  return true;
}
