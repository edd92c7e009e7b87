import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLUMNS, csvOf, writeDataDir } from './sample/data-dir.js';
import { ScreenInputError, screenDirectory } from './index.js';

const root = mkdtempSync(path.join(tmpdir(), 'screen-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const BIN = path.resolve(import.meta.dirname, '../../../../bin/weijian.js');

const registry = {
  institutions: [
    {
      id: 'I1',
      name: '一院',
      category: 'general_hospital',
      licence_valid_from: '2020-01-01',
      licence_valid_to: '2030-12-31',
      departments: '03',
      status: 'active',
    },
  ],
  practitioners: [
    { id: 'P1', name: '张三', scopes: '03', title: 'attending', status: 'active', registrations: 'I1' },
  ],
  drugs: [{ code: 'D1', name: '阿莫西林', antibiotic_level: '1', price_cap: '20' }],
};
const HEADER = COLUMNS.records.join(',');
const GOOD = 'r1,I1,P1,03.01,2026-03-01,PT1,drug,D1,2,25.5';
let n = 0;
const dirWith = (records: string) => {
  n += 1;
  return writeDataDir(path.join(root, `d${n}`), { ...registry, records });
};
const errorOf = async (dir: string) => {
  try {
    await screenDirectory(dir);
  } catch (error) {
    if (error instanceof ScreenInputError) return error.message;
    throw error;
  }
  return 'no error';
};

describe('weijian screen (end to end)', () => {
  it('writes violations.csv and prints the summary; columns in any order, unknown ones ignored', () => {
    const columns = ['unit_price', 'extra', ...COLUMNS.records.filter((c) => c !== 'unit_price')];
    const rows = [
      {
        id: 'r2',
        institution_id: 'I1',
        practitioner_id: 'P1',
        department_code: '04',
        service_date: '2026-03-01',
        patient_ref: 'PT1',
        item_type: 'procedure',
        item_code: 'X',
        quantity: '1',
        unit_price: '1',
        extra: 'a "quoted", field',
      },
      {
        id: 'r1',
        institution_id: 'I1',
        practitioner_id: 'PX',
        department_code: '03',
        service_date: '2026-03-01',
        patient_ref: 'PT2',
        item_type: 'drug',
        item_code: 'D1',
        quantity: '1',
        unit_price: '20.01',
        extra: '',
      },
    ];
    const dir = dirWith(csvOf(columns, rows).replace(/\n/g, '\r\n'));
    const out = path.join(dir, 'violations.csv');
    const child = spawnSync(process.execPath, [BIN, 'screen', '--data', dir, '--out', out], {
      encoding: 'utf8',
    });
    expect(child.stderr).toContain('Screened 2 records');
    expect(child.stderr).toMatch(/records\/s/);
    expect(child.stderr).toMatch(/R7 +PRICE_OVER_CAP +v1 +1/);
    expect(child.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(
      'rule,ref\nDEPT_NOT_LICENSED,r2\nOUT_OF_SCOPE,r2\nPRICE_OVER_CAP,r1\nUNKNOWN_REFERENCE,r1\n',
    );
  });

  it('stops with exit code 1 and file, line and column on malformed input', () => {
    const dir = dirWith(`${HEADER}\n${GOOD}\nr2,I1,P1,03,2026-02-30,PT1,drug,D1,2,1\n`);
    const child = spawnSync(
      process.execPath,
      [BIN, 'screen', '--data', dir, '--out', path.join(dir, 'v.csv')],
      {
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('records.csv, line 3, column 5 (service_date): not a date');
  });

  it('needs --data and --out', () => {
    const child = spawnSync(process.execPath, [BIN, 'screen', '--data', root], { encoding: 'utf8' });
    expect(child.status).toBe(2);
    expect(child.stderr).toContain('Usage: weijian screen');
  });
});

describe('malformed input names file, line and column', () => {
  it.each([
    [
      'a quote inside an unquoted field',
      `${HEADER}\n${GOOD}\nr2,I1,P"1,03,2026-03-01,PT1,drug,D1,1,1\n`,
      'records.csv, line 3, column 3 (practitioner_id): quote inside an unquoted field',
    ],
    [
      'text after a closing quote',
      `${HEADER}\n"r2"x,I1,P1,03,2026-03-01,PT1,drug,D1,1,1\n`,
      'records.csv, line 2, column 1 (id): text after the closing quote',
    ],
    [
      'an unterminated quote',
      `${HEADER}\n${GOOD}\nr2,"I1,P1,03\n`,
      'records.csv, line 4, column 2 (institution_id): unterminated quoted field (opened on line 3)',
    ],
    [
      'too few fields',
      `${HEADER}\n${GOOD}\n${GOOD}\nr3,I1,P1\n`,
      'records.csv, line 4, column 4 (department_code): too few fields: expected 10, found 3',
    ],
    [
      'too many fields',
      `${HEADER}\n${GOOD},x\n`,
      'records.csv, line 2, column 11: too many fields: expected 10',
    ],
    [
      'a bad number',
      `${HEADER}\n"multi\nline",I1,P1,03,2026-03-01,PT1,drug,D1,1x,1\n`,
      'records.csv, line 2, column 9 (quantity): not a number',
    ],
    [
      'a bad price',
      `${HEADER}\n${GOOD}\nr2,I1,P1,03,2026-03-01,PT1,drug,D1,1,\n`,
      'records.csv, line 3, column 10 (unit_price): not a number',
    ],
    [
      'a bad item type',
      `${HEADER}\n${GOOD}\nr2,I1,P1,03,2026-03-01,PT1,service,D1,1,1\n`,
      'records.csv, line 3, column 7 (item_type): not one of drug, procedure, consumable',
    ],
    [
      'a missing column',
      'id,institution_id,practitioner_id,department_code,service_date,patient_ref,item_type,item_code,quantity\n',
      'records.csv: missing required column "unit_price"',
    ],
  ])('%s', async (_name, records, message) => {
    expect(await errorOf(dirWith(records))).toContain(message);
  });

  it('in the registry files too', async () => {
    const dir = dirWith(`${HEADER}\n${GOOD}\n`);
    writeFileSync(path.join(dir, 'drugs.csv'), 'code,name,antibiotic_level\nD1,x,1\n');
    expect(await errorOf(dir)).toContain('drugs.csv: missing required column "price_cap"');
    writeFileSync(path.join(dir, 'drugs.csv'), 'code,name,antibiotic_level,price_cap\nD1,x,4,1\n');
    expect(await errorOf(dir)).toContain(
      'drugs.csv, line 2, column 3 (antibiotic_level): "4" is not 0, 1, 2 or 3',
    );
    writeFileSync(path.join(dir, 'drugs.csv'), 'code,name,antibiotic_level,price_cap\nD1,x,1,1\nD1,y,1,1\n');
    expect(await errorOf(dir)).toContain('drugs.csv, line 3, column 1 (code): duplicate id "D1"');
    writeFileSync(
      path.join(dir, 'practitioners.csv'),
      'id,scopes,title,status,registrations\nP1,03,intern,active,I1\n',
    );
    expect(await errorOf(dir)).toContain(
      'practitioners.csv, line 2, column 3 (title): "intern" is not one of',
    );
  });
});
