/**
 * Import uploads: size, number and type of files, data scope, and FHIR Bundles; on PGlite, and on
 * PostgreSQL with TEST_DATABASE_URL.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Weijian } from '../src/server/app.js';
import { type City, type Client, createCity, createUser, signIn } from './factories.js';
import { openTestApp, testConfig } from './harness.js';
import { cityRows, csv, importFiles, upload } from './import-client.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let small: Weijian;
let city: City;
let cityAdmin: Client;
let districtAdmin: Client;
let rows: ReturnType<typeof cityRows>;

beforeAll(async () => {
  t = await openTestApp();
  // The same database behind an app whose uploads may be 2 KB at most.
  small = await buildApp({
    database: t.database,
    config: { ...testConfig(), importMaxFileBytes: 2048 },
    logger: pino({ level: 'silent' }),
  });
  await small.app.ready();
  city = await createCity(t.database.db);
  cityAdmin = await signIn(t.app, await createUser(t.database.db, city.departments.city, ['admin']));
  districtAdmin = await signIn(t.app, await createUser(t.database.db, city.departments.a, ['admin']));
  rows = cityRows(city);
  const seeded = await importFiles(cityAdmin, [
    {
      name: 'institutions.csv',
      content: csv([rows.institution(1), rows.institution(2, { district_code: city.b })]),
    },
    { name: 'practitioners.csv', content: csv([rows.practitioner(1, { registrations: `${city.tag}-H2` })]) },
  ]);
  expect(seeded.status).toBe('done');
});
afterAll(async () => {
  await small.runner.stop();
  await small.app.close();
  await t.close();
});

const importCount = async () =>
  Number(
    (await t.database.query<{ n: number }>('select count(*)::int as n from registry_imports'))[0]?.n ?? -1,
  );

async function refused(client: Client, parts: Parameters<typeof upload>[1]) {
  const before = await importCount();
  const response = await upload(client, parts);
  expect(await importCount()).toBe(before);
  return {
    status: response.statusCode,
    error: (
      response.json() as {
        error: { code: string; field: string; details: { code: string; message: string }[] };
      }
    ).error,
  };
}

describe('import uploads', () => {
  it('refuses a file over the size limit with 413, naming the file and the limit, and stores nothing', async () => {
    const client = await signIn(small.app, await createUser(t.database.db, city.departments.city, ['admin']));
    const big = csv(Array.from({ length: 40 }, (_, n) => rows.institution(100 + n)));
    expect(big.length).toBeGreaterThan(2048);
    const { status, error } = await refused(client, [{ name: 'institutions.csv', content: big }]);
    expect(status).toBe(413);
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'files' });
    expect(error.details[0]?.code).toBe('too_large');
    expect(error.details[0]?.message).toContain('institutions.csv');
  });

  it('refuses other types, content that does not match its extension, unknown kinds and repeated kinds', async () => {
    const practitioners = csv([rows.practitioner(1)]);
    const cases: [Parameters<typeof upload>[1], string][] = [
      [[{ name: 'institutions.txt', content: 'id,name' }], 'unsupported_type'],
      [[{ name: 'institutions.xlsx', content: 'id,name\n1,a' }], 'content_mismatch'],
      [[{ name: 'bundle.json', content: '{not json' }], 'content_mismatch'],
      [[{ name: 'institutions.csv', content: '' }], 'empty_file'],
      [[{ name: 'data.csv', content: 'a,b\n1,2' }], 'unknown_kind'],
      [
        [
          { name: 'practitioners.csv', content: practitioners },
          { name: 'practitioners-2.csv', content: practitioners },
        ],
        'duplicate_kind',
      ],
      [
        [
          { name: 'bundle.json', content: '{"resourceType":"Bundle"}' },
          { name: 'drugs.csv', content: csv([rows.drug()]) },
        ],
        'bundle_alone',
      ],
    ];
    for (const [parts, code] of cases) {
      const { status, error } = await refused(cityAdmin, parts);
      expect([status, error.code, error.field, error.details.map((d) => d.code)]).toEqual([
        400,
        'VALIDATION_FAILED',
        'files',
        [code],
      ]);
    }
  });

  it('refuses more than three files, and a request without files', async () => {
    const four = ['institutions', 'practitioners', 'drugs', 'extra'].map((kind) => ({
      name: `${kind}.csv`,
      content: 'id\n1',
    }));
    expect((await refused(cityAdmin, four)).error.details[0]?.code).toBe('too_many_files');
    expect((await refused(cityAdmin, [])).error.details[0]?.code).toBe('no_files');
    const json = await cityAdmin.request('POST', '/api/v1/registry/imports', { files: [] });
    expect(json.statusCode).toBe(400);
  });

  it('tells the kind of a file from its header when its name does not', async () => {
    const done = await importFiles(cityAdmin, [
      { name: 'data.csv', content: csv([rows.practitioner(1, { registrations: `${city.tag}-H2` })]) },
    ]);
    expect(done.files[0]).toMatchObject({ name: 'data.csv', kind: 'practitioners' });
    expect(done.summary?.practitioners).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });
});

describe('import scope', () => {
  it('rejects a district administrator’s rows of another district, writing nothing', async () => {
    const before = (await cityAdmin.request('GET', `/api/v1/institutions/${city.tag}-H2`)).json();
    const rejected = await importFiles(districtAdmin, [
      {
        name: 'institutions.csv',
        content: csv([
          rows.institution(3),
          rows.institution(4, { district_code: city.b }),
          rows.institution(2, { name: '改名医院' }),
        ]),
      },
    ]);
    expect(rejected.status).toBe('rejected');
    expect(rejected.problems.items.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['institutions.csv', 3, 'district_code', 'out_of_scope'],
      ['institutions.csv', 4, 'id', 'out_of_scope'],
    ]);
    const after = (await cityAdmin.request('GET', `/api/v1/institutions/${city.tag}-H2`)).json();
    expect(after.name).toBe(before.name);
    expect((await cityAdmin.request('GET', `/api/v1/institutions/${city.tag}-H3`)).statusCode).toBe(404);

    const practitioner = await importFiles(districtAdmin, [
      {
        name: 'practitioners.csv',
        content: csv([rows.practitioner(5, { registrations: `${city.tag}-H2` })]),
      },
    ]);
    expect(practitioner.problems.items.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['practitioners.csv', 2, 'registrations', 'out_of_scope'],
    ]);
  });

  it('imports a district administrator’s own district', async () => {
    const done = await importFiles(districtAdmin, [
      { name: 'institutions.csv', content: csv([rows.institution(3)]) },
    ]);
    expect(done.summary?.institutions).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });

  it('shows a district administrator only imports uploaded in their district; the city sees all', async () => {
    const mine = (await districtAdmin.request('GET', '/api/v1/registry/imports?pageSize=100')).json();
    expect(mine.total).toBe(3);
    const cityImport = (await cityAdmin.request('GET', '/api/v1/registry/imports?pageSize=1')).json()
      .items[0];
    expect(cityImport.jurisdictionCode).toBe(city.a);
    const all = (await cityAdmin.request('GET', '/api/v1/registry/imports?pageSize=100')).json();
    const cityOnes = all.items.filter((i: { jurisdictionCode: string }) => i.jurisdictionCode === city.root);
    expect(cityOnes.length).toBeGreaterThan(0);
    const hidden = await districtAdmin.request('GET', `/api/v1/registry/imports/${cityOnes[0].id}`);
    expect(hidden.statusCode).toBe(404);
    const report = await districtAdmin.request('GET', `/api/v1/registry/imports/${cityOnes[0].id}/report`);
    expect(report.statusCode).toBe(404);
  });
});

describe('import progress', () => {
  // PGlite has one session, which the write transaction holds: its progress shows when it ends.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'records the phase and rows written while the job runs (PostgreSQL)',
    async () => {
      const many = Array.from({ length: 20_000 }, (_, n) =>
        rows.practitioner(1000 + n, { registrations: `${city.tag}-H1` }),
      );
      const response = await upload(cityAdmin, [{ name: 'practitioners.csv', content: csv(many) }]);
      const id = response.json().id as string;
      const seen: string[] = [];
      for (let i = 0; i < 2000; i += 1) {
        const view = (await cityAdmin.request('GET', `/api/v1/registry/imports/${id}`)).json();
        seen.push(`${view.status} ${view.percent}`);
        if (['done', 'rejected', 'failed'].includes(view.status)) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(seen.at(-1)).toBe('done 100');
      const writing = seen.filter((s) => /^writing (\d+)$/.test(s)).map((s) => Number(s.split(' ')[1]));
      expect(writing.some((p) => p > 0 && p < 100)).toBe(true);
    },
    120_000,
  );
});

describe('FHIR Bundle uploads', () => {
  it('imports a Bundle the FHIR export wrote, changing nothing, and reports a broken one by entry', async () => {
    const exported = await cityAdmin.request('GET', `/api/v1/fhir/export?q=${city.tag}`);
    expect(exported.statusCode).toBe(200);
    const done = await importFiles(cityAdmin, [{ name: 'bundle.json', content: exported.rawPayload }]);
    expect(done).toMatchObject({ status: 'done', files: [{ kind: 'fhir_bundle', format: 'json' }] });
    expect(done.summary?.institutions?.created).toBe(0);
    expect(done.summary?.institutions?.updated).toBe(0);

    const bundle = JSON.parse(exported.rawPayload.toString('utf8'));
    const organization = bundle.entry.findIndex(
      (e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Organization',
    );
    bundle.entry[organization].resource.name = '';
    const rejected = await importFiles(cityAdmin, [{ name: 'broken.json', content: JSON.stringify(bundle) }]);
    expect(rejected.status).toBe('rejected');
    expect(rejected.problems.items[0]).toMatchObject({ file: `Bundle.entry[${organization}]` });
  });
});
