import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, type Client, createCity, createUser, signIn } from '../../../../test/factories.js';
import { openTestApp } from '../../../../test/harness.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let districtAdmin: Client;
beforeAll(async () => {
  t = await openTestApp();
  city = await createCity(t.database.db);
  districtAdmin = await signIn(t.app, await createUser(t.database.db, city.departments.a, ['admin']));
});
afterAll(() => t.close());

const newDepartment = (overrides: Record<string, unknown> = {}) => ({
  code: `A-CDC-${Math.random().toString(36).slice(2, 7)}`,
  name: '甲区疾病预防控制中心',
  nameEn: 'District A CDC',
  kind: 'cdc',
  jurisdictionCode: city.a,
  ...overrides,
});

describe('departments', () => {
  it('creates, renames and deactivates a department in the administrator’s district', async () => {
    const created = await districtAdmin.request('POST', '/api/v1/departments', newDepartment());
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const renamed = await districtAdmin.request('PATCH', `/api/v1/departments/${id}`, {
      name: '甲区疾控中心',
      active: false,
    });
    expect(renamed.json()).toMatchObject({ name: '甲区疾控中心', active: false, userCount: 0 });
    const active = (
      await districtAdmin.request(
        'GET',
        `/api/v1/departments?jurisdiction=${city.a}&active=true&pageSize=200`,
      )
    ).json();
    expect(active.items.some((d: { id: string }) => d.id === id)).toBe(false);
  });

  it('refuses a department in another district as OUT_OF_SCOPE', async () => {
    const response = await districtAdmin.request(
      'POST',
      '/api/v1/departments',
      newDepartment({ jurisdictionCode: city.b }),
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({ code: 'OUT_OF_SCOPE', field: 'jurisdictionCode' });
  });

  it('refuses an unknown kind and a duplicate code, naming the field', async () => {
    const bad = await districtAdmin.request('POST', '/api/v1/departments', newDepartment({ kind: 'bakery' }));
    expect(bad.json().error.details[0]).toMatchObject({ field: 'kind', code: 'invalid_value' });
    const input = newDepartment();
    await districtAdmin.request('POST', '/api/v1/departments', input);
    const duplicate = await districtAdmin.request('POST', '/api/v1/departments', {
      ...input,
      name: '另一个名字',
    });
    expect(duplicate.json().error).toMatchObject({ code: 'CONFLICT', field: 'code' });
  });

  it('lists the whole city to staff, with the number of users in each', async () => {
    const inspector = await signIn(t.app, await createUser(t.database.db, city.departments.a, ['inspector']));
    const list = (await inspector.request('GET', '/api/v1/departments?pageSize=200')).json();
    const codes = list.items.map((d: { jurisdictionCode: string }) => d.jurisdictionCode);
    expect(new Set(codes)).toEqual(new Set([city.root, city.a, city.b]));
    expect(
      list.items.find((d: { id: string }) => d.id === city.departments.a.id).userCount,
    ).toBeGreaterThanOrEqual(2);
  });

  it('publishes the directory of active supervising bodies without sign-in', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/departments?jurisdiction=${city.b}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((d: { id: string }) => d.id)).toContain(city.departments.b.id);
    expect(response.body).not.toContain('userCount');
  });

  it('shows the roles and permissions matrix', async () => {
    const roles = (await districtAdmin.request('GET', '/api/v1/roles')).json();
    expect(roles.roles.find((r: { role: string }) => r.role === 'admin').permissions).toContain(
      'identity.users.manage',
    );
    expect(roles.permissions.find((p: { key: string }) => p.key === 'audit.verify')).toMatchObject({
      name: '验证审计链',
      module: 'audit',
    });
  });
});
