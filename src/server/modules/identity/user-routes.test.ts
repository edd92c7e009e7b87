import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type City,
  type Client,
  createCity,
  createDepartment,
  createUser,
  signIn,
} from '../../../../test/factories.js';
import { openTestApp } from '../../../../test/harness.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let cityAdmin: Client;
let districtAdmin: Client;
beforeAll(async () => {
  t = await openTestApp();
  city = await createCity(t.database.db);
  cityAdmin = await signIn(t.app, await createUser(t.database.db, city.departments.city, ['admin']));
  districtAdmin = await signIn(t.app, await createUser(t.database.db, city.departments.a, ['admin']));
});
afterAll(() => t.close());

const newUser = (overrides: Record<string, unknown> = {}) => ({
  username: `zhang.${Math.random().toString(36).slice(2, 8)}`,
  displayName: '张三',
  email: 'zhangsan@example.cn',
  roles: ['inspector'],
  departmentId: city.departments.a.id,
  ...overrides,
});

describe('user accounts', () => {
  it('creates a user with a one-time password that signs in and must be changed', async () => {
    const input = newUser();
    const created = await districtAdmin.request('POST', '/api/v1/users', input);
    expect(created.statusCode).toBe(201);
    const { user, initialPassword } = created.json();
    expect(user).toMatchObject({
      username: input.username,
      jurisdictionCode: city.a,
      status: 'active',
      roles: ['inspector'],
    });
    expect(user).not.toHaveProperty('passwordHash');
    const client = await signIn(t.app, { username: input.username, password: initialPassword });
    const session = (await client.request('GET', '/api/v1/auth/session')).json();
    expect(session.user.mustChangePassword).toBe(true);
    await t.runner.tick();
    const inbox = (await client.request('GET', '/api/v1/notifications')).json();
    expect(inbox.items[0]).toMatchObject({ kind: 'account.created', title: '欢迎使用卫监平台' });
    expect(inbox.unreadCount).toBe(1);
  });

  it('reports every invalid field at once, in the request language', async () => {
    const response = await districtAdmin.request(
      'POST',
      '/api/v1/users',
      { username: '1x', displayName: '', email: 'not-mail', roles: [], departmentId: 'nope' },
      { 'accept-language': 'en' },
    );
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toMatch(/5 problem/);
    expect(error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'departmentId',
      'displayName',
      'email',
      'roles',
      'username',
    ]);
    expect(error.details.find((d: { field: string }) => d.field === 'displayName').message).toBe(
      'Must be at least 2 characters.',
    );
  });

  it('refuses a duplicate user name with CONFLICT naming the field', async () => {
    const input = newUser();
    expect((await districtAdmin.request('POST', '/api/v1/users', input)).statusCode).toBe(201);
    const again = await districtAdmin.request('POST', '/api/v1/users', { ...input, displayName: '李四' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'CONFLICT', field: 'username' });
  });

  it('keeps a district administrator inside the district: no users for another district', async () => {
    const response = await districtAdmin.request(
      'POST',
      '/api/v1/users',
      newUser({ departmentId: city.departments.b.id }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({ field: 'departmentId', code: 'out_of_scope' }),
    ]);
    expect(
      (await cityAdmin.request('POST', '/api/v1/users', newUser({ departmentId: city.departments.b.id })))
        .statusCode,
    ).toBe(201);
  });

  it('refuses an inactive department and an institution-user role without an institution', async () => {
    const inactive = await createDepartment(t.database.db, city.a, 'cdc', false);
    const response = await districtAdmin.request(
      'POST',
      '/api/v1/users',
      newUser({ departmentId: inactive.id, roles: ['institution_user'] }),
    );
    expect(
      response
        .json()
        .error.details.map((d: { code: string }) => d.code)
        .sort(),
    ).toEqual(['department_inactive', 'role_needs_institution']);
  });

  it('lists with search, filters, sorting and paging, scoped to the district', async () => {
    for (const name of ['甲一', '甲二', '甲三'])
      await districtAdmin.request(
        'POST',
        '/api/v1/users',
        newUser({ displayName: name, roles: ['legal_reviewer'] }),
      );
    const page1 = (
      await districtAdmin.request('GET', '/api/v1/users?role=legal_reviewer&pageSize=2&sort=displayName')
    ).json();
    expect(page1.total).toBe(3);
    expect(page1.items.map((u: { displayName: string }) => u.displayName)).toEqual(['甲一', '甲三']);
    const page2 = (
      await districtAdmin.request(
        'GET',
        '/api/v1/users?role=legal_reviewer&pageSize=2&page=2&sort=displayName',
      )
    ).json();
    expect(page2.items.map((u: { displayName: string }) => u.displayName)).toEqual(['甲二']);
    const all = (await districtAdmin.request('GET', '/api/v1/users?pageSize=200')).json();
    expect(all.items.every((u: { jurisdictionCode: string }) => u.jurisdictionCode === city.a)).toBe(true);
    const searchPercent = (await districtAdmin.request('GET', '/api/v1/users?q=%25')).json();
    expect(searchPercent.total).toBe(0);
  });

  it('updates, disables (ending the sessions) and re-enables a user, auditing before and after', async () => {
    const target = await createUser(t.database.db, city.departments.a, ['inspector']);
    const targetClient = await signIn(t.app, target);
    const updated = await districtAdmin.request('PATCH', `/api/v1/users/${target.id}`, {
      displayName: '王五',
      status: 'disabled',
    });
    expect(updated.json()).toMatchObject({ displayName: '王五', status: 'disabled' });
    expect((await targetClient.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    const auditor = await signIn(t.app, await createUser(t.database.db, city.departments.a, ['auditor']));
    const trail = (
      await auditor.request('GET', `/api/v1/audit?entityId=${target.id}&action=identity.user.update`)
    ).json();
    expect(trail.items[0].before).toMatchObject({
      displayName: expect.stringContaining('测试用户'),
      status: 'active',
    });
    expect(trail.items[0].after).toMatchObject({ displayName: '王五', status: 'disabled' });
    expect(JSON.stringify(trail.items)).not.toContain('argon2');
  });

  it('does not let administrators lock themselves out', async () => {
    const me = (await districtAdmin.request('GET', '/api/v1/auth/session')).json().user;
    const response = await districtAdmin.request('PATCH', `/api/v1/users/${me.id}`, { status: 'disabled' });
    expect(response.json().error.details[0]).toMatchObject({ field: 'status', code: 'self_lockout' });
  });

  it('resets a password: old sessions end, the new one-time password works', async () => {
    const target = await createUser(t.database.db, city.departments.a, ['inspector']);
    const old = await signIn(t.app, target);
    const reset = (await districtAdmin.request('POST', `/api/v1/users/${target.id}/reset-password`)).json();
    expect((await old.request('GET', '/api/v1/auth/session')).statusCode).toBe(401);
    const fresh = await signIn(t.app, { username: target.username, password: reset.initialPassword });
    expect((await fresh.request('GET', '/api/v1/auth/session')).json().user.mustChangePassword).toBe(true);
  });

  it('audits the reading of a user record', async () => {
    const target = await createUser(t.database.db, city.departments.a, ['inspector']);
    expect((await districtAdmin.request('GET', `/api/v1/users/${target.id}`)).statusCode).toBe(200);
    const trail = (
      await cityAdmin.request('GET', `/api/v1/audit?entityId=${target.id}&action=identity.user.read`)
    ).json();
    expect(trail.total).toBe(1);
  });
});
