import ExcelJS from 'exceljs';
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
import { parseCsv } from './domain/csv.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let cityAdmin: Client;
let districtAdmin: Client;
let a1: Awaited<ReturnType<typeof createInstitution>>;
let a2: Awaited<ReturnType<typeof createInstitution>>;
let b1: Awaited<ReturnType<typeof createInstitution>>;
let doctorA: { id: string; name: string };
let doctorB: { id: string; name: string };

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  city = await createCity(db);
  cityAdmin = await signIn(t.app, await createUser(db, city.departments.city, ['admin']));
  districtAdmin = await signIn(t.app, await createUser(db, city.departments.a, ['inspector']));
  a1 = await createInstitution(db, city, city.a, { name: `第一人民医院${city.tag}`, beds: 800 });
  a2 = await createInstitution(db, city, city.a, {
    name: `口腔诊所${city.tag}`,
    category: 'clinic',
    ownership: 'private',
    forProfit: true,
    beds: 0,
    departments: ['12', '12.01'],
  });
  b1 = await createInstitution(db, city, city.b, { name: `乙区中心医院${city.tag}`, beds: 300 });
  doctorA = await createPractitioner(db, city, a1, { name: `张三丰${city.tag}`, multiSite: [a2.id] });
  doctorB = await createPractitioner(db, city, b1, { name: `李四${city.tag}`, title: 'chief' });
});
afterAll(() => t.close());

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();

describe('institutions', () => {
  it('finds an institution by a Chinese substring of its name, by pinyin initials and by id', async () => {
    const byName = (
      await cityAdmin.request(
        'GET',
        `/api/v1/institutions?q=${encodeURIComponent('人民医院')}&district=${city.a}`,
      )
    ).json();
    expect(ids(byName)).toEqual([a1.id]);
    const byInitials = (
      await cityAdmin.request('GET', `/api/v1/institutions?q=DYRMYY&district=${city.a}`)
    ).json();
    expect(ids(byInitials)).toEqual([a1.id]);
    const byId = (await cityAdmin.request('GET', `/api/v1/institutions?q=${b1.id}`)).json();
    expect(ids(byId)).toEqual([b1.id]);
    const byLicence = (await cityAdmin.request('GET', `/api/v1/institutions?q=${a2.licenceNumber}`)).json();
    expect(ids(byLicence)).toEqual([a2.id]);
  });

  it('filters by category, ownership and district, sorts by beds and pages', async () => {
    const clinics = (
      await cityAdmin.request('GET', `/api/v1/institutions?q=${city.tag}&category=clinic`)
    ).json();
    expect(ids(clinics)).toEqual([a2.id]);
    const privates = (
      await cityAdmin.request('GET', `/api/v1/institutions?q=${city.tag}&ownership=private`)
    ).json();
    expect(privates.items[0]).toMatchObject({ id: a2.id, forProfit: true, ownership: 'private' });
    const byBeds = (
      await cityAdmin.request('GET', `/api/v1/institutions?q=${city.tag}&sort=-beds&pageSize=2`)
    ).json();
    expect(byBeds).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(byBeds.items.map((i: { id: string }) => i.id)).toEqual([a1.id, b1.id]);
    const second = (
      await cityAdmin.request('GET', `/api/v1/institutions?q=${city.tag}&sort=-beds&pageSize=2&page=2`)
    ).json();
    expect(second.items.map((i: { id: string }) => i.id)).toEqual([a2.id]);
  });

  it('shows an institution with its licence, 诊疗科目 names, practitioners and district names', async () => {
    const detail = (await cityAdmin.request('GET', `/api/v1/institutions/${a2.id}`)).json();
    expect(detail).toMatchObject({
      id: a2.id,
      districtCode: city.a,
      districtName: `甲区${city.tag}`,
      licenceNumber: a2.licenceNumber,
      practitionerCount: 1,
      licence: { number: a2.licenceNumber, departments: [{ code: '12', name: '口腔科' }, { code: '12.01' }] },
      practitioners: [{ id: doctorA.id, kind: 'multi_site' }],
    });
  });

  it('keeps district B out of a district A user’s scope: 404 on detail, absent from lists', async () => {
    expect((await districtAdmin.request('GET', `/api/v1/institutions/${b1.id}`)).json().error.code).toBe(
      'NOT_FOUND',
    );
    const list = await districtAdmin.request('GET', `/api/v1/institutions?q=${city.tag}`);
    expect(ids(list.json())).toEqual([a1.id, a2.id].sort());
    const aimed = await districtAdmin.request('GET', `/api/v1/institutions?district=${city.b}`);
    expect(aimed.json()).toMatchObject({ items: [], total: 0 });
  });

  it('exports the filtered list within scope as CSV with a BOM, and as XLSX', async () => {
    const csv = await districtAdmin.request('GET', `/api/v1/institutions/export?q=${city.tag}`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(csv.rawPayload.toString('utf8'));
    expect(rows[0]?.slice(0, 9)).toEqual([
      'id',
      'name',
      'category',
      'district_code',
      'licence_no',
      'licence_valid_from',
      'licence_valid_to',
      'departments',
      'status',
    ]);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([a1.id, a2.id].sort());
    expect(rows.find((r) => r[0] === a2.id)?.[7]).toBe('12;12.01');
    expect(csv.body).not.toContain(b1.id);

    const xlsx = await cityAdmin.request('GET', `/api/v1/institutions/export?format=xlsx&q=${city.tag}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('编码');
    expect(sheet?.rowCount).toBe(4);
  });
});

describe('practitioners', () => {
  it('finds practitioners by name and initials, with their primary institution and multi-site count', async () => {
    const list = (
      await cityAdmin.request('GET', `/api/v1/practitioners?q=${encodeURIComponent('张三丰')}`)
    ).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        id: doctorA.id,
        primaryInstitutionId: a1.id,
        districtCode: city.a,
        multiSiteCount: 1,
        scopes: ['03'],
      }),
    ]);
    const byInitials = (
      await cityAdmin.request('GET', `/api/v1/practitioners?q=zsf&district=${city.a}`)
    ).json();
    expect(byInitials.items.map((p: { id: string }) => p.id)).toEqual([doctorA.id]);
    const atClinic = (await cityAdmin.request('GET', `/api/v1/practitioners?institutionId=${a2.id}`)).json();
    expect(atClinic.items.map((p: { id: string }) => p.id)).toEqual([doctorA.id]);
    const chiefs = (await cityAdmin.request('GET', `/api/v1/practitioners?q=${city.tag}&title=chief`)).json();
    expect(chiefs.items.map((p: { id: string }) => p.id)).toEqual([doctorB.id]);
  });

  it('shows a practitioner with named scopes and registrations', async () => {
    const detail = (await cityAdmin.request('GET', `/api/v1/practitioners/${doctorA.id}`)).json();
    expect(detail).toMatchObject({
      scopesNamed: [{ code: '03', name: '内科' }],
      registrations: [
        { institutionId: a1.id, kind: 'primary', validFrom: '2024-01-01', validTo: null },
        { institutionId: a2.id, kind: 'multi_site' },
      ],
    });
  });

  it('hides district B’s practitioners from district A and exports only in-scope rows', async () => {
    expect((await districtAdmin.request('GET', `/api/v1/practitioners/${doctorB.id}`)).statusCode).toBe(404);
    const list = (await districtAdmin.request('GET', `/api/v1/practitioners?q=${city.tag}`)).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([doctorA.id]);
    const csv = await districtAdmin.request('GET', `/api/v1/practitioners/export?q=${city.tag}`);
    const rows = parseCsv(csv.rawPayload.toString('utf8'));
    expect(rows[0]?.slice(0, 7)).toEqual([
      'id',
      'name',
      'category',
      'scopes',
      'title',
      'status',
      'registrations',
    ]);
    expect(rows.slice(1)).toEqual([expect.arrayContaining([doctorA.id, `${a1.id};${a2.id}`])]);
  });
});

describe('code lists', () => {
  it('lists the five national code lists and searches one of them', async () => {
    const lists = (await districtAdmin.request('GET', '/api/v1/code-lists')).json();
    expect(lists.items.map((l: { id: string }) => l.id).sort()).toEqual([
      'antimicrobial_levels',
      'institution_types_ws218',
      'physician_category_scope',
      'restricted_tech_2022',
      'zhenliao_kemu',
    ]);
    expect(lists.items.find((l: { id: string }) => l.id === 'zhenliao_kemu')).toMatchObject({
      itemCount: 182,
    });
    const kemu = (
      await districtAdmin.request('GET', `/api/v1/code-lists/zhenliao_kemu?q=${encodeURIComponent('口腔')}`)
    ).json();
    expect(kemu.items[0]).toMatchObject({ code: '12', name: '口腔科', parentCode: null });
    expect(kemu.source).toContain('卫医发');
    expect((await districtAdmin.request('GET', '/api/v1/code-lists/nope')).statusCode).toBe(404);
  });
});
