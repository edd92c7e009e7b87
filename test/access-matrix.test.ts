/**
 * The route × role × scope matrix: every API route, called by every role at city and district
 * level (and by a user of another city, and by nobody), must answer exactly as its declared
 * permission says, and must never show or change district B's non-public data to anyone outside
 * B's city or inside district A. A new route is covered automatically; a new route with a path
 * parameter fails here until it is given a target below.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/shared/roles.js';
import { hasPermission } from '../src/server/platform/auth/permissions.js';
import { permissions } from '../src/server/app.js';
import { notifyUser } from '../src/server/platform/notifications/notify.js';
import { type City, type Client, createCity, createUser, signIn } from './factories.js';
import { openTestApp } from './harness.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let b: {
  userId: string;
  username: string;
  email: string;
  departmentId: string;
  notificationId: string;
  notificationTitle: string;
};

interface Actor {
  label: string;
  roles: Role[];
  level: 'city' | 'district' | 'other-city' | 'anonymous';
  client: Client | null;
}
const actors: Actor[] = [];

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  city = await createCity(db);
  const other = await createCity(db);
  const bUser = await createUser(db, city.departments.b, ['inspector']);
  const notificationTitle = `B-secret-${randomUUID()}`;
  const notificationId = await notifyUser(
    db,
    { userId: bUser.id, kind: 'test', title: notificationTitle, titleEn: notificationTitle },
    false,
  );
  // Audit entries about B's user, written as B's administrator.
  const bAdmin = await signIn(t.app, await createUser(db, city.departments.b, ['admin']));
  expect(
    (await bAdmin.request('PATCH', `/api/v1/users/${bUser.id}`, { displayName: '乙区检查员' })).statusCode,
  ).toBe(200);
  b = {
    userId: bUser.id,
    username: bUser.username,
    email: `${bUser.username}@test.example`,
    departmentId: city.departments.b.id,
    notificationId,
    notificationTitle,
  };

  for (const role of ROLES) {
    actors.push({
      label: `${role}@city`,
      roles: [role],
      level: 'city',
      client: await signIn(t.app, await createUser(db, city.departments.city, [role])),
    });
    actors.push({
      label: `${role}@districtA`,
      roles: [role],
      level: 'district',
      client: await signIn(t.app, await createUser(db, city.departments.a, [role])),
    });
  }
  actors.push({
    label: 'admin@otherCity',
    roles: ['admin'],
    level: 'other-city',
    client: await signIn(t.app, await createUser(db, other.departments.city, ['admin'])),
  });
  actors.push({
    label: 'auditor@otherCity',
    roles: ['auditor'],
    level: 'other-city',
    client: await signIn(t.app, await createUser(db, other.departments.city, ['auditor'])),
  });
  actors.push({ label: 'anonymous', roles: [], level: 'anonymous', client: null });
});
afterAll(() => t.close());

/** Which of B's records each path parameter points at. */
const targets = (): Record<string, string> => ({
  '/api/v1/users/:id': b.userId,
  '/api/v1/users/:id/unlock': b.userId,
  '/api/v1/users/:id/reset-password': b.userId,
  '/api/v1/departments/:id': b.departmentId,
  '/api/v1/notifications/:id/read': b.notificationId,
});

/** A body that passes validation, so the request reaches the permission and scope checks. */
const bodies = (): Record<string, unknown> => ({
  'POST /api/v1/users': {
    username: `leak${randomUUID().slice(0, 8)}`,
    displayName: '越权用户',
    roles: ['inspector'],
    departmentId: b.departmentId,
  },
  'PATCH /api/v1/users/:id': { displayName: 'hacked', status: 'disabled' },
  'POST /api/v1/departments': {
    code: `LEAK-${randomUUID().slice(0, 8)}`,
    name: '越权部门',
    nameEn: 'Leak department',
    kind: 'cdc',
    jurisdictionCode: city.b,
  },
  'PATCH /api/v1/departments/:id': { name: 'hacked department', active: false },
  'POST /api/v1/auth/password': { currentPassword: 'not-my-password-1', newPassword: 'Another-password-1' },
  'POST /api/v1/auth/login': { username: 'matrix-nobody', password: 'wrong-password-1' },
});

/** Query strings that aim list routes at B's records. */
const probes = () => [
  '',
  `?jurisdiction=${city.b}`,
  `?departmentId=${city.departments.b.id}`,
  `?entityId=${b.userId}`,
  `?actor=${b.username}`,
  '?q=u',
];

const isAllowed = (access: (typeof t.routes)[number]['access'], actor: Actor) => {
  if (access === 'public') return true;
  if (actor.level === 'anonymous') return false;
  if (access === 'authenticated') return true;
  return hasPermission(permissions, actor.roles, access.permission);
};

/** True when the actor may see district B's non-public data. */
const mayReadB = (actor: Actor) => actor.level === 'city';

/**
 * The response text to search for B's markers. An auditor's search is itself audited with the
 * query typed (`audit.search`); those entries echo the probes' own parameters, not B's data.
 */
function visibleText(url: string, body: string): string {
  if (url !== '/api/v1/audit') return body;
  const parsed = JSON.parse(body) as { items?: { action: string }[] };
  return JSON.stringify((parsed.items ?? []).filter((item) => item.action !== 'audit.search'));
}

async function call(actor: Actor, method: string, url: string, body?: unknown) {
  if (!actor.client)
    return t.app.inject({ method: method as 'GET', url, payload: body as object | undefined });
  if (url.endsWith('/auth/logout')) {
    // Signing out would end the shared session: use a throwaway one.
    return (await signIn(t.app, await createUser(t.database.db, city.departments.a, actor.roles))).request(
      method,
      url,
      body,
    );
  }
  return actor.client.request(method, url, body);
}

describe('route × role × scope matrix', () => {
  it('covers every API route, each with a target for its path parameters', () => {
    expect(t.routes.length).toBeGreaterThanOrEqual(17);
    for (const route of t.routes) {
      if (route.url.includes(':'))
        expect(targets()[route.url], `${route.method} ${route.url} needs a target`).toBeTruthy();
    }
  });

  async function checkAccess(who: Actor[]) {
    const wrong: string[] = [];
    for (const route of t.routes) {
      const url = targets()[route.url] ? route.url.replace(':id', targets()[route.url] as string) : route.url;
      for (const actor of who) {
        const response = await call(actor, route.method, url, bodies()[`${route.method} ${route.url}`]);
        const code =
          response.statusCode >= 400 ? (response.json() as { error: { code: string } }).error.code : 'OK';
        const allowed = isAllowed(route.access, actor);
        const refused = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
        if (allowed === refused)
          wrong.push(
            `${actor.label} ${route.method} ${route.url} → ${response.statusCode} ${code} (expected ${allowed ? 'allowed' : 'refused'})`,
          );
      }
    }
    return wrong;
  }

  it('answers every route as its declared permission says, for every role outside B’s scope', async () => {
    expect(await checkAccess(actors.filter((a) => !mayReadB(a)))).toEqual([]);
  });

  it('leaves district B’s records unchanged after every write attempt from outside its scope', async () => {
    const cityAdmin = actors.find((a) => a.label === 'admin@city')?.client as Client;
    const user = (await cityAdmin.request('GET', `/api/v1/users/${b.userId}`)).json();
    expect(user).toMatchObject({ displayName: '乙区检查员', status: 'active', lockedUntil: null });
    const departments = (
      await cityAdmin.request('GET', `/api/v1/departments?jurisdiction=${city.b}&pageSize=200`)
    ).json();
    expect(departments.items.find((d: { id: string }) => d.id === b.departmentId)).toMatchObject({
      active: true,
      name: expect.not.stringContaining('hacked'),
    });
    expect(departments.items.some((d: { name: string }) => d.name === '越权部门')).toBe(false);
    const created = (
      await cityAdmin.request('GET', `/api/v1/users?jurisdiction=${city.b}&pageSize=200`)
    ).json();
    expect(created.items.some((u: { displayName: string }) => u.displayName === '越权用户')).toBe(false);
    const bInbox = await signIn(t.app, { username: b.username, password: 'Test-password-2026' });
    const inbox = (await bInbox.request('GET', '/api/v1/notifications')).json();
    expect(inbox.items.find((n: { id: string }) => n.id === b.notificationId)?.readAt).toBeNull();
  });

  it('never shows district B’s non-public data outside its city or to district A', async () => {
    const leaks: string[] = [];
    const markers = [b.userId, b.username, b.email, b.notificationId, b.notificationTitle];
    for (const route of t.routes.filter((r) => r.method === 'GET')) {
      const base = targets()[route.url]
        ? route.url.replace(':id', targets()[route.url] as string)
        : route.url;
      for (const actor of actors.filter((a) => !mayReadB(a))) {
        for (const probe of route.url.includes(':') ? [''] : probes()) {
          const response = await call(actor, 'GET', `${base}${probe}`);
          const found = markers.filter((marker) => visibleText(route.url, response.body).includes(marker));
          if (found.length) leaks.push(`${actor.label} GET ${base}${probe} shows ${found.join(', ')}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('lets city-level readers see district B, so the leak check above can find what it looks for', async () => {
    const cityAdmin = actors.find((a) => a.label === 'admin@city');
    const response = await cityAdmin?.client?.request('GET', `/api/v1/users?jurisdiction=${city.b}`);
    expect(response?.body).toContain(b.username);
  });

  it('answers every route as its declared permission says, for every role at city level (last: they may change B)', async () => {
    expect(await checkAccess(actors.filter(mayReadB))).toEqual([]);
  });
});
