import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type City,
  type Client,
  createCity,
  createInstitution,
  createPractitioner,
  createUser,
  signIn,
} from '../../../../../test/factories.js';
import { openTestApp } from '../../../../../test/harness.js';
import { countChanges } from '../timeline-store.js';
import { CS, EXT, SID } from './codes.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let cityAdmin: Client;
let districtAdmin: Client;
let inspector: Client;
let a1: Awaited<ReturnType<typeof createInstitution>>;
let a2: Awaited<ReturnType<typeof createInstitution>>;
let b1: Awaited<ReturnType<typeof createInstitution>>;

type Resource = { resourceType: string; id: string; [key: string]: unknown };
interface Bundle {
  resourceType: string;
  type: string;
  timestamp?: string;
  id?: string;
  meta?: unknown;
  entry?: { fullUrl: string; resource: Resource; request?: unknown }[];
}

const exportOf = async (client: Client, query = `q=${city.tag}`) =>
  JSON.parse((await client.request('GET', `/api/v1/fhir/export?${query}`)).body) as Bundle;

/** The Bundle without what changes on every export (its id and time). */
const content = ({ id: _id, meta: _meta, timestamp: _timestamp, ...rest }: Bundle) => rest;

const importBundle = (client: Client, bundle: unknown, type = 'application/fhir+json') =>
  client.request('POST', '/api/v1/fhir/import', JSON.stringify(bundle), { 'content-type': type });

const unchanged = (n: number) => ({ created: 0, updated: 0, unchanged: n });

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  city = await createCity(db);
  cityAdmin = await signIn(t.app, await createUser(db, city.departments.city, ['admin']));
  districtAdmin = await signIn(t.app, await createUser(db, city.departments.a, ['admin']));
  inspector = await signIn(t.app, await createUser(db, city.departments.a, ['inspector']));
  a1 = await createInstitution(db, city, city.a, {
    name: `第一人民医院${city.tag}`,
    legalRepresentative: '李明',
  });
  a2 = await createInstitution(db, city, city.a, {
    name: `社区卫生服务中心${city.tag}`,
    category: 'community_health_center',
  });
  b1 = await createInstitution(db, city, city.b, { name: `乙区医院${city.tag}` });
  await createPractitioner(db, city, a1, { name: '张三丰', multiSite: [a2.id, b1.id], certificateNo: 'C-1' });
  await createPractitioner(db, city, a2, { name: '李四', status: 'suspended', scopes: [] });
  await createPractitioner(db, city, b1, { name: '王五', multiSite: [a1.id] });
});
afterAll(() => t.close());

describe('FHIR round trip', () => {
  it('imports its own export changing nothing, and exports the same Bundle again', async () => {
    const first = await exportOf(cityAdmin);
    const changesBefore = await countChanges(t.database.db);
    const response = await importBundle(cityAdmin, first);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      institutions: unchanged(3),
      practitioners: unchanged(3),
      drugs: unchanged(0),
    });
    expect(await countChanges(t.database.db)).toBe(changesBefore);
    expect(content(await exportOf(cityAdmin))).toEqual(content(first));
  });

  it('takes a transaction Bundle as plain JSON, and a district’s own export from a district user', async () => {
    const own = await exportOf(districtAdmin);
    const transaction = {
      ...own,
      type: 'transaction',
      entry: own.entry?.map((e) => ({
        ...e,
        request: { method: 'PUT', url: `${e.resource.resourceType}/${e.resource.id}` },
      })),
    };
    const response = await importBundle(districtAdmin, transaction, 'application/json');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().institutions).toEqual(unchanged(2));
  });

  it('writes a change made in the Bundle, with a timeline entry from the import', async () => {
    const bundle = await exportOf(cityAdmin, `q=${encodeURIComponent(a2.name)}`);
    const org = bundle.entry?.find((e) => e.resource.resourceType === 'Organization')?.resource as Resource;
    org.name = `${a2.name}（新址）`;
    const response = await importBundle(cityAdmin, bundle);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().institutions).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const detail = (await cityAdmin.request('GET', `/api/v1/institutions/${a2.id}`)).json();
    expect(detail.name).toBe(`${a2.name}（新址）`);
    expect(detail.timeline[0]).toMatchObject({
      source: 'import',
      changes: { name: { to: `${a2.name}（新址）` } },
    });
  });
});

/** A new institution and its doctor as another system would send them: relative references, no extras. */
function foreignBundle(tag: string) {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        fullUrl: `urn:uuid:00000000-0000-4000-8000-${tag}`,
        resource: {
          resourceType: 'Organization',
          id: 'org1',
          identifier: [
            { system: SID.institution, value: `${city.tag}-NEW` },
            {
              system: SID.practiceLicence,
              value: `${city.tag}-LIC`,
              period: { start: '2025-01-01', end: '2029-12-31' },
            },
          ],
          active: true,
          type: [{ coding: [{ system: CS.institutionCategory, code: 'clinic' }] }],
          name: `新诊所${city.tag}`,
          address: [
            {
              text: '某路1号',
              extension: [{ url: EXT.division, valueCoding: { system: CS.division, code: city.a } }],
            },
          ],
          extension: [
            { url: EXT.licensedDepartment, valueCoding: { system: CS.licensedDepartment, code: '03' } },
          ],
        },
      },
      {
        resource: {
          resourceType: 'Practitioner',
          id: 'doc1',
          identifier: [{ system: SID.practitioner, value: `${city.tag}-NEWDOC` }],
          name: [{ family: '赵', given: ['六'] }],
          qualification: [
            { code: { coding: [{ system: CS.practitionerCategory, code: 'clinical' }] } },
            { code: { coding: [{ system: CS.professionalTitle, code: 'resident' }] } },
          ],
        },
      },
      {
        resource: {
          resourceType: 'PractitionerRole',
          practitioner: { reference: 'Practitioner/doc1' },
          organization: { reference: `urn:uuid:00000000-0000-4000-8000-${tag}` },
          code: [{ coding: [{ system: CS.registrationKind, code: 'primary' }] }],
          specialty: [{ coding: [{ system: CS.licensedDepartment, code: '03' }] }],
        },
      },
      {
        resource: {
          resourceType: 'PractitionerRole',
          practitioner: { reference: 'Practitioner/doc1' },
          organization: { identifier: { system: SID.institution, value: a1.id } },
          code: [{ coding: [{ system: CS.registrationKind, code: 'multi_site' }] }],
        },
      },
    ],
  };
}

describe('FHIR import', () => {
  it('rejects a Bundle with a bad resource, writes nothing, and names each entry, resource and FHIR path', async () => {
    const bundle = foreignBundle('000000000001');
    const org = bundle.entry[0]?.resource as { extension: unknown[]; identifier: { period?: unknown }[] };
    org.extension.push({
      url: EXT.licensedDepartment,
      valueCoding: { system: CS.licensedDepartment, code: '99.99' },
    });
    (bundle.entry as unknown[]).push({ resource: { resourceType: 'Patient', id: 'p1' } });
    const before = await countChanges(t.database.db);
    const response = await importBundle(cityAdmin, bundle);
    expect(response.statusCode).toBe(422);
    const error = response.json().error;
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.details).toEqual([
      expect.objectContaining({
        file: 'Bundle.entry[4]',
        row: 4,
        resource: 'Patient/p1',
        column: 'Bundle.entry.resource.resourceType',
        code: 'unsupported_resource',
      }),
      expect.objectContaining({
        file: 'Bundle.entry[0]',
        resource: 'Organization/org1',
        column: `Organization.extension('${EXT.licensedDepartment}')`,
        code: 'unknown_department',
        message: expect.stringContaining('99.99'),
      }),
    ]);
    expect(await countChanges(t.database.db)).toBe(before);
    const search = (await cityAdmin.request('GET', `/api/v1/institutions?q=${city.tag}-NEW`)).json();
    expect(search.total).toBe(0);
  });

  it('imports what another system sends: fullUrl and relative references, and an institution by identifier', async () => {
    const response = await importBundle(cityAdmin, foreignBundle('000000000002'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ institutions: { created: 1 }, practitioners: { created: 1 } });
    const doctor = (await cityAdmin.request('GET', `/api/v1/practitioners/${city.tag}-NEWDOC`)).json();
    expect(doctor).toMatchObject({ name: '赵六', scopes: ['03'], primaryInstitutionId: `${city.tag}-NEW` });
    expect(doctor.registrations.map((r: { institutionId: string }) => r.institutionId).sort()).toEqual(
      [`${city.tag}-NEW`, a1.id].sort(),
    );
  });

  it('reports roles without a primary registration and references that resolve to nothing', async () => {
    const bundle = foreignBundle('000000000003');
    const roles = bundle.entry.slice(2).map((e) => e.resource as { code: unknown; organization: unknown });
    if (roles[0]) roles[0].code = [{ coding: [{ system: CS.registrationKind, code: 'multi_site' }] }];
    if (roles[1]) roles[1].organization = { reference: 'Organization/nowhere' };
    const response = await importBundle(cityAdmin, bundle, 'application/json');
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'Bundle.entry[3]',
          column: 'PractitionerRole.organization',
          code: 'unresolved_reference',
        }),
        expect.objectContaining({
          file: 'Bundle.entry[1]',
          resource: 'Practitioner/doc1',
          code: 'primary_count',
        }),
      ]),
    );
  });

  it('refuses a district user changing another district’s institution, naming the entry', async () => {
    const bundle = await exportOf(cityAdmin, `district=${city.b}&q=${city.tag}`);
    const response = await importBundle(districtAdmin, bundle);
    expect(response.statusCode).toBe(422);
    const details = response.json().error.details as { file: string; code: string; resource: string }[];
    expect(details).toContainEqual(
      expect.objectContaining({
        file: 'Bundle.entry[0]',
        resource: `Organization/${b1.id}`,
        code: 'out_of_scope',
      }),
    );
  });

  it('needs registry.import, and answers an oversized Bundle with a 413 that says the limit', async () => {
    const forbidden = await importBundle(inspector, await exportOf(inspector));
    expect(forbidden.statusCode).toBe(403);
    const huge = `{"resourceType":"Bundle","type":"collection","pad":"${'x'.repeat(65 * 1024 * 1024)}"}`;
    const response = await cityAdmin.request('POST', '/api/v1/fhir/import', huge, {
      'content-type': 'application/fhir+json',
      'accept-language': 'en',
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: [{ field: 'body', message: expect.stringContaining('64 MB') }],
    });
  });

  it('rejects what is not a Bundle', async () => {
    const response = await importBundle(cityAdmin, { resourceType: 'Organization', name: 'x' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({ file: 'Bundle', column: 'Bundle.resourceType', code: 'not_a_bundle' }),
    ]);
  });
});
