import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { toCsv } from '../src/server/modules/registry/domain/csv.js';
import type { City, Client } from './factories.js';

export interface UploadPart {
  /** The form field; `files` unless given. */
  field?: string;
  name: string;
  content: string | Buffer;
}

/** A multipart/form-data body carrying files, as a browser sends it. */
export function multipart(parts: UploadPart[]) {
  const boundary = `----weijian${randomBytes(8).toString('hex')}`;
  const chunks = parts.map((part) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.field ?? 'files'}"; filename="${part.name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      Buffer.from(part.content),
      Buffer.from('\r\n'),
    ]),
  );
  return {
    payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function upload(client: Client, parts: UploadPart[]) {
  const { payload, headers } = multipart(parts);
  return client.request('POST', '/api/v1/registry/imports', payload, headers);
}

export interface ImportView {
  id: string;
  status: string;
  percent: number;
  summary: Record<string, { created: number; updated: number; unchanged: number }> | null;
  problemRows: number;
  problemCount: number;
  problemFiles: { file: string; problems: number; rows: number }[];
  problems: {
    items: { file: string; row: number; column: string; value: string; code: string; message: string }[];
    total: number;
  };
  files: { name: string; kind: string; format: string; rowCount: number | null }[];
}

/** Polls an import until its job has finished (rejected, done or failed). */
export async function finished(client: Client, id: string, query = ''): Promise<ImportView> {
  for (let i = 0; i < 600; i += 1) {
    const response = await client.request('GET', `/api/v1/registry/imports/${id}${query}`);
    const body = response.json() as ImportView;
    if (response.statusCode !== 200) throw new Error(`GET import: ${response.statusCode} ${response.body}`);
    if (['rejected', 'done', 'failed'].includes(body.status)) return body;
    await sleep(50);
  }
  throw new Error(`import ${id} did not finish`);
}

/** Uploads and waits for the outcome. */
export async function importFiles(client: Client, parts: UploadPart[]) {
  const response = await upload(client, parts);
  if (response.statusCode !== 202) throw new Error(`upload: ${response.statusCode} ${response.body}`);
  return finished(client, (response.json() as { id: string }).id);
}

export const csv = (rows: Record<string, string>[]) => {
  const columns = Object.keys(rows[0] ?? {});
  return toCsv([columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))]);
};

/** An XLSX workbook of rows; `blankBefore` leaves an empty row before that data row (1-based). */
export async function xlsx(rows: Record<string, string>[], header?: string[], blankBefore?: number) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('data');
  const columns = Object.keys(rows[0] ?? {});
  sheet.addRow(header ?? columns);
  rows.forEach((row, index) => {
    if (blankBefore === index + 1) sheet.addRow([]);
    sheet.addRow(columns.map((column) => row[column] ?? ''));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Interchange rows of one test city: institutions in district A (or as overridden), practitioners, a drug. */
export function cityRows(city: City) {
  const institution = (n: number, overrides: Record<string, string> = {}) => ({
    id: `${city.tag}-H${n}`,
    name: `导入测试第${n}医院${city.tag}`,
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
    name: `导入医师${n}`,
    category: 'clinical',
    scopes: '03',
    title: 'attending',
    status: 'active',
    registrations: `${city.tag}-H1;${city.tag}-H2`,
    ...overrides,
  });
  const drug = (overrides: Record<string, string> = {}) => ({
    code: `${city.tag}-X1`,
    name: '阿莫西林胶囊',
    antibiotic_level: '1',
    price_cap: '12.50',
    ...overrides,
  });
  return { institution, practitioner, drug };
}
