import { userCreated, userLocked } from '../../../shared/events.js';
import type { Actor } from '../../platform/context.js';
import type { EventBus } from '../../platform/events/bus.js';
import { notifyUser } from '../../platform/notifications/notify.js';
import { AppError } from '../../platform/http/errors.js';
import { createAuthService } from './auth-service.js';
import { createDepartmentService } from './department-service.js';
import type { IdentityDeps } from './deps.js';
import { presentMe } from './present.js';
import { deleteExpiredSessions, deleteOldLoginAttempts } from './session-store.js';
import { findJurisdiction, listAllJurisdictions, listCityTree } from './store.js';
import { createUserService } from './user-service.js';
import { findUserById, listAdmins } from './user-store.js';

export { identityPermissions } from './policy.js';
export { registerIdentityRoutes } from './routes.js';
export type { IdentityDeps } from './deps.js';

/** The identity module's public face: its services, and what the platform needs from it. */
export function createIdentity(deps: IdentityDeps) {
  const { db } = deps;
  const services = {
    auth: createAuthService(deps),
    users: createUserService(deps),
    departments: createDepartmentService(deps),
    jurisdictions: {
      listCity: (actor: Actor) => listCityTree(db, actor.scope.rootCode),
      listAll: () => listAllJurisdictions(db),
    },
    permissions: deps.permissions,
    async me(actor: Actor) {
      const user = await findUserById(db, actor.userId);
      if (!user) throw new AppError('UNAUTHENTICATED');
      return presentMe(actor, user, deps.permissions);
    },
    /** E-mail address for notification delivery. */
    async emailOf(userId: string) {
      return (await findUserById(db, userId))?.email ?? null;
    },
    /** Scheduled housekeeping: expired sessions, and sign-in attempts older than a day. */
    async purgeSessions(now: Date) {
      await deleteExpiredSessions(db);
      await deleteOldLoginAttempts(db, new Date(now.getTime() - 86_400_000));
    },
  };
  return services;
}

export type IdentityServices = ReturnType<typeof createIdentity>;

/** Identity's own event subscribers: a welcome message for new users, an alert to admins on lock-out. */
export function subscribeIdentityEvents(bus: EventBus, emailEnabled: boolean) {
  bus.subscribe(userCreated.topic, 'identity.welcome', async (event, tx) => {
    const payload = userCreated.payload.parse(event.payload);
    await notifyUser(
      tx,
      {
        userId: payload.userId,
        kind: 'account.created',
        title: '欢迎使用卫监平台',
        titleEn: 'Welcome to Weijian',
        body: '您的账号已开通。首次登录后请立即修改初始密码。',
        bodyEn: 'Your account is ready. Please change the initial password after your first sign-in.',
        link: '/account/password',
      },
      emailEnabled,
    );
  });
  bus.subscribe(userLocked.topic, 'identity.lockout-alert', async (event, tx) => {
    const payload = userLocked.payload.parse(event.payload);
    // Inside the handler only `tx` may be used: the district's and the city's administrators.
    const home = await findJurisdiction(tx, payload.jurisdictionCode);
    const codes = [payload.jurisdictionCode, ...(home && home.rootCode !== home.code ? [home.rootCode] : [])];
    for (const admin of await listAdmins(tx, codes)) {
      await notifyUser(
        tx,
        {
          userId: admin.id,
          kind: 'account.locked',
          title: `账号 ${payload.username} 因多次登录失败被锁定`,
          titleEn: `Account ${payload.username} locked after failed sign-ins`,
          body: '如确认为本人操作，可在用户管理中解锁。',
          bodyEn: 'If this was the user, you can unlock the account under Users.',
          link: `/admin/users?q=${encodeURIComponent(payload.username)}`,
        },
        emailEnabled,
      );
    }
  });
}

export { seedIdentityDemo } from './seed.js';
export { DEMO_PASSWORD, DEMO_USERS, SHANGHAI } from './seed-data.js';
