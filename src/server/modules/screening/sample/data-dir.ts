/** Writes a data directory in the interchange format from rows (for tests and the benchmark). */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

type Rows = readonly Readonly<Record<string, string | undefined>>[];

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** CSV text with the given columns (LF line ends). */
export function csvOf(columns: readonly string[], rows: Rows): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

export const COLUMNS = {
  institutions: [
    'id',
    'name',
    'category',
    'district_code',
    'licence_no',
    'licence_valid_from',
    'licence_valid_to',
    'departments',
    'status',
  ],
  practitioners: ['id', 'name', 'category', 'scopes', 'title', 'status', 'registrations'],
  drugs: ['code', 'name', 'antibiotic_level', 'price_cap'],
  records: [
    'id',
    'institution_id',
    'practitioner_id',
    'department_code',
    'service_date',
    'patient_ref',
    'item_type',
    'item_code',
    'quantity',
    'unit_price',
  ],
} as const;

/** Writes the four files (records given as rows or as ready CSV text) into `dir`. */
export function writeDataDir(
  dir: string,
  data: { institutions: Rows; practitioners: Rows; drugs: Rows; records: Rows | string },
): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'institutions.csv'), csvOf(COLUMNS.institutions, data.institutions));
  writeFileSync(path.join(dir, 'practitioners.csv'), csvOf(COLUMNS.practitioners, data.practitioners));
  writeFileSync(path.join(dir, 'drugs.csv'), csvOf(COLUMNS.drugs, data.drugs));
  const records = typeof data.records === 'string' ? data.records : csvOf(COLUMNS.records, data.records);
  writeFileSync(path.join(dir, 'records.csv'), records);
  return dir;
}
