import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type City,
  type Client,
  createCity,
  createInstitution,
  createUser,
  signIn,
} from '../../../../test/factories.js';
import { openTestApp } from '../../../../test/harness.js';
import { shanghaiDate } from './domain/changes.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let cityAdmin: Client;
let adminA: Client;
let inspectorCity: Client;
let auditor: Client;
let a1: { id: string; name: string };
let a2: { id: string; name: string };
let b1: { id: string; name: string };
let seq = 0;
const today = shanghaiDate(new Date());

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  city = await createCity(db);
  cityAdmin = await signIn(t.app, await createUser(db, city.departments.city, ['admin']));
  adminA = await signIn(t.app, await createUser(db, city.departments.a, ['admin']));
  inspectorCity = await signIn(t.app, await createUser(db, city.departments.city, ['inspector']));
  auditor = await signIn(t.app, await createUser(db, city.departments.city, ['auditor']));
  a1 = await createInstitution(db, city, city.a, { name: `甲区一院${city.tag}` });
  a2 = await createInstitution(db, city, city.a, { name: `甲区二院${city.tag}` });
  b1 = await createInstitution(db, city, city.b, { name: `乙区一院${city.tag}` });
});
afterAll(() => t.close());

const primaryAt = (institutionId: string, validFrom = '2024-03-01') => ({
  institutionId,
  kind: 'primary',
  validFrom,
});
const multiSiteAt = (institutionId: string, validFrom = '2025-01-01') => ({
  institutionId,
  kind: 'multi_site',
  validFrom,
});

const newPractitioner = (overrides: Record<string, unknown> = {}) => {
  seq += 1;
  return {
    id: `${city.tag}-YS-${seq}`,
    name: `王医生${seq}`,
    category: 'clinical',
    scopes: ['03'],
    title: 'attending',
    status: 'active',
    certificateNo: `11031000${seq}`,
    registrations: [primaryAt(a1.id), multiSiteAt(b1.id)],
    ...overrides,
  };
};

const problems = (response: { json: () => { error: { details: { field: string; code: string }[] } } }) =>
  response.json().error.details.map((d) => `${d.field}:${d.code}`);

async function created(overrides: Record<string, unknown> = {}) {
  const response = await adminA.request('POST', '/api/v1/practitioners', newPractitioner(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('creating a practitioner', () => {
  it('creates them with a primary registration and a multi-site filing in another district', async () => {
    const input = newPractitioner({ scopes: ['03.01', '03'] });
    const response = await adminA.request('POST', '/api/v1/practitioners', input);
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      id: input.id,
      districtCode: city.a,
      primaryInstitutionId: a1.id,
      multiSiteCount: 1,
      scopes: ['03', '03.01'],
      certificateNo: input.certificateNo,
    });
    expect(body.registrations).toEqual([
      {
        institutionId: a1.id,
        institutionName: a1.name,
        kind: 'primary',
        validFrom: '2024-03-01',
        validTo: null,
      },
      {
        institutionId: b1.id,
        institutionName: b1.name,
        kind: 'multi_site',
        validFrom: '2025-01-01',
        validTo: null,
      },
    ]);
    expect(body.timeline[0]).toMatchObject({ source: 'ui', action: 'create' });
    expect(body.timeline[0].changes.registrations.to).toHaveLength(2);
    const found = (
      await adminA.request(
        'GET',
        `/api/v1/practitioners?q=${encodeURIComponent(input.name)}&institutionId=${a1.id}`,
      )
    ).json();
    expect(found.items.map((p: { id: string }) => p.id)).toEqual([input.id]);
    const trail = (
      await auditor.request('GET', `/api/v1/audit?entityId=${input.id}&action=registry.practitioner.create`)
    ).json();
    expect(trail.items[0]).toMatchObject({ jurisdictionCode: city.a, after: { name: input.name } });
  });

  it('refuses two primary registrations, an institution twice, unknown ones and bad codes, naming each', async () => {
    const twoPrimaries = await adminA.request(
      'POST',
      '/api/v1/practitioners',
      newPractitioner({ registrations: [primaryAt(a1.id), primaryAt(a2.id)] }),
    );
    expect(twoPrimaries.statusCode).toBe(400);
    expect(problems(twoPrimaries)).toEqual(['registrations:primary_count']);
    const mixed = await adminA.request(
      'POST',
      '/api/v1/practitioners',
      newPractitioner({
        scopes: ['03', '77'],
        registrations: [primaryAt(a1.id), multiSiteAt(a1.id), multiSiteAt(`${city.tag}-NOPE`)],
      }),
      { 'accept-language': 'en' },
    );
    expect(problems(mixed)).toEqual([
      'scopes[1]:unknown_department',
      'registrations[1].institutionId:duplicate_registration',
      'registrations[2].institutionId:unknown_institution',
    ]);
    const none = await adminA.request(
      'POST',
      '/api/v1/practitioners',
      newPractitioner({ registrations: [multiSiteAt(a1.id)] }),
    );
    expect(problems(none)).toEqual(['registrations:primary_count']);
    const ended = await adminA.request(
      'POST',
      '/api/v1/practitioners',
      newPractitioner({ registrations: [{ ...primaryAt(a1.id), validTo: '2020-01-01' }] }),
    );
    expect(problems(ended)).toEqual([
      'registrations[0].validTo:date_range',
      'registrations[0].validTo:end_not_current',
      'registrations:primary_count',
    ]);
    const listed = (await cityAdmin.request('GET', `/api/v1/practitioners?q=${city.tag}-YS`)).json();
    expect(listed.items.map((p: { id: string }) => p.id)).not.toContain(newPractitioner().id);
  });

  it('keeps the primary registration in the actor’s districts; inspectors cannot write', async () => {
    const inB = await adminA.request(
      'POST',
      '/api/v1/practitioners',
      newPractitioner({ registrations: [primaryAt(b1.id)] }),
    );
    expect(inB.statusCode).toBe(403);
    expect(inB.json().error).toMatchObject({ code: 'OUT_OF_SCOPE', field: 'registrations[0].institutionId' });
    const byInspector = await inspectorCity.request('POST', '/api/v1/practitioners', newPractitioner());
    expect(byInspector.json().error.code).toBe('FORBIDDEN');
  });
});

describe('editing a practitioner', () => {
  it('ends a multi-site filing and moves the primary registration, keeping both as history', async () => {
    const before = await created();
    const response = await adminA.request('PATCH', `/api/v1/practitioners/${before.id}`, {
      version: before.version,
      title: 'associate_chief',
      registrations: [primaryAt(a2.id, today), { ...multiSiteAt(b1.id), validTo: today }],
    });
    expect(response.statusCode, response.body).toBe(200);
    const after = response.json();
    expect(after).toMatchObject({ title: 'associate_chief', primaryInstitutionId: a2.id, multiSiteCount: 0 });
    expect(after.registrations).toEqual(
      expect.arrayContaining([
        { institutionId: a2.id, institutionName: a2.name, kind: 'primary', validFrom: today, validTo: null },
        {
          institutionId: a1.id,
          institutionName: a1.name,
          kind: 'primary',
          validFrom: '2024-03-01',
          validTo: today,
        },
        {
          institutionId: b1.id,
          institutionName: b1.name,
          kind: 'multi_site',
          validFrom: '2025-01-01',
          validTo: today,
        },
      ]),
    );
    const change = after.timeline[0];
    expect(change).toMatchObject({ source: 'ui', action: 'update' });
    expect(Object.keys(change.changes).sort()).toEqual(['registrations', 'title']);
    expect(change.changes.registrations.from.map((r: { institutionId: string }) => r.institutionId)).toEqual([
      a1.id,
      b1.id,
    ]);
    expect(change.changes.registrations.to[0]).toMatchObject({ institutionId: a2.id, kind: 'primary' });
    const trail = (
      await auditor.request('GET', `/api/v1/audit?entityId=${before.id}&action=registry.practitioner.update`)
    ).json();
    expect(trail.items[0]).toMatchObject({
      before: { title: 'attending' },
      after: { title: 'associate_chief' },
    });
  });

  it('refuses an end date in the future and keeps everything as it was', async () => {
    const before = await created();
    const response = await adminA.request('PATCH', `/api/v1/practitioners/${before.id}`, {
      version: before.version,
      registrations: [primaryAt(a1.id), { ...multiSiteAt(b1.id), validTo: '2999-01-01' }],
    });
    expect(problems(response)).toEqual(['registrations[1].validTo:end_in_future']);
    const unchanged = (await adminA.request('GET', `/api/v1/practitioners/${before.id}`)).json();
    expect(unchanged).toMatchObject({ version: before.version, multiSiteCount: 1 });
    expect(unchanged.timeline).toHaveLength(1);
  });

  it('needs both districts to move a practitioner’s primary registration to another district', async () => {
    const before = await created({ registrations: [primaryAt(a1.id)] });
    const fromA = await adminA.request('PATCH', `/api/v1/practitioners/${before.id}`, {
      version: before.version,
      registrations: [primaryAt(b1.id, today)],
    });
    expect(fromA.json().error).toMatchObject({
      code: 'OUT_OF_SCOPE',
      field: 'registrations[0].institutionId',
    });
    const byCity = await cityAdmin.request('PATCH', `/api/v1/practitioners/${before.id}`, {
      version: before.version,
      registrations: [primaryAt(b1.id, today)],
    });
    expect(byCity.statusCode, byCity.body).toBe(200);
    expect(byCity.json()).toMatchObject({ districtCode: city.b, primaryInstitutionId: b1.id });
    expect(byCity.json().timeline[0].changes.districtCode).toEqual({ from: city.a, to: city.b });
    const now = byCity.json().version;
    const back = await adminA.request('PATCH', `/api/v1/practitioners/${before.id}`, {
      version: now,
      name: '越权',
    });
    expect(back.statusCode).toBe(404);
  });

  it('refuses a stale version with 409 naming version; a patch changing nothing writes nothing', async () => {
    const before = await created();
    const same = await adminA.request('PATCH', `/api/v1/practitioners/${before.id}`, {
      version: before.version,
      name: before.name,
      registrations: before.registrations.map(
        ({ institutionId, kind, validFrom }: { institutionId: string; kind: string; validFrom: string }) => ({
          institutionId,
          kind,
          validFrom,
        }),
      ),
    });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({ version: before.version });
    expect(same.json().timeline).toHaveLength(1);
    const first = await adminA.request('PATCH', `/api/v1/practitioners/${before.id}`, {
      version: before.version,
      status: 'suspended',
    });
    expect(first.statusCode).toBe(200);
    const second = await adminA.request('PATCH', `/api/v1/practitioners/${before.id}`, {
      version: before.version,
      status: 'revoked',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(second.json().error.message).toContain('已被他人修改');
    const current = (await adminA.request('GET', `/api/v1/practitioners/${before.id}`)).json();
    expect(current).toMatchObject({ status: 'suspended', version: first.json().version });
  });
});
