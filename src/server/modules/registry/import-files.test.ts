import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COLUMN_LABELS, PRACTITIONER_COLUMNS } from '../../../shared/registry.js';
import { readCsvTable } from './domain/csv.js';
import { cellText, describeUpload, kindFromHeader, readImportFile } from './import-files.js';

async function workbook(rows: unknown[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('s');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('reading interchange CSV', () => {
  it('numbers records as a spreadsheet shows them: header row 1, blank lines counted, quoted line breaks not', () => {
    const table = readCsvTable('id,name\r\nA,"two\nlines"\r\n\r\nB,b\r\n', ['id']);
    expect(table.records).toEqual([
      { id: 'A', name: 'two\nlines' },
      { id: 'B', name: 'b' },
    ]);
    expect(table.rowNumbers).toEqual([2, 4]);
  });

  it('reads a CSV that Excel saved as GB18030 as Chinese text, not mojibake', async () => {
    const gbk = Buffer.from([
      ...Buffer.from('id,name,category,scopes,title,status,registrations\r\nP1,'),
      0xcd,
      0xf5,
      0xd2,
      0xbd,
      0xc9,
      0xfa, // 王医生
      ...Buffer.from(',clinical,03,attending,active,H1\r\n'),
    ]);
    const read = await readImportFile('practitioners.csv', gbk);
    expect(read.table.records[0]?.name).toBe('王医生');
  });

  it('accepts the Chinese column labels of the export and column names in any case', async () => {
    const header = ['ID', ...PRACTITIONER_COLUMNS.slice(1).map((c) => COLUMN_LABELS[c] ?? c)];
    const read = await readImportFile(
      'practitioners.csv',
      Buffer.from(`${header.join(',')}\nP1,王医生,clinical,03,attending,active,H1\n`),
    );
    expect(read.table.missing).toEqual([]);
    expect(read.table.records[0]).toMatchObject({ id: 'P1', name: '王医生', registrations: 'H1' });
  });
});

describe('reading interchange XLSX', () => {
  it('reads the first sheet with the same columns, dates as YYYY-MM-DD and numbers as text, by spreadsheet row', async () => {
    const bytes = await workbook([
      [
        'id',
        'name',
        'category',
        'district_code',
        'licence_no',
        'licence_valid_from',
        'licence_valid_to',
        'departments',
        'status',
        'beds',
      ],
      [
        'H1',
        { richText: [{ text: '第一' }, { text: '医院' }] },
        'general_hospital',
        310104,
        'L1',
        new Date(Date.UTC(2024, 0, 1)),
        '2029-12-31',
        '03;04',
        'active',
        120,
      ],
      [],
      [
        'H2',
        '第二医院',
        'clinic',
        310105,
        'L2',
        '2024-01-01',
        '2029-12-31',
        '12',
        'active',
        { formula: '1+1', result: 2 },
      ],
    ]);
    const read = await readImportFile('institutions.xlsx', bytes);
    expect(read.kind).toBe('institutions');
    expect(read.table.rowNumbers).toEqual([2, 4]);
    expect(read.table.records[0]).toMatchObject({
      name: '第一医院',
      district_code: '310104',
      licence_valid_from: '2024-01-01',
      beds: '120',
    });
    expect(read.table.records[1]?.beds).toBe('2');
  });

  it('turns cell values into interchange text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('true');
    expect(cellText({ text: '链接', hyperlink: 'http://x' })).toBe('链接');
    expect(cellText({ error: '#N/A' } as never)).toBe('#N/A');
  });
});

describe('what an uploaded file is', () => {
  it('tells the kind from the field, the name or the header', async () => {
    const practitioners = Buffer.from(`${PRACTITIONER_COLUMNS.join(',')}\n`);
    expect((await describeUpload({ field: 'files', name: 'x.csv', bytes: practitioners })).kind).toBe(
      'practitioners',
    );
    expect((await describeUpload({ field: 'drugs', name: 'x.csv', bytes: practitioners })).kind).toBe(
      'drugs',
    );
    expect(kindFromHeader(['code', '名称', '最高限价（元）'])).toBe('drugs');
    expect(kindFromHeader(['a', 'b'])).toBeNull();
  });

  it('checks that the bytes match the extension', async () => {
    const xlsx = await workbook([['id']]);
    expect(await describeUpload({ field: 'f', name: 'institutions.xlsx', bytes: xlsx })).toMatchObject({
      format: 'xlsx',
      contentMatches: true,
      kind: 'institutions',
    });
    const fake = await describeUpload({ field: 'f', name: 'institutions.csv', bytes: xlsx });
    expect(fake.contentMatches).toBe(false);
    expect(await describeUpload({ field: 'f', name: 'a.pdf', bytes: Buffer.from('%PDF') })).toMatchObject({
      format: null,
    });
  });
});
