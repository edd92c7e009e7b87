import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type City,
  type Client,
  createCity,
  createInstitution,
  createPractitioner,
  createUser,
  signIn,
} from '../../../../test/factories.js';
import { openTestApp } from '../../../../test/harness.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let cityAdmin: Client;
let adminA: Client;
let inspectorA: Client;
let auditor: Client;
let seq = 0;

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  city = await createCity(db);
  cityAdmin = await signIn(t.app, await createUser(db, city.departments.city, ['admin']));
  adminA = await signIn(t.app, await createUser(db, city.departments.a, ['admin']));
  inspectorA = await signIn(t.app, await createUser(db, city.departments.a, ['inspector']));
  auditor = await signIn(t.app, await createUser(db, city.departments.city, ['auditor']));
});
afterAll(() => t.close());

const newInstitution = (overrides: Record<string, unknown> = {}) => {
  seq += 1;
  return {
    id: `${city.tag}-NEW-${seq}`,
    name: `新建门诊部${city.tag}${seq}`,
    category: 'outpatient_department',
    districtCode: city.a,
    status: 'active',
    address: '测试路 1 号',
    beds: 0,
    licence: {
      number: `LIC-${city.tag}-${seq}`,
      validFrom: '2025-01-01',
      validTo: '2029-12-31',
      departments: ['03', '03.01'],
    },
    ...overrides,
  };
};

const detail = async (client: Client, id: string) =>
  (await client.request('GET', `/api/v1/institutions/${id}`)).json();
const problems = (response: { json: () => { error: { details: { field: string; code: string }[] } } }) =>
  response.json().error.details.map((d) => `${d.field}:${d.code}`);

/** Creates an institution through the API as district A's administrator. */
async function created(overrides: Record<string, unknown> = {}) {
  const response = await adminA.request('POST', '/api/v1/institutions', newInstitution(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('creating an institution', () => {
  it('creates it with its licence and 诊疗科目, with a timeline entry and an audit entry', async () => {
    const input = newInstitution({ category: 'tcm_hospital', licence: undefined });
    input.licence = { ...newInstitution().licence, departments: ['50', '03.01', '03', '03'] };
    const response = await adminA.request('POST', '/api/v1/institutions', input);
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      id: input.id,
      name: input.name,
      districtCode: city.a,
      isTcm: true,
      ownership: 'public',
      licence: { number: input.licence.number, validFrom: '2025-01-01', validTo: '2029-12-31' },
      version: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    });
    expect(body.licence.departments.map((d: { code: string }) => d.code)).toEqual(['03', '03.01', '50']);
    expect(body.timeline).toHaveLength(1);
    expect(body.timeline[0]).toMatchObject({ source: 'ui', action: 'create' });
    expect(body.timeline[0].changes.address).toEqual({ from: null, to: '测试路 1 号' });
    const trail = (
      await auditor.request('GET', `/api/v1/audit?entityId=${input.id}&action=registry.institution.create`)
    ).json();
    expect(trail.items).toHaveLength(1);
    expect(trail.items[0]).toMatchObject({ jurisdictionCode: city.a, after: { name: input.name } });
  });

  it('refuses an id that exists with CONFLICT naming id, overwriting nothing', async () => {
    const first = await created();
    const again = await adminA.request('POST', '/api/v1/institutions', {
      ...newInstitution(),
      id: first.id,
      name: '覆盖测试',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect((await detail(adminA, first.id)).name).toBe(first.name);
  });

  it('refuses an unknown 诊疗科目 code and an inverted validity, naming each field, writing nothing', async () => {
    const input = newInstitution();
    input.licence = { ...input.licence, validFrom: '2026-01-01', validTo: '2025-12-31' };
    input.licence.departments = ['03', '99.99'];
    const response = await adminA.request('POST', '/api/v1/institutions', input, {
      'accept-language': 'en',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
    expect(problems(response)).toEqual([
      'licence.validTo:date_range',
      'licence.departments[1]:unknown_department',
    ]);
    expect(response.json().error.details[1].message).toContain('99.99');
    expect((await cityAdmin.request('GET', `/api/v1/institutions/${input.id}`)).statusCode).toBe(404);
  });

  it('refuses a licence number held by another institution with 409, not naming one out of scope', async () => {
    const other = await createInstitution(t.database.db, city, city.b);
    const response = await adminA.request(
      'POST',
      '/api/v1/institutions',
      newInstitution({ licence: { ...newInstitution().licence, number: other.licenceNumber } }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'CONFLICT', field: 'licence.number' });
    // The owner lies outside district A: not named (its number is the factory's PDY-<id>).
    expect(problems(response)).toEqual(['licence.number:licence_in_use']);
    expect(response.json().error.message).not.toContain(`机构 ${other.id}`);
    const own = await createInstitution(t.database.db, city, city.a);
    const inScope = await adminA.request(
      'POST',
      '/api/v1/institutions',
      newInstitution({ licence: { ...newInstitution().licence, number: own.licenceNumber } }),
    );
    expect(problems(inScope)).toEqual(['licence.number:licence_taken']);
    expect(inScope.json().error.message).toContain(`机构 ${own.id}`);
  });

  it('keeps district administrators in their district and inspectors out', async () => {
    const inB = await adminA.request(
      'POST',
      '/api/v1/institutions',
      newInstitution({ districtCode: city.b }),
    );
    expect(inB.statusCode).toBe(403);
    expect(inB.json().error).toMatchObject({ code: 'OUT_OF_SCOPE', field: 'districtCode' });
    const unknown = await adminA.request(
      'POST',
      '/api/v1/institutions',
      newInstitution({ districtCode: '999999' }),
    );
    expect(problems(unknown)).toEqual(['districtCode:unknown_district']);
    const byInspector = await inspectorA.request('POST', '/api/v1/institutions', newInstitution());
    expect(byInspector.json().error.code).toBe('FORBIDDEN');
    const byCity = await cityAdmin.request(
      'POST',
      '/api/v1/institutions',
      newInstitution({ districtCode: city.b }),
    );
    expect(byCity.statusCode).toBe(201);
  });
});

describe('editing an institution', () => {
  it('changes fields and 诊疗科目, recording each change in the timeline and the audit trail', async () => {
    const before = await created();
    const response = await adminA.request('PATCH', `/api/v1/institutions/${before.id}`, {
      version: before.version,
      address: '新地址 88 号',
      beds: 20,
      licence: {
        ...newInstitution().licence,
        number: before.licence.number,
        departments: ['03', '03.01', '04'],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json();
    expect(after).toMatchObject({ address: '新地址 88 号', beds: 20 });
    expect(after.version).not.toBe(before.version);
    expect(after.licence.departments.map((d: { code: string }) => d.code)).toEqual(['03', '03.01', '04']);
    expect(after.timeline[0]).toMatchObject({
      source: 'ui',
      action: 'update',
      actorName: expect.stringContaining('测试用户'),
      changes: {
        address: { from: '测试路 1 号', to: '新地址 88 号' },
        beds: { from: 0, to: 20 },
        departments: { from: ['03', '03.01'], to: ['03', '03.01', '04'] },
      },
    });
    expect(Object.keys(after.timeline[0].changes).sort()).toEqual(['address', 'beds', 'departments']);
    const trail = (
      await auditor.request('GET', `/api/v1/audit?entityId=${before.id}&action=registry.institution.update`)
    ).json();
    expect(trail.items[0]).toMatchObject({
      before: { address: '测试路 1 号', beds: 0 },
      after: { address: '新地址 88 号', beds: 20 },
    });
  });

  it('retires the old licence, kept as history, when the licence number changes', async () => {
    const before = await created();
    const number = `${before.licence.number}-2`;
    const response = await adminA.request('PATCH', `/api/v1/institutions/${before.id}`, {
      version: before.version,
      licence: { number, validFrom: '2026-01-01', validTo: '2030-12-31', departments: ['04'] },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().licence).toMatchObject({ number, departments: [{ code: '04' }] });
    expect(response.json().timeline[0].changes.licenceNumber).toEqual({
      from: before.licence.number,
      to: number,
    });
    const rows = await t.database.query<{ number: string; is_current: boolean; departments: string }>(
      `select l.number, l.is_current, (select string_agg(department_code, ';' order by department_code)
         from licence_departments d where d.licence_number = l.number) as departments
       from institution_licences l where l.institution_id = $1 order by l.number`,
      [before.id],
    );
    expect(rows).toEqual([
      { number: before.licence.number, is_current: false, departments: '03;03.01' },
      { number, is_current: true, departments: '04' },
    ]);
  });

  it('refuses a stale version with 409 naming version, and writes nothing on any refusal', async () => {
    const before = await created();
    const first = await adminA.request('PATCH', `/api/v1/institutions/${before.id}`, {
      version: before.version,
      name: `${before.name}（一）`,
    });
    expect(first.statusCode).toBe(200);
    const second = await adminA.request(
      'PATCH',
      `/api/v1/institutions/${before.id}`,
      { version: before.version, name: `${before.name}（二）` },
      { 'accept-language': 'en' },
    );
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(second.json().error.message).toMatch(/changed by someone else/);
    const current = first.json();
    const refused = await adminA.request('PATCH', `/api/v1/institutions/${before.id}`, {
      version: current.version,
      address: '不应写入',
      licence: { ...newInstitution().licence, number: before.licence.number, validTo: '2000-01-01' },
    });
    expect(problems(refused)).toEqual(['licence.validTo:date_range']);
    const unchanged = await detail(adminA, before.id);
    expect(unchanged).toMatchObject({ name: `${before.name}（一）`, version: current.version });
    expect(unchanged.timeline).toHaveLength(2);
  });

  it('writes nothing for a patch that changes nothing', async () => {
    const before = await created();
    const response = await adminA.request('PATCH', `/api/v1/institutions/${before.id}`, {
      version: before.version,
      address: before.address,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ version: before.version });
    expect(response.json().timeline).toHaveLength(1);
  });

  it('lets a district administrator edit only their district; the city edits all', async () => {
    const b = await createInstitution(t.database.db, city, city.b);
    const bVersion = (await detail(cityAdmin, b.id)).version;
    const fromA = await adminA.request('PATCH', `/api/v1/institutions/${b.id}`, {
      version: bVersion,
      name: '越权',
    });
    expect(fromA.statusCode).toBe(404);
    const own = await created();
    const moveAway = await adminA.request('PATCH', `/api/v1/institutions/${own.id}`, {
      version: own.version,
      districtCode: city.b,
    });
    expect(moveAway.json().error).toMatchObject({ code: 'OUT_OF_SCOPE', field: 'districtCode' });
    const byInspector = await inspectorA.request('PATCH', `/api/v1/institutions/${own.id}`, {
      version: own.version,
      name: '检查员修改',
    });
    expect(byInspector.json().error.code).toBe('FORBIDDEN');
    const byCity = await cityAdmin.request('PATCH', `/api/v1/institutions/${b.id}`, {
      version: bVersion,
      name: `乙区更名${city.tag}`,
    });
    expect(byCity.statusCode).toBe(200);
  });

  it('moves the practitioners whose primary institution moves to another district', async () => {
    const own = await created();
    const doctor = await createPractitioner(t.database.db, city, { id: own.id, districtCode: city.a });
    const moved = await cityAdmin.request('PATCH', `/api/v1/institutions/${own.id}`, {
      version: own.version,
      districtCode: city.b,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const practitioner = (await cityAdmin.request('GET', `/api/v1/practitioners/${doctor.id}`)).json();
    expect(practitioner.districtCode).toBe(city.b);
    expect(practitioner.timeline[0]).toMatchObject({
      source: 'ui',
      changes: { districtCode: { from: city.a, to: city.b } },
    });
    expect((await adminA.request('GET', `/api/v1/practitioners/${doctor.id}`)).statusCode).toBe(404);
  });
});
