/**
 * Bulk import through the API (issue 3): upload → job → all or nothing, with a row-level report;
 * on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/server/modules/registry/domain/csv.js';
import { type City, type Client, createCity, createUser, signIn } from './factories.js';
import { openTestApp } from './harness.js';
import { cityRows, csv, finished, importFiles, upload, xlsx } from './import-client.js';

let t: Awaited<ReturnType<typeof openTestApp>>;
let city: City;
let admin: Client;
let rows: ReturnType<typeof cityRows>;

beforeAll(async () => {
  t = await openTestApp();
  city = await createCity(t.database.db);
  admin = await signIn(t.app, await createUser(t.database.db, city.departments.city, ['admin']));
  rows = cityRows(city);
});
afterAll(() => t.close());

/** Everything the registry holds of this test's city, table by table. */
async function registryCounts() {
  const like = `${city.tag}-%`;
  const count = async (sql: string) =>
    Number((await t.database.query<{ n: number }>(sql, [like]))[0]?.n ?? -1);
  return {
    institutions: await count('select count(*)::int as n from institutions where id like $1'),
    licences: await count('select count(*)::int as n from institution_licences where institution_id like $1'),
    departments: await count(
      'select count(*)::int as n from licence_departments where licence_number like $1',
    ),
    practitioners: await count('select count(*)::int as n from practitioners where id like $1'),
    registrations: await count('select count(*)::int as n from registrations where practitioner_id like $1'),
    drugs: await count('select count(*)::int as n from drugs where code like $1'),
    timeline: await count('select count(*)::int as n from registry_changes where entity_id like $1'),
  };
}

const auditActions = async (id: string) =>
  (
    await t.database.query<{ action: string }>(
      'select action from audit_log where entity_id = $1 order by id',
      [id],
    )
  ).map((r) => r.action);

const goodFiles = () => [
  {
    name: 'institutions.csv',
    content: csv([rows.institution(1), rows.institution(2, { district_code: city.b })]),
  },
  { name: 'practitioners.csv', content: csv([rows.practitioner(1), rows.practitioner(2)]) },
  { name: 'drugs.csv', content: csv([rows.drug()]) },
];

describe('registry import through the API', () => {
  it('rejects a file with one bad row, writes nothing of the registry, and reports that row and column', async () => {
    const before = await registryCounts();
    const files = goodFiles();
    files[0] = {
      name: 'institutions.csv',
      content: csv([rows.institution(1), rows.institution(2, { licence_valid_to: '2023-01-01' })]),
    };
    const response = await upload(admin, files);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({ status: 'queued', percent: 0 });
    const id = response.json().id as string;
    const done = await finished(admin, id);
    expect(done).toMatchObject({
      status: 'rejected',
      percent: 100,
      problemRows: 1,
      problemCount: 1,
      summary: null,
    });
    expect(done.problems.items).toEqual([
      expect.objectContaining({
        file: 'institutions.csv',
        row: 3,
        column: 'licence_valid_to',
        value: '2023-01-01',
        code: 'date_range',
        message: '有效期止不能早于有效期起。',
      }),
    ]);
    expect(done.problemFiles).toEqual([{ file: 'institutions.csv', problems: 1, rows: 1 }]);
    expect(await registryCounts()).toEqual(before);
    expect(await auditActions(id)).toEqual(['registry.import.upload', 'registry.import.reject']);

    const report = await admin.request('GET', `/api/v1/registry/imports/${id}/report?format=csv`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-disposition']).toContain('attachment');
    const [header, line] = parseCsv(report.rawPayload.toString('utf8'));
    expect(header).toEqual(['文件 file', '行 row', '列 column', '值 value', '问题', 'problem']);
    expect(line).toEqual([
      'institutions.csv',
      '3',
      'licence_valid_to',
      '2023-01-01',
      '有效期止不能早于有效期起。',
      'The end date must not be before the start date.',
    ]);
    const workbook = new ExcelJS.Workbook();
    const xlsxReport = await admin.request('GET', `/api/v1/registry/imports/${id}/report?format=xlsx`);
    await workbook.xlsx.load(xlsxReport.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getRow(2).getCell(3).value).toBe('licence_valid_to');
  });

  it('imports the corrected files fully, with a timeline entry per record, then re-imports changing nothing', async () => {
    const done = await importFiles(admin, goodFiles());
    expect(done.status).toBe('done');
    expect(done.summary).toEqual({
      institutions: { created: 2, updated: 0, unchanged: 0 },
      practitioners: { created: 2, updated: 0, unchanged: 0 },
      drugs: { created: 1, updated: 0, unchanged: 0 },
    });
    expect(done.files.map((f) => [f.name, f.kind, f.rowCount])).toEqual([
      ['institutions.csv', 'institutions', 2],
      ['practitioners.csv', 'practitioners', 2],
      ['drugs.csv', 'drugs', 1],
    ]);
    expect(await registryCounts()).toMatchObject({
      institutions: 2,
      practitioners: 2,
      drugs: 1,
      timeline: 5,
    });
    expect(await auditActions(done.id)).toEqual(['registry.import.upload', 'registry.import']);
    const detail = (await admin.request('GET', `/api/v1/institutions/${city.tag}-H2`)).json();
    expect(detail.timeline[0]).toMatchObject({ source: 'import', action: 'create' });
    const [stored] = await t.database.query<{ n: number }>(
      'select count(*)::int as n from registry_import_files where import_id = $1 and content is not null',
      [done.id],
    );
    expect(stored?.n).toBe(0);

    const before = await registryCounts();
    const again = await importFiles(admin, goodFiles());
    expect(again.summary).toEqual({
      institutions: { created: 0, updated: 0, unchanged: 2 },
      practitioners: { created: 0, updated: 0, unchanged: 2 },
      drugs: { created: 0, updated: 0, unchanged: 1 },
    });
    expect(await registryCounts()).toEqual(before);
  });

  it('reads XLSX with the same columns, or with the Chinese header of the export, to the same result', async () => {
    const plain = await importFiles(admin, [
      { name: 'practitioners.xlsx', content: await xlsx([rows.practitioner(1), rows.practitioner(2)]) },
    ]);
    expect(plain.summary?.practitioners).toEqual({ created: 0, updated: 0, unchanged: 2 });

    const exported = await admin.request('GET', `/api/v1/institutions/export?format=xlsx&q=${city.tag}`);
    expect(exported.statusCode).toBe(200);
    const reimported = await importFiles(admin, [
      { field: 'institutions', name: 'export.xlsx', content: exported.rawPayload },
    ]);
    expect(reimported.status).toBe('done');
    expect(reimported.summary?.institutions).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('numbers XLSX problems by the spreadsheet’s own rows, blank rows included', async () => {
    const before = await registryCounts();
    const content = await xlsx(
      [rows.practitioner(3), rows.practitioner(4, { title: 'professor' })],
      undefined,
      2,
    );
    const rejected = await importFiles(admin, [{ name: 'practitioners.xlsx', content }]);
    expect(rejected.status).toBe('rejected');
    expect(rejected.problems.items).toEqual([
      expect.objectContaining({ file: 'practitioners.xlsx', row: 4, column: 'title', value: 'professor' }),
    ]);
    expect(await registryCounts()).toEqual(before);
  });

  it('reports a missing required column by file and column, in the language of the uploader', async () => {
    const english = await signIn(
      t.app,
      await createUser(t.database.db, city.departments.city, ['admin']),
      'en',
    );
    const { price_cap: _p, ...noPrice } = rows.drug();
    const rejected = await importFiles(english, [{ name: 'drugs.csv', content: csv([noPrice]) }]);
    expect(rejected.problems.items).toEqual([
      expect.objectContaining({
        file: 'drugs.csv',
        row: 1,
        column: 'price_cap',
        code: 'missing_column',
        message: 'Required column price_cap is missing.',
      }),
    ]);
  });

  it('lists imports newest first, with their files and outcome', async () => {
    const list = (await admin.request('GET', '/api/v1/registry/imports?pageSize=3')).json();
    expect(list.total).toBeGreaterThanOrEqual(6);
    expect(list.items).toHaveLength(3);
    expect(list.items[0]).toMatchObject({
      status: 'rejected',
      files: [{ name: 'drugs.csv', kind: 'drugs' }],
    });
    expect(list.items[0]).not.toHaveProperty('actorScope');
  });

  it('gives the header template of each interchange file', async () => {
    const template = await admin.request('GET', '/api/v1/registry/imports/template?kind=practitioners');
    expect(template.statusCode).toBe(200);
    expect(parseCsv(template.rawPayload.toString('utf8'))).toEqual([
      ['id', 'name', 'category', 'scopes', 'title', 'status', 'registrations', 'certificate_no'],
    ]);
  });
});
