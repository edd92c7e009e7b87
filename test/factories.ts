import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../src/shared/roles.js';
import { insertDepartment, insertJurisdictions } from '../src/server/modules/identity/store.js';
import { insertUser } from '../src/server/modules/identity/user-store.js';
import { createPasswordHasher } from '../src/server/platform/auth/passwords.js';
import type { Db } from '../src/server/platform/db/client.js';
import { nameInitials } from '../src/server/modules/registry/domain/initials.js';
import {
  insertRegistrations,
  replaceLicenceDepartments,
  upsertDrugs,
  upsertInstitutions,
  upsertLicences,
  upsertPractitioners,
} from '../src/server/modules/registry/import-store.js';
import { insertChanges } from '../src/server/modules/registry/timeline-store.js';
import { insertTechnologyFilings } from '../src/server/modules/registry/filing-store.js';
import {
  institutionLicences,
  type institutions,
  type practitioners,
  type technologyFilings,
} from '../src/server/modules/registry/tables.js';

export const TEST_PASSWORD = 'Test-password-2026';
const hasher = createPasswordHasher(true);
let hashed: Promise<string> | null = null;

const unique = () => randomBytes(4).toString('hex');

/** A fresh city with two districts, A and B: each test works inside its own jurisdiction tree. */
export async function createCity(db: Db) {
  const tag = unique();
  const root = `T${tag}`;
  const a = `${root}A`;
  const b = `${root}B`;
  await insertJurisdictions(db, [
    {
      code: root,
      name: `测试市${tag}`,
      nameEn: `Test City ${tag}`,
      level: 'city',
      parentCode: null,
      rootCode: root,
    },
    {
      code: a,
      name: `甲区${tag}`,
      nameEn: `District A ${tag}`,
      level: 'district',
      parentCode: root,
      rootCode: root,
    },
    {
      code: b,
      name: `乙区${tag}`,
      nameEn: `District B ${tag}`,
      level: 'district',
      parentCode: root,
      rootCode: root,
    },
  ]);
  const departments = {
    city: await createDepartment(db, root, 'health_supervision'),
    a: await createDepartment(db, a, 'health_supervision'),
    b: await createDepartment(db, b, 'health_supervision'),
  };
  return { tag, root, a, b, departments };
}

export type City = Awaited<ReturnType<typeof createCity>>;

/** Jurisdictions written straight to identity's table (e.g. the real districts the demo registry uses). */
export const createJurisdictions = (db: Db, rows: Parameters<typeof insertJurisdictions>[1]) =>
  insertJurisdictions(db, rows);

export async function createDepartment(
  db: Db,
  jurisdictionCode: string,
  kind = 'health_supervision',
  active = true,
) {
  const id = randomUUID();
  const tag = unique();
  await insertDepartment(db, {
    id,
    code: `D-${tag}`,
    name: `测试部门${tag}`,
    nameEn: `Test department ${tag}`,
    kind,
    jurisdictionCode,
    active,
  });
  return { id, jurisdictionCode };
}

export async function createUser(
  db: Db,
  department: { id: string; jurisdictionCode: string },
  roles: Role[],
  overrides: { mustChangePassword?: boolean } = {},
) {
  hashed ??= hasher.hash(TEST_PASSWORD);
  const id = randomUUID();
  const username = `u${unique()}`;
  await insertUser(db, {
    id,
    username,
    displayName: `测试用户${username}`,
    email: `${username}@test.example`,
    roles,
    departmentId: department.id,
    jurisdictionCode: department.jurisdictionCode,
    passwordHash: await hashed,
    mustChangePassword: overrides.mustChangePassword ?? false,
  });
  return { id, username, password: TEST_PASSWORD };
}

export interface Client {
  csrfToken: string;
  cookie: string;
  request: (
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
}

/** Signs in through the API and returns a client that sends the cookie and CSRF token. */
export async function signIn(
  app: FastifyInstance,
  user: { username: string; password: string },
  language = 'zh-CN',
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: user.username, password: user.password },
    remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'wj_session');
  if (!cookie) throw new Error('no session cookie');
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return {
    csrfToken,
    cookie: cookie.value,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        payload: body as object | undefined,
        cookies: { wj_session: cookie.value },
        headers: { 'x-csrf-token': csrfToken, 'accept-language': language, ...headers },
      }),
  };
}

/** An institution with a current licence, written straight to the registry's tables. */
export async function createInstitution(
  db: Db,
  city: City,
  districtCode: string,
  overrides: Partial<typeof institutions.$inferInsert> & { departments?: string[] } = {},
) {
  const { departments = ['03', '04'], ...fields } = overrides;
  const id = fields.id ?? `${city.tag}-I-${unique()}`;
  const name = fields.name ?? `测试医院${unique()}`;
  await upsertInstitutions(db, [
    {
      name,
      nameInitials: nameInitials(name),
      category: 'general_hospital',
      ownership: 'public',
      districtCode,
      status: 'active',
      beds: 100,
      ...fields,
      id,
    },
  ]);
  const number = `PDY-${id}`;
  await upsertLicences(db, [{ number, institutionId: id, validFrom: '2024-01-01', validTo: '2028-12-31' }]);
  await replaceLicenceDepartments(
    db,
    [number],
    departments.map((departmentCode) => ({ licenceNumber: number, departmentCode })),
  );
  return { id, name, licenceNumber: number, districtCode };
}

/** A practitioner registered (primary) at an institution, and multi-site at others. */
export async function createPractitioner(
  db: Db,
  city: City,
  primary: { id: string; districtCode: string },
  overrides: Partial<typeof practitioners.$inferInsert> & { multiSite?: string[] } = {},
) {
  const { multiSite = [], ...fields } = overrides;
  const id = fields.id ?? `${city.tag}-P-${unique()}`;
  const name = fields.name ?? `测试医师${unique()}`;
  await upsertPractitioners(db, [
    {
      name,
      nameInitials: nameInitials(name),
      category: 'clinical',
      scopes: ['03'],
      title: 'attending',
      status: 'active',
      districtCode: primary.districtCode,
      ...fields,
      id,
    },
  ]);
  await insertRegistrations(db, [
    { practitionerId: id, institutionId: primary.id, kind: 'primary', validFrom: '2024-01-01' },
    ...multiSite.map((institutionId) => ({
      practitionerId: id,
      institutionId,
      kind: 'multi_site' as const,
      validFrom: '2024-01-01',
    })),
  ]);
  return { id, name };
}

/** A standing restricted-technology filing (ECMO under 03 unless overridden), written straight to its table. */
export async function createTechnologyFiling(
  db: Db,
  institutionId: string,
  overrides: Partial<typeof technologyFilings.$inferInsert> = {},
) {
  const [id] = await insertTechnologyFilings(db, [
    {
      filingNumber: `TF-${unique()}`,
      technologyCode: 'RT2022-11',
      departmentCode: '03',
      filedOn: '2024-03-01',
      status: 'filed',
      ...overrides,
      institutionId,
    },
  ]);
  return { id: String(id) };
}

/** A drug of the registry's list (price cap in fen). */
export async function createDrug(
  db: Db,
  code: string,
  fields: { antibioticLevel?: number; priceCapFen?: number } = {},
) {
  await upsertDrugs(db, [
    {
      code,
      name: `测试药品${code}`,
      antibioticLevel: fields.antibioticLevel ?? 0,
      priceCapFen: fields.priceCapFen ?? 10_000,
    },
  ]);
  return { code };
}

/** A licence the institution held before its current one (replaced, kept as history). */
export async function createReplacedLicence(
  db: Db,
  institutionId: string,
  licence: { number: string; validFrom: string; validTo: string; departments: string[] },
) {
  await db.insert(institutionLicences).values({
    number: licence.number,
    institutionId,
    validFrom: licence.validFrom,
    validTo: licence.validTo,
    isCurrent: false,
    replacedAt: new Date(`${licence.validTo}T16:00:00Z`),
  });
  await replaceLicenceDepartments(
    db,
    [licence.number],
    licence.departments.map((departmentCode) => ({ licenceNumber: licence.number, departmentCode })),
  );
}

/** A timeline entry: a field of a registry record changed at `at`. */
export async function recordFieldChange(
  db: Db,
  entity: { type: 'institution' | 'practitioner' | 'drug'; id: string },
  at: Date,
  changes: Record<string, { from: unknown; to: unknown }>,
) {
  await insertChanges(db, [
    {
      entityType: entity.type,
      entityId: entity.id,
      at,
      actorName: 'test',
      source: 'ui',
      action: 'update',
      changes,
    },
  ]);
}
