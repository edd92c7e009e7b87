import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, createCity, createUser, signIn, TEST_PASSWORD } from '../../../../test/factories.js';
import { openTestApp } from '../../../../test/harness.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, ip = '10.1.1.1', language = 'zh-CN') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    remoteAddress: ip,
    headers: { 'accept-language': language },
  });

describe('sign-in', () => {
  let city: City;
  beforeAll(async () => {
    city = await createCity(t.database.db);
  });

  it('signs in with the right password and returns the user, permissions and an HttpOnly session cookie', async () => {
    const user = await createUser(t.database.db, city.departments.a, ['admin']);
    const response = await login(user.username, TEST_PASSWORD, '10.1.0.1');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user.username).toBe(user.username);
    expect(body.user.permissions).toContain('identity.users.manage');
    expect(body.user.jurisdiction).toMatchObject({ code: city.a, level: 'district' });
    const cookie = response.cookies.find((c) => c.name === 'wj_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const auditor = await signIn(t.app, await createUser(t.database.db, city.departments.a, ['auditor']));
    const trail = (
      await auditor.request('GET', `/api/v1/audit?entityId=${user.id}&action=identity.session.login`)
    ).json();
    expect(trail.items[0].actorName).toContain(user.username);
    expect(trail.items[0].actorId).toBe(user.id);
  });

  it('refuses a wrong password with a localised message, in Chinese by default and English on request', async () => {
    const user = await createUser(t.database.db, city.departments.a, ['inspector']);
    const zh = await login(user.username, 'wrong-password-1', '10.1.0.2');
    expect(zh.statusCode).toBe(401);
    expect(zh.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码不正确。' });
    const en = await login(user.username, 'wrong-password-1', '10.1.0.2', 'en-US,en;q=0.9');
    expect(en.json().error.message).toBe('The user name or password is incorrect.');
    expect(en.json().requestId).toBeTruthy();
  });

  it('locks the account after five failures in a row, tells the admins, and an admin can unlock it', async () => {
    const admin = await createUser(t.database.db, city.departments.a, ['admin']);
    const user = await createUser(t.database.db, city.departments.a, ['inspector']);
    for (let i = 0; i < 4; i += 1)
      expect((await login(user.username, 'bad-password-1', '10.1.0.3')).statusCode).toBe(401);
    const fifth = await login(user.username, 'bad-password-1', '10.1.0.3');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    // Locked: even the right password is refused now.
    expect((await login(user.username, TEST_PASSWORD, '10.1.0.3')).statusCode).toBe(423);

    const adminClient = await signIn(t.app, admin);
    await t.runner.tick();
    const inbox = (await adminClient.request('GET', '/api/v1/notifications')).json();
    expect(inbox.items.map((n: { kind: string }) => n.kind)).toContain('account.locked');

    const unlocked = await adminClient.request('POST', `/api/v1/users/${user.id}/unlock`);
    expect(unlocked.statusCode).toBe(200);
    expect(unlocked.json().lockedUntil).toBeNull();
    expect((await login(user.username, TEST_PASSWORD, '10.1.0.3')).statusCode).toBe(200);
  });

  it('refuses an address after 20 failed attempts within 15 minutes', async () => {
    for (let i = 0; i < 20; i += 1) await login(`nobody${i}`, 'whatever-pass-1', '10.1.0.4');
    const response = await login('nobody', 'whatever-pass-1', '10.1.0.4');
    expect(response.statusCode).toBe(429);
    expect(response.json().error.code).toBe('RATE_LIMITED');
  });

  it('lists every validation problem, each naming its field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: '' },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.map((d: { field: string }) => d.field).sort()).toEqual(['password', 'username']);
    expect(error.details.find((d: { field: string }) => d.field === 'password').message).toBe('必填。');
  });
});

describe('session, CSRF, password and sign-out', () => {
  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const city = await createCity(t.database.db);
    const user = await createUser(t.database.db, city.departments.a, ['inspector']);
    const client = await signIn(t.app, user);
    const without = await client.request('POST', '/api/v1/notifications/read-all', undefined, {
      'x-csrf-token': 'forged',
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_FAILED');
    expect((await client.request('POST', '/api/v1/notifications/read-all')).statusCode).toBe(204);
  });

  it('changes the password with the rules enforced, and the new password works', async () => {
    const city = await createCity(t.database.db);
    const user = await createUser(t.database.db, city.departments.a, ['inspector'], {
      mustChangePassword: true,
    });
    const client = await signIn(t.app, user);
    expect((await client.request('GET', '/api/v1/auth/session')).json().user.mustChangePassword).toBe(true);
    const weak = await client.request('POST', '/api/v1/auth/password', {
      currentPassword: 'nope',
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(
      weak
        .json()
        .error.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`)
        .sort(),
    ).toEqual(['currentPassword:password_wrong', 'newPassword:password_weak']);
    const ok = await client.request('POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'New-password-2027',
    });
    expect(ok.statusCode).toBe(204);
    expect((await login(user.username, 'New-password-2027', '10.1.0.9')).statusCode).toBe(200);
    expect((await client.request('GET', '/api/v1/auth/session')).json().user.mustChangePassword).toBe(false);
  });

  it('signs out: the cookie no longer opens a session', async () => {
    const city = await createCity(t.database.db);
    const user = await createUser(t.database.db, city.departments.a, ['inspector']);
    const client = await signIn(t.app, user);
    expect((await client.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    const after = await client.request('GET', '/api/v1/auth/session');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });
});
