import { randomInt } from 'node:crypto';
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
import { validateR4 } from '../../../../../test/fhir-validator.js';
import { openTestApp } from '../../../../../test/harness.js';
import { creditCheck, orgCheck } from '../seed/ids.js';
import { CS, EXT, SID } from './codes.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let cityAdmin: Client;
let districtA: Client;
let a1: Awaited<ReturnType<typeof createInstitution>>;
let a2: Awaited<ReturnType<typeof createInstitution>>;
let b1: Awaited<ReturnType<typeof createInstitution>>;
let doctorA: { id: string; name: string };
let doctorB: { id: string; name: string };

/** A valid 统一社会信用代码 (GB 32100) that no other test uses. */
function uniqueCreditCode() {
  const body = `MA1${String(randomInt(0, 100_000)).padStart(5, '0')}`;
  const first17 = `12310101${body}${orgCheck(body)}`;
  return first17 + creditCheck(first17);
}

interface Entry {
  fullUrl: string;
  resource: { resourceType: string; id: string; [key: string]: unknown };
}
interface Bundle {
  resourceType: string;
  type: string;
  entry?: Entry[];
}

async function exportBundle(client: Client, url: string) {
  const response = await client.request('GET', url);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toContain('application/fhir+json');
  return JSON.parse(response.body) as Bundle;
}

const ofType = (bundle: Bundle, type: string) =>
  (bundle.entry ?? []).filter((e) => e.resource.resourceType === type).map((e) => e.resource);

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  city = await createCity(db);
  cityAdmin = await signIn(t.app, await createUser(db, city.departments.city, ['admin']));
  districtA = await signIn(t.app, await createUser(db, city.departments.a, ['inspector']));
  a1 = await createInstitution(db, city, city.a, {
    id: uniqueCreditCode(),
    name: `第一人民医院${city.tag}`,
    ws218Code: 'A100',
    streetCode: '310101002',
    streetName: '南京东路街道',
    address: '上海市黄浦区南京东路100号',
    legalRepresentative: '王建国',
    beds: 800,
    departments: ['03', '03.01', '12'],
  });
  a2 = await createInstitution(db, city, city.a, {
    name: `口腔诊所${city.tag}`,
    category: 'clinic',
    ownership: 'private',
    forProfit: true,
    status: 'suspended',
    beds: 0,
    departments: ['12'],
  });
  b1 = await createInstitution(db, city, city.b, { name: `乙区中心医院${city.tag}` });
  doctorA = await createPractitioner(db, city, a1, {
    name: '欧阳明华',
    certificateNo: `1103101${randomInt(1e8, 1e9)}`,
    scopes: ['03', '12'],
    multiSite: [a2.id, b1.id],
  });
  doctorB = await createPractitioner(db, city, b1, { name: `乙区医师${city.tag}`, multiSite: [a1.id] });
});
afterAll(() => t.close());

describe('FHIR export', () => {
  it('exports a collection Bundle whose every resource validates against the base R4 definitions', async () => {
    const bundle = await exportBundle(cityAdmin, `/api/v1/fhir/export?q=${city.tag}`);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const entries = bundle.entry ?? [];
    expect(entries.length).toBeGreaterThan(0);
    expect(validateR4(bundle)).toEqual([]);
    const problems = entries.flatMap((e) =>
      validateR4(e.resource).map((p) => `${e.resource.resourceType}/${e.resource.id} ${p}`),
    );
    expect(problems).toEqual([]);
    expect(new Set(entries.map((e) => e.fullUrl)).size).toBe(entries.length);
    expect(ofType(bundle, 'Organization')).toHaveLength(3);
    expect(ofType(bundle, 'Location')).toHaveLength(3);
    expect(
      ofType(bundle, 'Practitioner')
        .map((p) => p.id)
        .sort(),
    ).toEqual([doctorA.id, doctorB.id].sort());
    expect(ofType(bundle, 'PractitionerRole')).toHaveLength(5);
  });

  it('maps the licence, its 诊疗科目, the category, address and status of an institution', async () => {
    const bundle = await exportBundle(cityAdmin, `/api/v1/institutions/${a1.id}/fhir`);
    const [org] = ofType(bundle, 'Organization');
    expect(org).toMatchObject({
      id: a1.id,
      name: a1.name,
      active: true,
      identifier: [
        { system: SID.institution, value: a1.id },
        { system: SID.uscc, value: a1.id, type: { coding: [{ code: 'USCC' }] } },
        {
          system: SID.practiceLicence,
          value: a1.licenceNumber,
          type: { coding: [{ code: 'LN' }] },
          period: { start: '2024-01-01', end: '2028-12-31' },
        },
      ],
      address: [
        {
          text: '上海市黄浦区南京东路100号',
          district: `甲区${city.tag}`,
          city: `测试市${city.tag}`,
          extension: [
            { url: EXT.division, valueCoding: { code: city.a } },
            { url: EXT.street, valueCoding: { code: '310101002', display: '南京东路街道' } },
          ],
        },
      ],
      contact: [{ name: { text: '王建国' } }],
    });
    const types = ((org?.type ?? []) as { coding: { system: string; code: string }[] }[]).flatMap(
      (c) => c.coding,
    );
    expect(types).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ system: CS.institutionCategory, code: 'general_hospital' }),
        expect.objectContaining({ system: CS.ws218, code: 'A100' }),
      ]),
    );
    const extensions = (org?.extension ?? []) as {
      url: string;
      valueCoding?: { code: string; display?: string };
    }[];
    expect(extensions.filter((e) => e.url === EXT.licensedDepartment).map((e) => e.valueCoding)).toEqual([
      expect.objectContaining({ code: '03', display: '内科' }),
      expect.objectContaining({ code: '03.01' }),
      expect.objectContaining({ code: '12', display: '口腔科' }),
    ]);
    expect(extensions).toContainEqual({ url: EXT.bedCount, valueUnsignedInt: 800 });
    const [location] = ofType(bundle, 'Location');
    expect(location).toMatchObject({
      status: 'active',
      physicalType: { coding: [{ code: 'si' }] },
      managingOrganization: { reference: `Organization/${a1.id}` },
    });
  });

  it('maps a practitioner: name, certificate, 执业类别 with scopes, title, and one role per registration', async () => {
    const bundle = await exportBundle(cityAdmin, `/api/v1/institutions/${a1.id}/fhir`);
    const practitioner = ofType(bundle, 'Practitioner').find((p) => p.id === doctorA.id);
    expect(practitioner).toMatchObject({
      active: true,
      name: [{ text: '欧阳明华', family: '欧阳', given: ['明华'] }],
      qualification: [
        {
          code: { coding: [{ system: CS.practitionerCategory, code: 'clinical' }] },
          extension: [
            { url: EXT.practiceScope, valueCoding: { code: '03' } },
            { url: EXT.practiceScope, valueCoding: { code: '12' } },
          ],
        },
        { code: { coding: [{ system: CS.professionalTitle, code: 'attending' }] } },
      ],
    });
    const roles = ofType(bundle, 'PractitionerRole').filter(
      (r) => (r.practitioner as { display: string }).display === '欧阳明华',
    );
    const kinds = roles.map((r) => {
      const codes = (r.code as { coding: { system: string; code: string }[] }[]).flatMap((c) => c.coding);
      return codes.find((c) => c.system === CS.registrationKind)?.code;
    });
    expect(kinds).toEqual(['primary', 'multi_site', 'multi_site']);
    // Institutions outside the Bundle are named by their registry identifier.
    const outside = roles.find((r) => (r.organization as { display: string }).display === b1.name);
    expect(outside?.organization).toEqual({
      type: 'Organization',
      identifier: { system: SID.institution, value: b1.id },
      display: b1.name,
    });
    expect(outside?.location).toBeUndefined();
    expect(roles[0]).toMatchObject({ period: { start: '2024-01-01' }, specialty: [{}, {}] });
  });

  it('marks a suspended institution inactive and keeps its exact status in an extension', async () => {
    const bundle = await exportBundle(cityAdmin, `/api/v1/institutions/${a2.id}/fhir`);
    const [org] = ofType(bundle, 'Organization');
    expect(org?.active).toBe(false);
    expect(org?.extension).toContainEqual({
      url: EXT.registryStatus,
      valueCoding: { system: CS.institutionStatus, code: 'suspended', display: '暂停执业' },
    });
    expect(ofType(bundle, 'Location')[0]?.status).toBe('suspended');
  });
});

describe('FHIR export scope', () => {
  it('gives a district user only their district: B’s institutions and practitioners never appear', async () => {
    const bundle = await exportBundle(districtA, `/api/v1/fhir/export?q=${city.tag}`);
    // Membership, not order: the export sorts by name, and the factory's names are random.
    expect(
      ofType(bundle, 'Organization')
        .map((o) => o.id)
        .sort(),
    ).toEqual([a1.id, a2.id].sort());
    expect(ofType(bundle, 'Practitioner').map((p) => p.id)).toEqual([doctorA.id]);
    const text = JSON.stringify(bundle);
    expect(text).not.toContain(doctorB.id);
    expect(text).not.toContain(doctorB.name);
  });

  it('answers a district user aiming at district B with an empty Bundle, and 404 for B’s institution', async () => {
    const bundle = await exportBundle(districtA, `/api/v1/fhir/export?district=${city.b}`);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry).toBeUndefined();
    expect(validateR4(bundle)).toEqual([]);
    const response = await districtA.request('GET', `/api/v1/institutions/${b1.id}/fhir`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('filters like the institution list and audits the export', async () => {
    const clinics = await exportBundle(cityAdmin, `/api/v1/fhir/export?q=${city.tag}&category=clinic`);
    expect(ofType(clinics, 'Organization').map((o) => o.id)).toEqual([a2.id]);
    const audit = (await cityAdmin.request('GET', '/api/v1/audit?action=registry.fhir.export')).json();
    expect(audit.items?.length ?? audit.total).toBeGreaterThan(0);
  });
});
