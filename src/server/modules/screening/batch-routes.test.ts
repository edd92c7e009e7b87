/**
 * Screening in the platform, through the API on a real database: a batch is checked row by row
 * (all or nothing), screened against the registry as it stood on each service date, and its
 * findings become warnings whose evidence names the licence or registration that was broken.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type City,
  type Client,
  createCity,
  createDrug,
  createInstitution,
  createPractitioner,
  createReplacedLicence,
  createUser,
  recordFieldChange,
  signIn,
} from '../../../../test/factories.js';
import { openTestApp } from '../../../../test/harness.js';
import {
  RECORD_HEADER,
  screenBatchFile,
  uploadBatch,
  warningsOf,
} from '../../../../test/screening-client.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let inspectorA: Client;
let inspectorB: Client;
let leaderA: Client;
let hospital: Awaited<ReturnType<typeof createInstitution>>;
let other: { id: string };
let doctor: { id: string };
let suspended: { id: string };
let drugCode: string;

beforeAll(async () => {
  t = await openTestApp({ screeningMaxBatchBytes: 4096 });
  const db = t.database.db;
  city = await createCity(db);
  inspectorA = await signIn(t.app, await createUser(db, city.departments.a, ['inspector']));
  inspectorB = await signIn(t.app, await createUser(db, city.departments.b, ['inspector']));
  leaderA = await signIn(t.app, await createUser(db, city.departments.a, ['leader']));
  // Current licence 2024–2028 with 03 and 04; before it, a licence 2019–2023 with 03 only.
  hospital = await createInstitution(db, city, city.a, { departments: ['03', '04'] });
  await createReplacedLicence(db, hospital.id, {
    number: `OLD-${hospital.id}`,
    validFrom: '2019-01-01',
    validTo: '2023-12-31',
    departments: ['03'],
  });
  other = await createInstitution(db, city, city.b);
  doctor = await createPractitioner(db, city, hospital, { scopes: ['03', '04'] });
  // Suspended since 2025-03-01 (the timeline says so); active before.
  suspended = await createPractitioner(db, city, hospital, { scopes: ['03'], status: 'suspended' });
  await recordFieldChange(db, { type: 'practitioner', id: suspended.id }, new Date('2025-03-01T02:00:00Z'), {
    status: { from: 'active', to: 'suspended' },
  });
  drugCode = `${city.tag}-DRUG`;
  await createDrug(db, drugCode, { antibioticLevel: 3, priceCapFen: 1000 });
});

afterAll(async () => {
  await t?.close();
});

const line = (cells: (string | number)[]) => cells.join(',');

describe('a batch screened against the registry as of each service date', () => {
  let batchId: string;

  it('finds over-scope departments by the licence of the day, and registrations and statuses of the day', async () => {
    const csv = [
      RECORD_HEADER,
      // 2023: the old licence (03 only) → DEPT_NOT_LICENSED; the registration started 2024 → NOT_REGISTERED_HERE
      line(['r1', hospital.id, doctor.id, '04', '2023-06-01', 'P-1', 'procedure', 'X1', 1, 10]),
      // 2025: the current licence covers 04 and the registration stands → nothing
      line(['r2', hospital.id, doctor.id, '04', '2025-06-01', 'P-2', 'procedure', 'X1', 1, 10]),
      // suspended only from 2025-03-01
      line(['r3', hospital.id, suspended.id, '03', '2025-02-01', 'P-3', 'procedure', 'X1', 1, 10]),
      line(['r4', hospital.id, suspended.id, '03', '2025-04-01', 'P-4', 'procedure', 'X1', 1, 10]),
      // level-3 antibiotic by an attending, above the cap; and a duplicate of it (R9 keeps r5)
      line(['r5', hospital.id, doctor.id, '03', '2025-06-02', 'P-5', 'drug', drugCode, 2, 12.5]),
      line(['r6', hospital.id, doctor.id, '03', '2025-06-02', 'P-5', 'drug', drugCode, 2, 9]),
      // unknown institution and practitioner
      line(['r7', 'NOBODY', 'NOONE', '03', '2025-06-03', 'P-7', 'procedure', 'X1', 1, 10]),
    ].join('\r\n');
    const batch = await screenBatchFile(inspectorA, 'records.csv', csv);
    batchId = batch.id;
    expect(batch.status).toBe('done');
    expect(batch.records).toBe(7);
    expect(batch.findings).toMatchObject({
      DEPT_NOT_LICENSED: 1,
      NOT_REGISTERED_HERE: 1,
      PRACTITIONER_NOT_ACTIVE: 1,
      ANTIBIOTIC_PRIVILEGE: 2,
      PRICE_OVER_CAP: 1,
      DUPLICATE_CHARGE: 1,
      UNKNOWN_REFERENCE: 1,
      LICENCE_INVALID: 0,
    });
    const warnings = await warningsOf(inspectorA, `batchId=${batchId}`);
    const pairs = warnings.map((w) => `${w.ruleCode}:${w.ref}`).sort();
    expect(pairs).toEqual(
      [
        'DEPT_NOT_LICENSED:r1',
        'NOT_REGISTERED_HERE:r1',
        'PRACTITIONER_NOT_ACTIVE:r4',
        'ANTIBIOTIC_PRIVILEGE:r5',
        'ANTIBIOTIC_PRIVILEGE:r6',
        'PRICE_OVER_CAP:r5',
        'DUPLICATE_CHARGE:r6',
        'UNKNOWN_REFERENCE:r7',
      ].sort(),
    );
    // The unknown institution's warning belongs to the uploader's district.
    expect(warnings.find((w) => w.ref === 'r7')?.districtCode).toBe(city.a);
    // The uploader is told, with a link to the batch.
    const inbox = (await inspectorA.request('GET', '/api/v1/notifications')).json();
    expect(inbox.items[0]).toMatchObject({
      kind: 'screening.batch.done',
      link: `/screening/batches/${batchId}`,
    });
    expect(inbox.items[0].title).toContain('发现 8 个问题');
  });

  it('keeps an evidence packet that names the licence and the registrations of the service date', async () => {
    const [r2] = await warningsOf(inspectorA, `batchId=${batchId}&rule=DEPT_NOT_LICENSED`);
    const response = await inspectorA.request('GET', `/api/v1/screening/warnings/${r2?.id}`);
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    expect(detail.evidence.asOf).toBe('2023-06-01');
    expect(detail.evidence.rule).toMatchObject({ id: 'R2', code: 'DEPT_NOT_LICENSED', version: 1 });
    expect(detail.evidence.rule.legalBasis).toContain('医疗机构管理条例');
    expect(detail.evidence.institution.licence).toEqual({
      number: `OLD-${hospital.id}`,
      validFrom: '2019-01-01',
      validTo: '2023-12-31',
      departments: ['03'],
    });
    expect(detail.evidence.record).toMatchObject({ id: 'r1', departmentCode: '04', patientRef: 'P-1' });
    expect(detail.evidence.broken[0].zh).toContain(`OLD-${hospital.id}`);
    const [r3] = await warningsOf(inspectorA, `batchId=${batchId}&rule=NOT_REGISTERED_HERE`);
    const registration = (await inspectorA.request('GET', `/api/v1/screening/warnings/${r3?.id}`)).json();
    expect(registration.evidence.practitioner.id).toBe(doctor.id);
    expect(registration.evidence.practitioner.registrations).toEqual([]);
    expect(registration.practitionerName).toBeTruthy();
  });

  it('warns once per record: the same rows in another file raise no new warnings', async () => {
    const csv = [
      RECORD_HEADER,
      line(['r1', hospital.id, doctor.id, '04', '2023-06-01', 'P-1', 'procedure', 'X1', 1, 10]),
      '',
    ].join('\n');
    const batch = await screenBatchFile(inspectorA, 'again.csv', csv);
    expect(batch.status).toBe('done');
    expect(batch.findings?.DEPT_NOT_LICENSED).toBe(1);
    expect(batch.newWarnings).toBe(0);
  });

  it('reads NDJSON with numbers as JSON numbers', async () => {
    const ndjson = [
      JSON.stringify({
        id: 'n1',
        institution_id: hospital.id,
        practitioner_id: doctor.id,
        department_code: '05',
        service_date: '2025-07-01',
        patient_ref: 'P-9',
        item_type: 'procedure',
        item_code: 'X2',
        quantity: 1,
        unit_price: 3.5,
      }),
    ].join('\n');
    const batch = await screenBatchFile(inspectorA, 'records.ndjson', ndjson);
    expect(batch.status).toBe('done');
    expect(batch.findings).toMatchObject({ DEPT_NOT_LICENSED: 1, OUT_OF_SCOPE: 1 });
  });
});

describe('a batch with bad rows is refused whole, with a row-level report', () => {
  it('names row, column and value, and screens nothing', async () => {
    const csv = [
      RECORD_HEADER,
      line(['b1', hospital.id, doctor.id, '03', '2025-02-30', 'P-1', 'procedure', 'X1', 1, 10]),
      line(['b2', hospital.id, doctor.id, '03', '2025-02-01', '310101199001011234', 'pill', 'X1', 'two', 10]),
      line(['b1', hospital.id, doctor.id, '03', '2025-02-01', 'P-3', 'procedure', 'X1', 1, -1]),
    ].join('\n');
    const batch = await screenBatchFile(inspectorA, 'bad.csv', csv);
    expect(batch.status).toBe('rejected');
    const found = batch.problems.items.map((p) => `${p.row}:${p.column}:${p.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '2:service_date:invalid_date',
        '3:patient_ref:not_pseudonymous',
        '3:item_type:invalid_item_type',
        '3:quantity:invalid_number',
        '4:unit_price:negative',
        '4:id:duplicate_id',
      ]),
    );
    // The patient reference that looks like an ID number is not echoed back.
    expect(batch.problems.items.find((p) => p.column === 'patient_ref')?.value).toBe('');
    expect(await warningsOf(inspectorA, `batchId=${batch.id}`)).toEqual([]);
    const report = await inspectorA.request('GET', `/api/v1/screening/batches/${batch.id}/report?format=csv`);
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('invalid_date');
  });

  it('refuses records of an institution outside the uploader’s districts', async () => {
    const csv = [
      RECORD_HEADER,
      line(['o1', other.id, doctor.id, '03', '2025-02-01', 'P-1', 'procedure', 'X1', 1, 10]),
    ].join('\n');
    const batch = await screenBatchFile(inspectorA, 'other.csv', csv);
    expect(batch.status).toBe('rejected');
    expect(batch.problems.items[0]).toMatchObject({ row: 2, column: 'institution_id', code: 'out_of_scope' });
  });

  it('names a missing column', async () => {
    const batch = await screenBatchFile(inspectorA, 'short.csv', 'id,institution_id\nx1,y1\n');
    expect(batch.status).toBe('rejected');
    expect(batch.problems.items.map((p) => p.column)).toContain('service_date');
  });

  it('refuses at upload a file too large, of another type, or already screened', async () => {
    const big = await uploadBatch(inspectorA, 'big.csv', `${RECORD_HEADER}\n${'x'.repeat(5000)}`);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.field).toBe('file');
    const type = await uploadBatch(inspectorA, 'records.xlsx', 'abc');
    expect(type.statusCode).toBe(400);
    expect(type.json().error.details[0]).toMatchObject({ field: 'file', code: 'unsupported_type' });
    const csv = [
      RECORD_HEADER,
      line(['d1', hospital.id, doctor.id, '03', '2025-02-01', 'P-1', 'procedure', 'X1', 1, 10]),
    ].join('\n');
    expect((await screenBatchFile(inspectorA, 'once.csv', csv)).status).toBe('done');
    const twice = await uploadBatch(inspectorA, 'twice.csv', csv);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.details[0].code).toBe('duplicate_batch');
  });

  it('lets only uploaders upload, and shows a batch only within the uploader’s districts', async () => {
    const response = await uploadBatch(leaderA, 'x.csv', RECORD_HEADER);
    expect(response.statusCode).toBe(403);
    const csv = [
      RECORD_HEADER,
      line(['s1', hospital.id, doctor.id, '03', '2025-02-01', 'P-1', 'procedure', 'X1', 1, 10]),
    ].join('\n');
    const batch = await screenBatchFile(inspectorA, 'scope.csv', csv);
    expect((await inspectorB.request('GET', `/api/v1/screening/batches/${batch.id}`)).statusCode).toBe(404);
    const listed = (await inspectorB.request('GET', '/api/v1/screening/batches')).json();
    expect(listed.items.map((b: { id: string }) => b.id)).not.toContain(batch.id);
    expect((await leaderA.request('GET', `/api/v1/screening/batches/${batch.id}`)).statusCode).toBe(200);
  });
});
