/**
 * Reviewing warnings through the API: dismiss with a reason, make a clue of several, all or none,
 * within the reviewer's districts; R10 across batches and institutions; the dashboard's counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type City,
  type Client,
  createCity,
  createDrug,
  createInstitution,
  createPractitioner,
  createUser,
  signIn,
} from '../../../../test/factories.js';
import { openTestApp } from '../../../../test/harness.js';
import { RECORD_HEADER, screenBatchFile, warningsOf } from '../../../../test/screening-client.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let inspectorA: Client;
let inspectorB: Client;
let cityInspector: Client;
let auditorA: Client;
let hospitals: { id: string }[];
let doctor: { id: string };
let drugCode: string;
let batchId: string;

const line = (cells: (string | number)[]) => cells.join(',');

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  city = await createCity(db);
  inspectorA = await signIn(t.app, await createUser(db, city.departments.a, ['inspector']));
  inspectorB = await signIn(t.app, await createUser(db, city.departments.b, ['inspector']));
  cityInspector = await signIn(t.app, await createUser(db, city.departments.city, ['inspector']));
  auditorA = await signIn(t.app, await createUser(db, city.departments.a, ['auditor']));
  hospitals = [];
  for (let i = 0; i < 6; i += 1)
    hospitals.push(await createInstitution(db, city, city.a, { departments: ['03'] }));
  doctor = await createPractitioner(db, city, hospitals[0] as { id: string; districtCode: string }, {
    scopes: ['03', '04'],
    multiSite: hospitals.slice(1).map((h) => h.id),
  });
  drugCode = `${city.tag}-AMOX`;
  await createDrug(db, drugCode, { antibioticLevel: 1, priceCapFen: 100_000 });
  // Four records of a department none of the licences lists (04): four DEPT_NOT_LICENSED warnings.
  const csv = [
    RECORD_HEADER,
    ...[0, 1, 2, 3].map((i) =>
      line([
        `w${i}`,
        hospitals[i % 2]?.id as string,
        doctor.id,
        '04',
        `2025-05-0${i + 1}`,
        `P-${i}`,
        'procedure',
        'X',
        1,
        1,
      ]),
    ),
  ].join('\n');
  const batch = await screenBatchFile(inspectorA, 'review.csv', csv);
  batchId = batch.id;
});

afterAll(async () => {
  await t?.close();
});

describe('reviewing warnings', () => {
  it('dismisses with a reason, all or none, and records who and why', async () => {
    const [first, second] = await warningsOf(inspectorA, `batchId=${batchId}&sort=serviceDate`);
    const short = await inspectorA.request('POST', '/api/v1/screening/warnings/dismiss', {
      ids: [first?.id],
      reason: 'no',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].field).toBe('reason');
    const ok = await inspectorA.request('POST', '/api/v1/screening/warnings/dismiss', {
      ids: [first?.id],
      reason: '经核实为录入错误，已更正',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ dismissed: 1 });
    const detail = (await inspectorA.request('GET', `/api/v1/screening/warnings/${first?.id}`)).json();
    expect(detail.status).toBe('dismissed');
    expect(detail.dismissal.reason).toBe('经核实为录入错误，已更正');
    // The dismissed one again, with an open one: nothing changes.
    const again = await inspectorA.request('POST', '/api/v1/screening/warnings/dismiss', {
      ids: [first?.id, second?.id],
      reason: '重复处置测试',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('STATE_TRANSITION_INVALID');
    const still = (await inspectorA.request('GET', `/api/v1/screening/warnings/${second?.id}`)).json();
    expect(still.status).toBe('open');
  });

  it('makes a clue of several open warnings, numbered by district and year', async () => {
    const open = await warningsOf(inspectorA, `batchId=${batchId}&status=open&sort=serviceDate`);
    expect(open).toHaveLength(3);
    const response = await inspectorA.request('POST', '/api/v1/screening/clues', {
      warningIds: open.slice(0, 2).map((w) => w.id),
      title: '超诊疗科目执业线索',
      note: '两家机构同一医师',
    });
    expect(response.statusCode).toBe(201);
    const clue = response.json();
    expect(clue.number).toMatch(new RegExp(`^XS${city.a}-\\d{4}-00001$`));
    expect(clue.warningCount).toBe(2);
    expect(clue.warnings.map((w: { status: string }) => w.status)).toEqual(['clued', 'clued']);
    const listed = await warningsOf(inspectorA, `batchId=${batchId}&status=clued`);
    expect(listed.map((w) => w.clueNumber)).toEqual([clue.number, clue.number]);
    const clues = (await inspectorA.request('GET', '/api/v1/screening/clues')).json();
    expect(clues.items.map((c: { id: string }) => c.id)).toContain(clue.id);
    // A clued warning cannot go into a second clue.
    const twice = await inspectorA.request('POST', '/api/v1/screening/clues', {
      warningIds: [open[0]?.id],
      title: '再次转线索',
    });
    expect(twice.statusCode).toBe(409);
  });

  it('keeps each district to its own warnings, and reviewers to reviewing', async () => {
    const [one] = await warningsOf(inspectorA, `batchId=${batchId}&status=open`);
    expect(await warningsOf(inspectorB, `batchId=${batchId}`)).toEqual([]);
    expect((await inspectorB.request('GET', `/api/v1/screening/warnings/${one?.id}`)).statusCode).toBe(404);
    const foreign = await inspectorB.request('POST', '/api/v1/screening/warnings/dismiss', {
      ids: [one?.id],
      reason: '越权处置测试',
    });
    expect(foreign.statusCode).toBe(404);
    expect((await warningsOf(cityInspector, `batchId=${batchId}`)).length).toBe(4);
    expect((await warningsOf(auditorA, `batchId=${batchId}`)).length).toBe(4);
    const auditor = await auditorA.request('POST', '/api/v1/screening/warnings/dismiss', {
      ids: [one?.id],
      reason: '审计人员不能处置',
    });
    expect(auditor.statusCode).toBe(403);
  });

  it('filters by rule, severity, status, district, dates and text', async () => {
    expect(await warningsOf(inspectorA, `batchId=${batchId}&rule=OUT_OF_SCOPE`)).toEqual([]);
    expect(
      (await warningsOf(inspectorA, `batchId=${batchId}&rule=OUT_OF_SCOPE,DEPT_NOT_LICENSED`)).length,
    ).toBe(4);
    expect((await warningsOf(inspectorA, `batchId=${batchId}&severity=high`)).length).toBe(4);
    expect((await warningsOf(inspectorA, `batchId=${batchId}&from=2025-05-03&to=2025-05-04`)).length).toBe(2);
    expect((await warningsOf(inspectorA, `batchId=${batchId}&q=w2`)).map((w) => w.ref)).toEqual(['w2']);
    expect((await warningsOf(cityInspector, `batchId=${batchId}&district=${city.b}`)).length).toBe(0);
    const bad = await inspectorA.request('GET', '/api/v1/screening/warnings?from=2025-13-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('from');
  });

  it('exports the filtered warnings as CSV', async () => {
    const response = await inspectorA.request(
      'GET',
      `/api/v1/screening/warnings/export?batchId=${batchId}&format=csv`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('warnings.csv');
    expect(response.body.split('\r\n').filter(Boolean)).toHaveLength(5);
  });
});

describe('R10 across batches and institutions', () => {
  it('warns when one institution’s monthly total exceeds 3 × the median of its peers', async () => {
    // Five peers prescribe 10 each in June; then the sixth prescribes 100 in a later batch.
    const peers = [
      RECORD_HEADER,
      ...hospitals
        .slice(0, 5)
        .map((h, i) =>
          line([`v${i}`, h.id, doctor.id, '03', '2025-06-10', `Q-${i}`, 'drug', drugCode, 10, 1]),
        ),
    ].join('\n');
    const first = await screenBatchFile(inspectorA, 'peers.csv', peers);
    expect(first.findings?.ABNORMAL_VOLUME).toBe(0);
    const spike = [
      RECORD_HEADER,
      line([
        'v9',
        hospitals[5]?.id as string,
        doctor.id,
        '03',
        '2025-06-11',
        'Q-9',
        'drug',
        drugCode,
        100,
        1,
      ]),
    ].join('\n');
    const second = await screenBatchFile(inspectorA, 'spike.csv', spike);
    expect(second.findings?.ABNORMAL_VOLUME).toBe(1);
    const [warning] = await warningsOf(inspectorA, `batchId=${second.id}&rule=ABNORMAL_VOLUME`);
    expect(warning?.ref).toBe(`${hospitals[5]?.id}|${drugCode}|2025-06`);
    const detail = (await inspectorA.request('GET', `/api/v1/screening/warnings/${warning?.id}`)).json();
    expect(detail.evidence.volume).toMatchObject({ total: 100, median: 10, peers: 6, multiplier: 3 });
    expect(detail.serviceDate).toBe('2025-06-01');
  });
});

describe('the dashboard', () => {
  it('counts by rule, district and week, with zeros', async () => {
    const response = await inspectorA.request(
      'GET',
      '/api/v1/screening/dashboard?from=2025-04-28&to=2025-06-15',
    );
    expect(response.statusCode).toBe(200);
    const board = response.json();
    expect(board.byRule).toHaveLength(10);
    expect(board.byRule.find((r: { ruleCode: string }) => r.ruleCode === 'DEPT_NOT_LICENSED')).toMatchObject({
      total: 4,
    });
    expect(board.byDistrict).toEqual([expect.objectContaining({ districtCode: city.a, total: 5 })]);
    expect(board.byWeek.map((w: { week: string }) => w.week)).toEqual([
      '2025-04-28',
      '2025-05-05',
      '2025-05-12',
      '2025-05-19',
      '2025-05-26',
      '2025-06-02',
      '2025-06-09',
    ]);
    expect(board.byWeek[0]).toMatchObject({ total: 4, high: 4 });
    expect(board.totals).toMatchObject({ total: 5, dismissed: 1, clued: 2, open: 2 });
  });

  it('without dates, shows the twelve weeks up to the latest service date warned of', async () => {
    const board = (await inspectorA.request('GET', '/api/v1/screening/dashboard')).json();
    expect(board.to).toBe('2025-06-01');
    expect(board.byWeek).toHaveLength(12);
    expect(board.byWeek.at(-1).week).toBe('2025-05-26');
  });
});
