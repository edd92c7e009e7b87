/**
 * The route × role × scope matrix: every API route, called by every role at city and district
 * level (and by a user of another city, and by nobody), must answer exactly as its declared
 * permission says, and must never show or change district B's non-public data to anyone outside
 * B's city or inside district A. A new route is covered automatically; a new route with a path
 * parameter fails here until it is given a target below.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../src/shared/roles.js';
import { hasPermission } from '../src/server/platform/auth/permissions.js';
import { permissions } from '../src/server/app.js';
import { notifyUser } from '../src/server/platform/notifications/notify.js';
import {
  type City,
  type Client,
  createCity,
  createInstitution,
  createPractitioner,
  createTechnologyFiling,
  createUser,
  signIn,
} from './factories.js';
import { CS, EXT, SID } from '../src/server/modules/registry/fhir/codes.js';
import { openTestApp } from './harness.js';
import { finished, upload } from './import-client.js';
import { RECORD_HEADER, screenBatchFile, warningsOf } from './screening-client.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
/** The versions of B's institution and practitioner, which an edit (PATCH) must send. */
let bVersions: { institution: string; practitioner: string };
let b: {
  userId: string;
  username: string;
  email: string;
  departmentId: string;
  notificationId: string;
  notificationTitle: string;
  institutionId: string;
  institutionName: string;
  practitionerId: string;
  practitionerName: string;
  clinicId: string;
  technologyFilingId: string;
  importId: string;
  importFileName: string;
  batchId: string;
  batchFileName: string;
  warningId: string;
  openWarningId: string;
  clueId: string;
  clueNumber: string;
};

interface Actor {
  label: string;
  roles: Role[];
  level: 'city' | 'district' | 'other-city' | 'anonymous';
  client: Client | null;
}
const actors: Actor[] = [];

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  city = await createCity(db);
  const other = await createCity(db);
  const bUser = await createUser(db, city.departments.b, ['inspector']);
  const notificationTitle = `B-secret-${randomUUID()}`;
  const notificationId = await notifyUser(
    db,
    { userId: bUser.id, kind: 'test', title: notificationTitle, titleEn: notificationTitle },
    false,
  );
  // Audit entries about B's user, written as B's administrator.
  const bAdmin = await signIn(t.app, await createUser(db, city.departments.b, ['admin']));
  expect(
    (await bAdmin.request('PATCH', `/api/v1/users/${bUser.id}`, { displayName: '乙区检查员' })).statusCode,
  ).toBe(200);
  // District B's registry records: an institution and a practitioner registered there.
  const bInstitution = await createInstitution(db, city, city.b, { name: `乙区机密医院${city.tag}` });
  const bPractitioner = await createPractitioner(db, city, bInstitution, { name: `乙区医师${city.tag}` });
  const bClinic = await createInstitution(db, city, city.b, { category: 'clinic', beds: 0 });
  const bFiling = await createTechnologyFiling(db, bInstitution.id, { departmentCode: '04' });
  // An import uploaded by B's administrator (rejected: its one row lacks every value).
  const importFileName = `institutions-乙区导入${city.tag}.csv`;
  const bImport = await upload(bAdmin, [{ name: importFileName, content: 'id,name\n,\n' }]);
  expect(bImport.statusCode).toBe(202);
  const importId = (await finished(bAdmin, bImport.json().id)).id;
  // A screening batch uploaded by B's inspector: two records of a department B's licence lacks.
  const bInspector = await signIn(t.app, bUser);
  const batchFileName = `records-乙区批次${city.tag}.csv`;
  const records = [0, 1].map((i) =>
    [
      `B-REC-${i}`,
      bInstitution.id,
      bPractitioner.id,
      '05',
      `2025-05-0${i + 1}`,
      `P-${i}`,
      'procedure',
      'X',
      1,
      1,
    ].join(','),
  );
  const batch = await screenBatchFile(bInspector, batchFileName, [RECORD_HEADER, ...records].join('\n'));
  const [warning, openWarning] = await warningsOf(
    bInspector,
    `batchId=${batch.id}&rule=DEPT_NOT_LICENSED&sort=serviceDate`,
  );
  const clue = (
    await bInspector.request('POST', '/api/v1/screening/clues', {
      warningIds: [warning?.id],
      title: '乙区线索',
    })
  ).json();
  b = {
    batchId: batch.id,
    batchFileName,
    warningId: warning?.id as string,
    openWarningId: openWarning?.id as string,
    clueId: clue.id,
    clueNumber: clue.number,
    importId,
    importFileName,
    institutionId: bInstitution.id,
    institutionName: bInstitution.name,
    practitionerId: bPractitioner.id,
    practitionerName: bPractitioner.name,
    clinicId: bClinic.id,
    technologyFilingId: bFiling.id,
    userId: bUser.id,
    username: bUser.username,
    email: `${bUser.username}@test.example`,
    departmentId: city.departments.b.id,
    notificationId,
    notificationTitle,
  };

  bVersions = {
    institution: (await bAdmin.request('GET', `/api/v1/institutions/${b.institutionId}`)).json().version,
    practitioner: (await bAdmin.request('GET', `/api/v1/practitioners/${b.practitionerId}`)).json().version,
  };

  for (const role of ROLES) {
    actors.push({
      label: `${role}@city`,
      roles: [role],
      level: 'city',
      client: await signIn(t.app, await createUser(db, city.departments.city, [role])),
    });
    actors.push({
      label: `${role}@districtA`,
      roles: [role],
      level: 'district',
      client: await signIn(t.app, await createUser(db, city.departments.a, [role])),
    });
  }
  actors.push({
    label: 'admin@otherCity',
    roles: ['admin'],
    level: 'other-city',
    client: await signIn(t.app, await createUser(db, other.departments.city, ['admin'])),
  });
  actors.push({
    label: 'auditor@otherCity',
    roles: ['auditor'],
    level: 'other-city',
    client: await signIn(t.app, await createUser(db, other.departments.city, ['auditor'])),
  });
  actors.push({ label: 'anonymous', roles: [], level: 'anonymous', client: null });
});
afterAll(() => t.close());

/** Which of B's records each path parameter points at (a string stands for `:id`). */
const targets = (): Record<string, string | Record<string, string>> => ({
  '/api/v1/users/:id': b.userId,
  '/api/v1/users/:id/unlock': b.userId,
  '/api/v1/users/:id/reset-password': b.userId,
  '/api/v1/departments/:id': b.departmentId,
  '/api/v1/notifications/:id/read': b.notificationId,
  '/api/v1/institutions/:id': b.institutionId,
  '/api/v1/institutions/:id/technology-filings': b.institutionId,
  '/api/v1/institutions/:id/technology-filings/:filingId/withdraw': {
    id: b.institutionId,
    filingId: b.technologyFilingId,
  },
  '/api/v1/institutions/:id/clinic-filing': b.clinicId,
  '/api/v1/institutions/:id/validations': b.institutionId,
  '/api/v1/institutions/:id/fhir': b.institutionId,
  '/api/v1/practitioners/:id': b.practitionerId,
  // Code lists are national reference data, the same for everyone.
  '/api/v1/code-lists/:id': 'zhenliao_kemu',
  '/api/v1/registry/imports/:id': b.importId,
  '/api/v1/registry/imports/:id/report': b.importId,
  '/api/v1/screening/batches/:id': b.batchId,
  '/api/v1/screening/batches/:id/report': b.batchId,
  '/api/v1/screening/warnings/:id': b.warningId,
  '/api/v1/screening/clues/:id': b.clueId,
});

/** The route's URL with each path parameter replaced by its target. */
function fill(url: string): string {
  const target = targets()[url];
  if (!target) return url;
  const params: Record<string, string> = typeof target === 'string' ? { id: target } : target;
  return url.replace(/:(\w+)/g, (param, name: string) => params[name] ?? param);
}

/** A body that passes validation, so the request reaches the permission and scope checks. */
const bodies = (): Record<string, unknown> => ({
  'POST /api/v1/users': {
    username: `leak${randomUUID().slice(0, 8)}`,
    displayName: '越权用户',
    roles: ['inspector'],
    departmentId: b.departmentId,
  },
  'PATCH /api/v1/users/:id': { displayName: 'hacked', status: 'disabled' },
  'POST /api/v1/departments': {
    code: `LEAK-${randomUUID().slice(0, 8)}`,
    name: '越权部门',
    nameEn: 'Leak department',
    kind: 'cdc',
    jurisdictionCode: city.b,
  },
  'PATCH /api/v1/departments/:id': { name: 'hacked department', active: false },
  'POST /api/v1/auth/password': { currentPassword: 'not-my-password-1', newPassword: 'Another-password-1' },
  'POST /api/v1/auth/login': { username: 'matrix-nobody', password: 'wrong-password-1' },
  'POST /api/v1/institutions': {
    id: `LEAK-I-${randomUUID().slice(0, 8)}`,
    name: '越权机构',
    category: 'clinic',
    districtCode: city.b,
    status: 'active',
    licence: {
      number: `LEAK-L-${randomUUID().slice(0, 8)}`,
      validFrom: '2025-01-01',
      validTo: '2029-12-31',
      departments: ['03'],
    },
  },
  'PATCH /api/v1/institutions/:id': { version: bVersions.institution, name: 'hacked institution' },
  'POST /api/v1/practitioners': {
    id: `LEAK-P-${randomUUID().slice(0, 8)}`,
    name: '越权医师',
    category: 'clinical',
    scopes: ['03'],
    title: 'resident',
    status: 'active',
    registrations: [{ institutionId: b.institutionId, kind: 'primary', validFrom: '2025-01-01' }],
  },
  'PATCH /api/v1/practitioners/:id': { version: bVersions.practitioner, name: 'hacked practitioner' },
  'POST /api/v1/institutions/:id/technology-filings': {
    filingNumber: `LEAK-${randomUUID().slice(0, 8)}`,
    technologyCode: 'RT2022-08',
    departmentCode: '03',
    filedOn: '2025-01-02',
  },
  'POST /api/v1/institutions/:id/technology-filings/:filingId/withdraw': {
    withdrawnOn: '2025-06-01',
    reason: '越权撤销',
  },
  'POST /api/v1/institutions/:id/clinic-filing': {
    filingNumber: `LEAK-${randomUUID().slice(0, 8)}`,
    filedOn: '2025-03-01',
    departments: ['03'],
  },
  'POST /api/v1/institutions/:id/validations': {
    result: 'deferred',
    decidedOn: '2025-12-01',
    decidedBy: '越权科室',
    reason: '越权暂缓',
    periodStart: '2025-01-01',
  },
  'POST /api/v1/fhir/import': fhirBundleRenamingB(),
  'POST /api/v1/screening/warnings/dismiss': { ids: [b.openWarningId], reason: '越权忽略预警' },
  'POST /api/v1/screening/clues': { warningIds: [b.openWarningId], title: '越权线索' },
});

/** A FHIR Bundle that would rename B's institution (a valid registry record but for the scope). */
function fhirBundleRenamingB() {
  const licence = { start: '2024-01-01', end: '2028-12-31' };
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        resource: {
          resourceType: 'Organization',
          identifier: [
            { system: SID.institution, value: b.institutionId },
            { system: SID.practiceLicence, value: `PDY-${b.institutionId}`, period: licence },
          ],
          type: [{ coding: [{ system: CS.institutionCategory, code: 'general_hospital' }] }],
          name: 'hacked',
          address: [
            { extension: [{ url: EXT.division, valueCoding: { system: CS.division, code: city.b } }] },
          ],
        },
      },
    ],
  };
}

/** Query strings that aim list routes at B's records. */
const probes = () => [
  '',
  `?jurisdiction=${city.b}`,
  `?district=${city.b}`,
  `?institutionId=${b.institutionId}`,
  `?departmentId=${city.departments.b.id}`,
  `?entityId=${b.userId}`,
  `?actor=${b.username}`,
  '?q=u',
];

const isAllowed = (access: (typeof t.routes)[number]['access'], actor: Actor) => {
  if (access === 'public') return true;
  if (actor.level === 'anonymous') return false;
  if (access === 'authenticated') return true;
  return hasPermission(permissions, actor.roles, access.permission);
};

/** True when the actor may see district B's non-public data. */
const mayReadB = (actor: Actor) => actor.level === 'city';

/**
 * The response text to search for B's markers. An auditor's search is itself audited with the
 * query typed (`audit.search`); those entries echo the probes' own parameters, not B's data.
 */
function visibleText(url: string, body: string): string {
  if (url !== '/api/v1/audit') return body;
  // Searches and exports are audited with the filters the actor typed: their own words, not B's data.
  const ownQueries = (action: string) => action === 'audit.search' || action.endsWith('.export');
  const parsed = JSON.parse(body) as { items?: { action: string }[] };
  return JSON.stringify((parsed.items ?? []).filter((item) => !ownQueries(item.action)));
}

async function call(actor: Actor, method: string, url: string, body?: unknown) {
  if (!actor.client)
    return t.app.inject({ method: method as 'GET', url, payload: body as object | undefined });
  if (url.endsWith('/auth/logout')) {
    // Signing out would end the shared session: use a throwaway one.
    return (await signIn(t.app, await createUser(t.database.db, city.departments.a, actor.roles))).request(
      method,
      url,
      body,
    );
  }
  return actor.client.request(method, url, body);
}

describe('route × role × scope matrix', () => {
  it('covers every API route, each with a target for its path parameters', () => {
    expect(t.routes.length).toBeGreaterThanOrEqual(17);
    for (const route of t.routes) {
      if (route.url.includes(':'))
        expect(fill(route.url), `${route.method} ${route.url} needs a target`).not.toContain(':');
    }
  });

  async function checkAccess(who: Actor[]) {
    const wrong: string[] = [];
    for (const route of t.routes) {
      const url = fill(route.url);
      for (const actor of who) {
        const response = await call(actor, route.method, url, bodies()[`${route.method} ${route.url}`]);
        const code =
          response.statusCode >= 400 ? (response.json() as { error: { code: string } }).error.code : 'OK';
        const allowed = isAllowed(route.access, actor);
        const refused = code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
        if (allowed === refused)
          wrong.push(
            `${actor.label} ${route.method} ${route.url} → ${response.statusCode} ${code} (expected ${allowed ? 'allowed' : 'refused'})`,
          );
      }
    }
    return wrong;
  }

  it('answers every route as its declared permission says, for every role outside B’s scope', async () => {
    expect(await checkAccess(actors.filter((a) => !mayReadB(a)))).toEqual([]);
  });

  it('leaves district B’s records unchanged after every write attempt from outside its scope', async () => {
    const cityAdmin = actors.find((a) => a.label === 'admin@city')?.client as Client;
    const user = (await cityAdmin.request('GET', `/api/v1/users/${b.userId}`)).json();
    expect(user).toMatchObject({ displayName: '乙区检查员', status: 'active', lockedUntil: null });
    const departments = (
      await cityAdmin.request('GET', `/api/v1/departments?jurisdiction=${city.b}&pageSize=200`)
    ).json();
    expect(departments.items.find((d: { id: string }) => d.id === b.departmentId)).toMatchObject({
      active: true,
      name: expect.not.stringContaining('hacked'),
    });
    expect(departments.items.some((d: { name: string }) => d.name === '越权部门')).toBe(false);
    const created = (
      await cityAdmin.request('GET', `/api/v1/users?jurisdiction=${city.b}&pageSize=200`)
    ).json();
    expect(created.items.some((u: { displayName: string }) => u.displayName === '越权用户')).toBe(false);
    const bInbox = await signIn(t.app, { username: b.username, password: 'Test-password-2026' });
    const inbox = (await bInbox.request('GET', '/api/v1/notifications')).json();
    expect(inbox.items.find((n: { id: string }) => n.id === b.notificationId)?.readAt).toBeNull();
    const institution = (await cityAdmin.request('GET', `/api/v1/institutions/${b.institutionId}`)).json();
    expect(institution.name).toBe(b.institutionName);
    expect(institution.technologyFilings).toMatchObject([{ id: b.technologyFilingId, status: 'filed' }]);
    expect(institution.validations).toEqual([]);
    const clinic = (await cityAdmin.request('GET', `/api/v1/institutions/${b.clinicId}`)).json();
    expect(clinic.clinicFiling).toBeNull();
    const practitioner = (await cityAdmin.request('GET', `/api/v1/practitioners/${b.practitionerId}`)).json();
    expect(practitioner).toMatchObject({ name: b.practitionerName, version: bVersions.practitioner });
    expect(institution.version).toBe(bVersions.institution);
    const open = (await cityAdmin.request('GET', `/api/v1/screening/warnings/${b.openWarningId}`)).json();
    expect(open).toMatchObject({ status: 'open', clueId: null, dismissal: null });
    for (const [path, name] of [
      ['institutions', '越权机构'],
      ['practitioners', '越权医师'],
    ])
      expect(
        (await cityAdmin.request('GET', `/api/v1/${path}?q=${encodeURIComponent(name as string)}`)).json()
          .total,
      ).toBe(0);
  });

  it('never shows district B’s non-public data outside its city or to district A', async () => {
    const leaks: string[] = [];
    const markers = [
      b.userId,
      b.username,
      b.email,
      b.notificationId,
      b.notificationTitle,
      b.institutionId,
      b.institutionName,
      b.practitionerId,
      b.practitionerName,
      b.importId,
      b.importFileName,
      b.batchId,
      b.batchFileName,
      b.warningId,
      b.openWarningId,
      b.clueId,
      b.clueNumber,
    ];
    for (const route of t.routes.filter((r) => r.method === 'GET')) {
      const base = fill(route.url);
      for (const actor of actors.filter((a) => !mayReadB(a))) {
        for (const probe of route.url.includes(':') ? [''] : probes()) {
          const response = await call(actor, 'GET', `${base}${probe}`);
          const found = markers.filter((marker) => visibleText(route.url, response.body).includes(marker));
          if (found.length) leaks.push(`${actor.label} GET ${base}${probe} shows ${found.join(', ')}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('lets city-level readers see district B, so the leak check above can find what it looks for', async () => {
    const cityAdmin = actors.find((a) => a.label === 'admin@city');
    const response = await cityAdmin?.client?.request('GET', `/api/v1/users?jurisdiction=${city.b}`);
    expect(response?.body).toContain(b.username);
    const institutions = await cityAdmin?.client?.request('GET', `/api/v1/institutions?district=${city.b}`);
    expect(institutions?.body).toContain(b.institutionName);
    const practitioners = await cityAdmin?.client?.request(
      'GET',
      `/api/v1/practitioners/export?district=${city.b}`,
    );
    expect(practitioners?.body).toContain(b.practitionerName);
    const imports = await cityAdmin?.client?.request('GET', '/api/v1/registry/imports?pageSize=200');
    expect(imports?.body).toContain(b.importFileName);
    const warnings = await cityAdmin?.client?.request(
      'GET',
      `/api/v1/screening/warnings?batchId=${b.batchId}`,
    );
    expect(warnings?.body).toContain(b.clueNumber);
    const batches = await cityAdmin?.client?.request('GET', '/api/v1/screening/batches?pageSize=100');
    expect(batches?.body).toContain(b.batchFileName);
  });

  it('answers every route as its declared permission says, for every role at city level (last: they may change B)', async () => {
    expect(await checkAccess(actors.filter(mayReadB))).toEqual([]);
  });
});
