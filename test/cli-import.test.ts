import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/server/modules/registry/domain/csv.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/weijian.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent', WEIJIAN_ARGON2_FAST: '1', ...env },
    timeout: 120_000,
  });

const institutions = (validTo: string) =>
  [
    'id,name,category,district_code,licence_no,licence_valid_from,licence_valid_to,departments,status,extra',
    'CLI-H1,"上海市徐汇区第一人民医院",general_hospital,310104,CLI-L1,2024-01-01,2029-12-31,03;03.01;04,active,ignored',
    `CLI-H2,"长宁区""康宁""诊所",clinic,310105,CLI-L2,2024-01-01,${validTo},12,active,`,
  ].join('\r\n');
const practitioners = [
  'id,name,category,scopes,title,status,registrations',
  'CLI-D1,王医生,clinical,03,attending,active,CLI-H1;CLI-H2',
].join('\n');

/** A workbook with the CSV's rows on its first sheet. */
async function xlsxOf(text: string) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('practitioners');
  for (const row of parseCsv(text)) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('weijian import', () => {
  it('refuses a directory with both a CSV and an XLSX of one file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wj-import-'));
    writeFileSync(path.join(dir, 'practitioners.csv'), practitioners);
    writeFileSync(path.join(dir, 'practitioners.xlsx'), await xlsxOf(practitioners));
    const result = run(['import', '--data', dir], { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'wj-cli-')) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('practitioners.csv and practitioners.xlsx: give one of them');
  });

  it('names the file and column when a required column is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wj-import-'));
    writeFileSync(path.join(dir, 'drugs.csv'), 'code,name,antibiotic_level\nX1,阿莫西林,1\n');
    const result = run(['import', '--data', dir], { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'wj-cli-')) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('drugs.csv: missing required column "price_cap"');
  });

  it.skipIf(!!process.env.TEST_DATABASE_URL)(
    'rejects a bad row with its row and column, then imports the corrected files once (PGlite)',
    async () => {
      // The seed brings Shanghai's districts (and a small demo registry, beside the CLI-… rows).
      const env = { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'wj-cli-')), DEMO_SIZE: 'small' };
      expect(run(['seed'], env).status).toBe(0);
      const dir = mkdtempSync(path.join(tmpdir(), 'wj-import-'));
      writeFileSync(path.join(dir, 'institutions.csv'), institutions('2020-01-01'));
      writeFileSync(path.join(dir, 'practitioners.csv'), practitioners);
      const rejected = run(['import', '--data', dir], env);
      expect(rejected.status).toBe(1);
      expect(rejected.stderr).toContain('institutions.csv\t3\tlicence_valid_to\t');

      writeFileSync(path.join(dir, 'institutions.csv'), institutions('2029-12-31'));
      const imported = run(['import', '--data', dir], env);
      expect(imported.status).toBe(0);
      expect(imported.stdout).toContain('institutions: 2 created, 0 updated, 0 unchanged');
      expect(imported.stdout).toContain('practitioners: 1 created');
      // Not a terminal: progress as plain lines, then the time taken and the rate.
      expect(imported.stderr).toContain('校验 checking 0/3 rows 0%');
      expect(imported.stderr).toContain('写入 writing 3/3 rows 100%');
      expect(imported.stderr).toMatch(/Imported 3 rows in \d+\.\d s \([\d,]+ rows\/s\)/);

      // The same rows as XLSX (the practitioners file) change nothing.
      rmSync(path.join(dir, 'practitioners.csv'));
      writeFileSync(path.join(dir, 'practitioners.xlsx'), await xlsxOf(practitioners));
      const again = run(['import', '--data', dir], env);
      expect(again.stdout).toContain('institutions: 0 created, 0 updated, 2 unchanged');
      expect(again.stdout).toContain('practitioners: 0 created, 0 updated, 1 unchanged');
      expect(run(['audit', 'verify'], env).status).toBe(0);
    },
    240_000,
  );
});
