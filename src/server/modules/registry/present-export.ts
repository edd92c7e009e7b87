import ExcelJS from 'exceljs';
import {
  COLUMN_LABELS,
  INSTITUTION_COLUMNS,
  INSTITUTION_EXTRA_COLUMNS,
  PRACTITIONER_COLUMNS,
  PRACTITIONER_EXTRA_COLUMNS,
} from '../../../shared/registry.js';
import { toCsv } from './domain/csv.js';
import type { exportInstitutions } from './institution-store.js';
import type { exportPractitioners } from './practitioner-store.js';

export interface ExportTable {
  /** Interchange column names, in interchange order then the optional extras: a file re-imports as is. */
  columns: string[];
  rows: string[][];
}

type InstitutionExportRow = Awaited<ReturnType<typeof exportInstitutions>>[number];
type PractitionerExportRow = Awaited<ReturnType<typeof exportPractitioners>>[number];

export function institutionTable(rows: InstitutionExportRow[]): ExportTable {
  return {
    columns: [...INSTITUTION_COLUMNS, ...INSTITUTION_EXTRA_COLUMNS],
    rows: rows.map(({ institution: i, ...licence }) => [
      i.id,
      i.name,
      i.category,
      i.districtCode,
      licence.licenceNumber ?? '',
      licence.licenceValidFrom ?? '',
      licence.licenceValidTo ?? '',
      licence.departments ?? '',
      i.status,
      i.ws218Code ?? '',
      i.ownership,
      String(i.forProfit),
      String(i.isTcm),
      i.streetCode ?? '',
      i.streetName ?? '',
      i.address,
      String(i.beds),
      i.legalRepresentative,
    ]),
  };
}

export function practitionerTable(rows: PractitionerExportRow[]): ExportTable {
  return {
    columns: [...PRACTITIONER_COLUMNS, ...PRACTITIONER_EXTRA_COLUMNS],
    rows: rows.map(({ practitioner: p, registrations }) => [
      p.id,
      p.name,
      p.category,
      p.scopes.join(';'),
      p.title,
      p.status,
      registrations ?? '',
      p.certificateNo ?? '',
    ]),
  };
}

/** CSV with a UTF-8 BOM, so that Excel reads the Chinese text correctly. */
export function renderCsv(table: ExportTable): Buffer {
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(toCsv([table.columns, ...table.rows]), 'utf8'),
  ]);
}

/** An XLSX workbook: a header row of Chinese labels, then the data in interchange column order. */
export async function renderXlsx(table: ExportTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(table.columns.map((column) => COLUMN_LABELS[column] ?? column));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const EXPORT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
