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
import { addDays } from './domain/verification.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let cityAdmin: Client;
let adminA: Client;
let inspector: Client;
let hospital: Awaited<ReturnType<typeof createInstitution>>;
let clinic: Awaited<ReturnType<typeof createInstitution>>;
let tcmClinic: Awaited<ReturnType<typeof createInstitution>>;
let hospitalB: Awaited<ReturnType<typeof createInstitution>>;
const today = shanghaiDate(new Date());

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  city = await createCity(db);
  cityAdmin = await signIn(t.app, await createUser(db, city.departments.city, ['admin']));
  adminA = await signIn(t.app, await createUser(db, city.departments.a, ['admin']), 'en');
  inspector = await signIn(t.app, await createUser(db, city.departments.city, ['inspector']));
  hospital = await createInstitution(db, city, city.a, { beds: 800, departments: ['03', '04.06', '28'] });
  clinic = await createInstitution(db, city, city.a, { category: 'clinic', beds: 0, departments: ['03'] });
  tcmClinic = await createInstitution(db, city, city.a, {
    category: 'clinic',
    isTcm: true,
    beds: 0,
    departments: ['50'],
  });
  hospitalB = await createInstitution(db, city, city.b, { beds: 50 });
});
afterAll(() => t.close());

const detail = async (id: string) => (await cityAdmin.request('GET', `/api/v1/institutions/${id}`)).json();
const problems = (body: { error: { details: { field: string; code: string }[] } }) =>
  body.error.details.map((d) => `${d.field}:${d.code}`);
const base = (id: string) => `/api/v1/institutions/${id}`;

describe('restricted-technology filings (限制类技术备案)', () => {
  it('files a technology under a licensed department and shows it, with a timeline entry, on the detail', async () => {
    const response = await cityAdmin.request('POST', `${base(hospital.id)}/technology-filings`, {
      filingNumber: `沪限技备-${city.tag}-1`,
      technologyCode: 'RT2022-11',
      departmentCode: '28',
      filedOn: '2024-05-06',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      technologyCode: 'RT2022-11',
      technologyName: '体外膜肺氧合(ECMO)技术',
      departmentName: '重症医学科',
      status: 'filed',
      withdrawnOn: null,
    });
    const body = await detail(hospital.id);
    expect(body.technologyFilings).toHaveLength(1);
    expect(body.timeline[0]).toMatchObject({
      source: 'ui',
      action: 'technologyFiling.create',
      changes: { technologyCode: { from: null, to: 'RT2022-11' }, departmentCode: { from: null, to: '28' } },
    });
  });

  it('accepts a department below a licensed one (the 诊疗科目 coverage rule)', async () => {
    const response = await cityAdmin.request('POST', `${base(hospital.id)}/technology-filings`, {
      filingNumber: `沪限技备-${city.tag}-2`,
      technologyCode: 'RT2022-01',
      departmentCode: '03.05',
      filedOn: '2024-05-06',
    });
    expect(response.statusCode).toBe(201);
  });

  it('rejects an unknown technology, an unlicensed department and a future date, naming each field', async () => {
    const response = await cityAdmin.request('POST', `${base(hospital.id)}/technology-filings`, {
      filingNumber: `沪限技备-${city.tag}-x`,
      technologyCode: 'RT1999-01',
      departmentCode: '04.03',
      filedOn: addDays(today, 1),
    });
    expect(response.statusCode).toBe(400);
    expect(problems(response.json())).toEqual([
      'technologyCode:unknown_technology',
      'departmentCode:department_not_licensed',
      'filedOn:future_date',
    ]);
    const malformed = await cityAdmin.request('POST', `${base(hospital.id)}/technology-filings`, {
      filingNumber: '',
      technologyCode: 'RT2022-09',
      departmentCode: '04.06',
      filedOn: '2024-02-30',
    });
    expect(malformed.statusCode).toBe(400);
    expect(
      malformed
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['filedOn', 'filingNumber']);
  });

  it('refuses a second standing filing of a technology and a filing number already used', async () => {
    const again = await cityAdmin.request('POST', `${base(hospital.id)}/technology-filings`, {
      filingNumber: `沪限技备-${city.tag}-3`,
      technologyCode: 'RT2022-11',
      departmentCode: '28',
      filedOn: '2024-06-01',
    });
    expect(problems(again.json())).toEqual(['technologyCode:already_filed']);
    const taken = await cityAdmin.request('POST', `${base(hospital.id)}/technology-filings`, {
      filingNumber: `沪限技备-${city.tag}-1`,
      technologyCode: 'RT2022-09',
      departmentCode: '04.06',
      filedOn: '2024-06-01',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'CONFLICT', field: 'filingNumber' });
  });

  it('withdraws a filing once, with date and reason, keeping it on record', async () => {
    const [filing] = (await detail(hospital.id)).technologyFilings.filter(
      (f: { technologyCode: string }) => f.technologyCode === 'RT2022-11',
    );
    const url = `${base(hospital.id)}/technology-filings/${filing.id}/withdraw`;
    const early = await cityAdmin.request('POST', url, { withdrawnOn: '2024-05-05', reason: '设备停用' });
    expect(problems(early.json())).toEqual(['withdrawnOn:before_filed_on']);
    const done = await cityAdmin.request('POST', url, { withdrawnOn: '2025-01-10', reason: '设备停用' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'withdrawn',
      withdrawnOn: '2025-01-10',
      withdrawalReason: '设备停用',
    });
    const twice = await cityAdmin.request('POST', url, { withdrawnOn: '2025-01-11', reason: '再次' });
    expect(twice.json().error.code).toBe('STATE_TRANSITION_INVALID');
    const body = await detail(hospital.id);
    expect(body.timeline[0]).toMatchObject({
      action: 'technologyFiling.withdraw',
      changes: {
        filingStatus: { from: 'filed', to: 'withdrawn' },
        withdrawalReason: { from: null, to: '设备停用' },
      },
    });
    // A withdrawn technology may be filed again.
    const refiled = await cityAdmin.request('POST', `${base(hospital.id)}/technology-filings`, {
      filingNumber: `沪限技备-${city.tag}-4`,
      technologyCode: 'RT2022-11',
      departmentCode: '28',
      filedOn: '2025-02-01',
    });
    expect(refiled.statusCode).toBe(201);
  });

  it('answers not found for a filing of another institution', async () => {
    const [filing] = (await detail(hospital.id)).technologyFilings;
    const response = await cityAdmin.request(
      'POST',
      `${base(clinic.id)}/technology-filings/${filing.id}/withdraw`,
      { withdrawnOn: '2025-03-01', reason: 'x' },
    );
    expect(response.statusCode).toBe(404);
  });
});

describe('clinic filings (诊所备案)', () => {
  const filing = (overrides: Record<string, unknown> = {}) => ({
    filingNumber: `沪诊备-${city.tag}-${Math.random().toString(36).slice(2, 8)}`,
    filedOn: '2024-03-01',
    departments: ['03', '03.01'],
    ...overrides,
  });

  it('records a clinic filing with its district as authority, and a change of it field by field', async () => {
    const first = await cityAdmin.request(
      'POST',
      `${base(clinic.id)}/clinic-filing`,
      filing({ filingNumber: `沪诊备-${city.tag}` }),
    );
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      kind: 'clinic',
      authorityCode: city.a,
      status: 'filed',
      departments: [
        { code: '03', name: '内科' },
        { code: '03.01', name: '呼吸内科专业' },
      ],
    });
    const changed = await cityAdmin.request(
      'POST',
      `${base(clinic.id)}/clinic-filing`,
      filing({ filingNumber: `沪诊备-${city.tag}`, departments: ['03'] }),
    );
    expect(changed.statusCode).toBe(200);
    const body = await detail(clinic.id);
    expect(body.clinicFiling.departments).toEqual([{ code: '03', name: '内科' }]);
    expect(body.timeline[0]).toMatchObject({
      action: 'clinicFiling.update',
      changes: { clinicFilingDepartments: { from: ['03', '03.01'], to: ['03'] } },
    });
    expect(Object.keys(body.timeline[0].changes)).toEqual(['clinicFilingDepartments']);
  });

  it('files a TCM clinic as 中医诊所备案, which exists since 2017', async () => {
    const response = await cityAdmin.request(
      'POST',
      `${base(tcmClinic.id)}/clinic-filing`,
      filing({ filedOn: '2018-02-01', departments: ['50'] }),
    );
    expect(response.json()).toMatchObject({ kind: 'tcm_clinic', filedOn: '2018-02-01' });
  });

  it('refuses a clinic filing of a hospital, a date before 2023, unknown departments and another authority', async () => {
    const hospitalFiling = await cityAdmin.request('POST', `${base(hospital.id)}/clinic-filing`, filing());
    expect(problems(hospitalFiling.json())).toEqual(['institution:not_a_clinic']);
    const response = await adminA.request(
      'POST',
      `${base(clinic.id)}/clinic-filing`,
      filing({ filedOn: '2022-06-01', departments: ['03', '77'], authorityCode: city.b }),
    );
    expect(response.statusCode).toBe(400);
    expect(problems(response.json())).toEqual([
      'authorityCode:authority_mismatch',
      'filedOn:before_regime',
      'departments.1:unknown_department',
    ]);
    expect(response.json().error.details[1].message).toContain('since 2023-01-01');
  });
});

describe('validation (校验)', () => {
  it('needs a period start for an institution without periods, then opens the next period by the beds', async () => {
    const url = `${base(hospital.id)}/validations`;
    const decision = { result: 'passed', decidedOn: '2024-12-20', decidedBy: '甲区卫生健康委员会' };
    expect(problems((await cityAdmin.request('POST', url, decision)).json())).toEqual([
      'periodStart:required',
    ]);
    const response = await cityAdmin.request('POST', url, { ...decision, periodStart: '2022-01-01' });
    expect(response.statusCode).toBe(201);
    expect(response.json().validation).toMatchObject({
      periodStart: '2022-01-01',
      periodEnd: '2024-12-31',
      applyBy: '2024-09-30',
      result: 'passed',
      decidedBy: '甲区卫生健康委员会',
    });
    const body = await detail(hospital.id);
    expect(
      body.validations.map((v: { periodStart: string; result: string }) => [v.periodStart, v.result]),
    ).toEqual([
      ['2025-01-01', 'pending'],
      ['2022-01-01', 'passed'],
    ]);
    expect(body.verification).toMatchObject({
      cycleYears: 3,
      periodStart: '2025-01-01',
      periodEnd: '2027-12-31',
    });
    expect(body.timeline[0]).toMatchObject({
      action: 'validation.record',
      changes: {
        validationResult: { from: 'pending', to: 'passed' },
        nextValidationPeriod: { to: '2025-01-01 ~ 2027-12-31' },
      },
    });
  });

  it('defers with a reason and gives a 1-year period after 暂缓校验', async () => {
    const url = `${base(hospital.id)}/validations`;
    const noReason = await cityAdmin.request('POST', url, {
      result: 'deferred',
      decidedOn: today,
      decidedBy: '甲区卫健委',
    });
    expect(problems(noReason.json())).toEqual(['reason:reason_required']);
    const response = await cityAdmin.request('POST', url, {
      result: 'deferred',
      decidedOn: today,
      decidedBy: '甲区卫健委',
      reason: '不良执业行为积分达12分',
    });
    expect(response.statusCode).toBe(201);
    const body = await detail(hospital.id);
    expect(body.validations[0]).toMatchObject({
      periodStart: '2028-01-01',
      periodEnd: '2028-12-31',
      result: 'pending',
    });
    expect(body.validations[1]).toMatchObject({ result: 'deferred', reason: '不良执业行为积分达12分' });
  });

  it('shows due and overdue on the detail and filters the list by them', async () => {
    const db = t.database.db;
    const { insertValidations } = await import('./validation-store.js');
    const small = await createInstitution(db, city, city.a, { beds: 20, name: `逾期诊所${city.tag}` });
    const due = await createInstitution(db, city, city.a, { beds: 20, name: `应校验诊所${city.tag}` });
    await insertValidations(db, [
      {
        institutionId: small.id,
        periodStart: addDays(today, -366),
        periodEnd: addDays(today, -1),
        applyBy: addDays(today, -92),
        result: 'pending',
      },
      {
        institutionId: due.id,
        periodStart: addDays(today, -300),
        periodEnd: addDays(today, 65),
        applyBy: today,
        result: 'pending',
      },
    ]);
    expect((await detail(small.id)).verification).toMatchObject({ state: 'overdue', daysLeft: -1 });
    expect((await detail(due.id)).verification).toMatchObject({ state: 'due', daysLeft: 65, applyBy: today });
    expect((await detail(clinic.id)).verification).toMatchObject({ state: 'none', cycleYears: 1 });
    const list = async (state: string) =>
      (await cityAdmin.request('GET', `/api/v1/institutions?q=${city.tag}&verification=${state}`))
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await list('overdue')).toEqual([small.id]);
    expect(await list('due')).toEqual([due.id]);
    expect((await cityAdmin.request('GET', '/api/v1/institutions?verification=soon')).statusCode).toBe(400);
  });
});

describe('scope and permission', () => {
  it('answers not found to a district admin writing to another district, and writes nothing', async () => {
    const response = await adminA.request('POST', `${base(hospitalB.id)}/validations`, {
      result: 'passed',
      decidedOn: '2025-01-01',
      decidedBy: 'A',
      periodStart: '2024-01-01',
    });
    expect(response.statusCode).toBe(404);
    expect((await detail(hospitalB.id)).validations).toEqual([]);
  });

  it('forbids writes to readers without registry.manage', async () => {
    const response = await inspector.request('POST', `${base(hospital.id)}/technology-filings`, {
      filingNumber: 'N',
      technologyCode: 'RT2022-09',
      departmentCode: '04.06',
      filedOn: '2024-01-01',
    });
    expect(response.statusCode).toBe(403);
    const licences = (await inspector.request('GET', `/api/v1/institutions/${hospital.id}`)).json().licences;
    expect(licences).toEqual([
      expect.objectContaining({ number: hospital.licenceNumber, isCurrent: true, replacedAt: null }),
    ]);
  });
});

describe('licence history', () => {
  it('lists every licence the institution held, the current one first, each with its departments', async () => {
    const db = t.database.db;
    const { replaceLicenceDepartments, retireLicences, upsertLicences } = await import('./import-store.js');
    const renewed = await createInstitution(db, city, city.a, { departments: ['03'] });
    const number = `${renewed.licenceNumber}-2`;
    await retireLicences(db, [renewed.id]);
    await upsertLicences(db, [
      { number, institutionId: renewed.id, validFrom: '2029-01-01', validTo: '2033-12-31' },
    ]);
    await replaceLicenceDepartments(db, [number], [{ licenceNumber: number, departmentCode: '04' }]);
    const { licences, licence } = await detail(renewed.id);
    expect(licence.number).toBe(number);
    expect(licences).toEqual([
      {
        number,
        validFrom: '2029-01-01',
        validTo: '2033-12-31',
        isCurrent: true,
        replacedAt: null,
        departments: [{ code: '04', name: '外科' }],
      },
      {
        number: renewed.licenceNumber,
        validFrom: '2024-01-01',
        validTo: '2028-12-31',
        isCurrent: false,
        replacedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        departments: [{ code: '03', name: '内科' }],
      },
    ]);
  });
});
