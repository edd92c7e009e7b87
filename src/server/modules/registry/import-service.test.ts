import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, RequestContext } from '../../platform/context.js';
import { type City, createCity, createUser, signIn } from '../../../../test/factories.js';
import { openIsolatedDatabase, openTestApp } from '../../../../test/harness.js';
import { seedRegistryDemo } from './index.js';
import { countChanges } from './timeline-store.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let cityCtx: RequestContext;
let districtCtx: RequestContext;

async function contextOf(department: { id: string; jurisdictionCode: string }): Promise<RequestContext> {
  const client = await signIn(t.app, await createUser(t.database.db, department, ['admin']));
  const actor = (await t.identity.auth.resolveSession(client.cookie)) as Actor;
  return { actor, requestId: `import-${Math.random()}`, ip: null, language: 'zh-CN', now: () => new Date() };
}

beforeAll(async () => {
  t = await openTestApp();
  city = await createCity(t.database.db);
  cityCtx = await contextOf(city.departments.city);
  districtCtx = await contextOf(city.departments.a);
});
afterAll(() => t.close());

const institution = (n: number, overrides: Record<string, string> = {}) => ({
  id: `${city.tag}-H${n}`,
  name: `测试第${n}医院${city.tag}`,
  category: 'general_hospital',
  district_code: city.a,
  licence_no: `${city.tag}-L${n}`,
  licence_valid_from: '2024-01-01',
  licence_valid_to: '2029-12-31',
  departments: '03;03.01;04',
  status: 'active',
  ...overrides,
});
const practitioner = (n: number, overrides: Record<string, string> = {}) => ({
  id: `${city.tag}-D${n}`,
  name: `医师${n}`,
  category: 'clinical',
  scopes: '03',
  title: 'attending',
  status: 'active',
  registrations: `${city.tag}-H1;${city.tag}-H2`,
  ...overrides,
});
const drug = () => ({
  code: `${city.tag}-X1`,
  name: '阿莫西林胶囊',
  antibiotic_level: '1',
  price_cap: '12.50',
});

const importAs = (ctx: RequestContext, rows: Parameters<typeof t.registry.imports.importRegistry>[1]) =>
  t.registry.imports.importRegistry(ctx, rows, 'import');

async function rejection(promise: Promise<unknown>) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as {
    code: string;
    details: { file: string; row: number; column: string; code: string; message: string }[];
  };
  expect(error?.code).toBe('IMPORT_REJECTED');
  return error.details;
}

const listed = async (ctx: RequestContext) =>
  (await t.registry.read.listInstitutionPage(ctx.actor as Actor, { q: city.tag }, 'name', 1, 50)).total;

describe('registry import', () => {
  it('rejects a file with one bad row, writing nothing, naming that row and column', async () => {
    const before = await countChanges(t.database.db);
    const details = await rejection(
      importAs(cityCtx, {
        institutions: [institution(1), institution(2, { licence_valid_to: '2023-01-01' })],
        practitioners: [practitioner(1)],
        drugs: [drug()],
      }),
    );
    expect(details).toEqual([
      expect.objectContaining({
        file: 'institutions.csv',
        row: 3,
        column: 'licence_valid_to',
        code: 'date_range',
      }),
    ]);
    expect(await listed(cityCtx)).toBe(0);
    expect(await countChanges(t.database.db)).toBe(before);
  });

  it('imports the corrected file fully, then changes nothing when the same file comes again', async () => {
    const rows = {
      institutions: [institution(1), institution(2, { district_code: city.b })],
      practitioners: [practitioner(1), practitioner(2, { registrations: `${city.tag}-H2` })],
      drugs: [drug()],
    };
    const first = await importAs(cityCtx, rows);
    expect(first).toEqual({
      institutions: { created: 2, updated: 0, unchanged: 0 },
      practitioners: { created: 2, updated: 0, unchanged: 0 },
      drugs: { created: 1, updated: 0, unchanged: 0 },
    });
    expect(await listed(cityCtx)).toBe(2);
    const detail = await t.registry.read.getPractitioner(cityCtx.actor as Actor, `${city.tag}-D2`);
    expect(detail.practitioner).toMatchObject({
      districtCode: city.b,
      primaryInstitutionId: `${city.tag}-H2`,
    });

    const before = await countChanges(t.database.db);
    const again = await importAs(cityCtx, rows);
    expect(again.institutions).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(again.practitioners).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(again.drugs).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await countChanges(t.database.db)).toBe(before);
  });

  it('starts a first-loaded registration with the licence, and a later-added one on the day it was imported', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const d1 = await t.registry.read.getPractitioner(cityCtx.actor as Actor, `${city.tag}-D1`);
    expect(d1.registrations.map((r) => r.validFrom)).toEqual(['2024-01-01', '2024-01-01']);
    await importAs(cityCtx, {
      institutions: [institution(1), institution(2, { district_code: city.b }), institution(3)],
      practitioners: [practitioner(1, { registrations: `${city.tag}-H1;${city.tag}-H2;${city.tag}-H3` })],
      drugs: [],
    });
    const later = await t.registry.read.getPractitioner(cityCtx.actor as Actor, `${city.tag}-D1`);
    expect(later.registrations.find((r) => r.institutionId === `${city.tag}-H3`)?.validFrom).toBe(today);
  });

  it('records real changes on the timeline and keeps the replaced licence as history', async () => {
    await importAs(cityCtx, {
      institutions: [institution(1, { licence_no: `${city.tag}-L1-NEW`, status: 'suspended' })],
      practitioners: [practitioner(1, { registrations: `${city.tag}-H2;${city.tag}-H1` })],
    });
    const detail = await t.registry.read.getInstitution(cityCtx.actor as Actor, `${city.tag}-H1`);
    expect(detail.institution).toMatchObject({ status: 'suspended', licenceNumber: `${city.tag}-L1-NEW` });
    expect(detail.timeline[0]).toMatchObject({
      action: 'update',
      source: 'import',
      changes: {
        status: { from: 'active', to: 'suspended' },
        licenceNumber: { from: `${city.tag}-L1`, to: `${city.tag}-L1-NEW` },
      },
    });
    expect(Object.keys(detail.timeline[0]?.changes ?? {})).toHaveLength(2);
    // The old licence still belongs to H1: nobody else may take its number.
    const details = await rejection(
      importAs(cityCtx, { institutions: [institution(9, { licence_no: `${city.tag}-L1` })] }),
    );
    expect(details[0]).toMatchObject({ column: 'licence_no', code: 'licence_taken' });
    const moved = await t.registry.read.getPractitioner(cityCtx.actor as Actor, `${city.tag}-D1`);
    expect(moved.practitioner).toMatchObject({
      primaryInstitutionId: `${city.tag}-H2`,
      districtCode: city.b,
    });
    expect(moved.registrations.filter((r) => r.validTo === null)).toHaveLength(2);
  });

  it('rejects an unknown 诊疗科目 code, naming it, and lists every problem of every file', async () => {
    const details = await rejection(
      importAs(cityCtx, {
        institutions: [institution(3, { departments: '03;99.99' }), institution(4, { category: 'bakery' })],
        practitioners: [practitioner(3, { registrations: `${city.tag}-NOPE`, scopes: '03;77' })],
        drugs: [{ ...drug(), antibiotic_level: '5', price_cap: '1.234' }],
      }),
    );
    expect(details.map((d) => `${d.file}:${d.row}:${d.column}:${d.code}`)).toEqual([
      'institutions.csv:2:departments:unknown_department',
      'institutions.csv:3:category:invalid_value',
      'practitioners.csv:2:scopes:unknown_department',
      'practitioners.csv:2:registrations:unknown_institution',
      'drugs.csv:2:antibiotic_level:invalid_value',
      'drugs.csv:2:price_cap:invalid_number',
    ]);
    expect(details[0]?.message).toContain('99.99');
  });

  it('keeps a district administrator’s import inside the district', async () => {
    const details = await rejection(
      importAs(districtCtx, {
        institutions: [institution(5, { district_code: city.b }), institution(2)],
      }),
    );
    expect(details.map((d) => `${d.row}:${d.column}:${d.code}`)).toEqual([
      '2:district_code:out_of_scope',
      '3:id:out_of_scope',
    ]);
    const elsewhere = await rejection(
      importAs(districtCtx, { practitioners: [practitioner(5, { registrations: `${city.tag}-H2` })] }),
    );
    expect(elsewhere[0]).toMatchObject({ row: 2, column: 'registrations', code: 'out_of_scope' });
    const unknown = await rejection(
      importAs(districtCtx, { institutions: [institution(6, { district_code: '999999' })] }),
    );
    expect(unknown[0]).toMatchObject({ column: 'district_code', code: 'unknown_district' });
  });
});

describe('demo seeding', () => {
  it('imports the generator’s rows with source seed into an empty registry only', async () => {
    const database = await openIsolatedDatabase();
    try {
      const own = await createCity(database.db);
      const write = { db: database.db, emailEnabled: false, afterCommit: () => {} };
      const ctx = {
        actor: null,
        requestId: 'seed',
        ip: null,
        language: 'zh-CN' as const,
        now: () => new Date(),
      };
      const jurisdictions = async () => [
        { code: own.a, name: '甲', nameEn: 'A', level: 'district' as const, rootCode: own.root },
      ];
      const rows = {
        institutions: [{ ...institution(1), district_code: own.a }],
        practitioners: [practitioner(1, { registrations: `${city.tag}-H1` })],
        drugs: [drug()],
      };
      let made = 0;
      const makeRows = () => {
        made += 1;
        return rows;
      };
      expect(await seedRegistryDemo(write, ctx, makeRows, jurisdictions)).toBe(true);
      expect(await seedRegistryDemo(write, ctx, makeRows, jurisdictions)).toBe(false);
      expect(made).toBe(1);
      const changes = await database.query<{ source: string; n: number }>(
        'select source, count(*)::int as n from registry_changes group by source',
      );
      expect(changes).toEqual([{ source: 'seed', n: 3 }]);
    } finally {
      await database.close();
    }
  });
});
