import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  COLUMN_LABELS,
  DRUG_COLUMNS,
  INSTITUTION_COLUMNS,
  INSTITUTION_EXTRA_COLUMNS,
  PRACTITIONER_COLUMNS,
  PRACTITIONER_EXTRA_COLUMNS,
} from '../../../shared/registry.js';
import { type CsvTable, readCsvTable, tableOf } from './domain/csv.js';
import type { UploadedFileInfo } from './domain/upload-rules.js';
import type { RegistryRows } from './import-check.js';

export const IMPORT_KINDS = ['institutions', 'practitioners', 'drugs'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportFormat = 'csv' | 'xlsx';

/** The columns of each interchange file: the required ones, then the optional extras. */
export const KIND_COLUMNS: Record<ImportKind, { required: readonly string[]; optional: readonly string[] }> =
  {
    institutions: { required: INSTITUTION_COLUMNS, optional: INSTITUTION_EXTRA_COLUMNS },
    practitioners: { required: PRACTITIONER_COLUMNS, optional: PRACTITIONER_EXTRA_COLUMNS },
    drugs: { required: DRUG_COLUMNS, optional: [] },
  };

/** A column only one kind of file has: it tells the kind of a file whose name does not. */
const SIGNATURE: Record<ImportKind, string> = {
  institutions: 'licence_no',
  practitioners: 'registrations',
  drugs: 'price_cap',
};

/** `institutions.csv`, `practitioners-2026.xlsx` → the kind its name starts with. */
export function kindFromName(name: string): ImportKind | null {
  const base = name.toLowerCase().replace(/^.*[\\/]/, '');
  return IMPORT_KINDS.find((kind) => base.startsWith(kind)) ?? null;
}

export function formatFromName(name: string): ImportFormat | null {
  const match = /\.(csv|xlsx)$/i.exec(name);
  return match ? ((match[1] as string).toLowerCase() as ImportFormat) : null;
}

/**
 * Maps a header cell to its interchange column: the column name itself (any case), or the Chinese
 * label the XLSX export writes (so that an exported workbook re-imports as it is).
 */
function columnNamer(kind: ImportKind | null) {
  const columns = kind
    ? [...KIND_COLUMNS[kind].required, ...KIND_COLUMNS[kind].optional]
    : Object.keys(COLUMN_LABELS);
  const byLabel = new Map(columns.map((column) => [COLUMN_LABELS[column] ?? column, column]));
  return (header: string) => {
    const lower = header.toLowerCase();
    if (columns.includes(lower)) return lower;
    return byLabel.get(header) ?? header;
  };
}

const hasColumn = (header: readonly string[], column: string) =>
  header.includes(column) || header.includes(COLUMN_LABELS[column] ?? column);

/** The kind of a file from its header cells, when exactly one kind's signature column is there. */
export function kindFromHeader(header: readonly string[]): ImportKind | null {
  const trimmed = header.map((h) => h.trim().toLowerCase());
  const found = IMPORT_KINDS.filter(
    (kind) => hasColumn(trimmed, SIGNATURE[kind]) || hasColumn(header, SIGNATURE[kind]),
  );
  return found.length === 1 ? (found[0] as ImportKind) : null;
}

/**
 * Text of a file that should be UTF-8 (interchange-v1); a file Excel saved as "CSV" on a Chinese
 * Windows is GB18030 instead, and is read as that rather than as mojibake.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** What one cell of a worksheet holds, as interchange text (dates as YYYY-MM-DD). */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? '');
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * The cells of the first worksheet of an XLSX workbook, row by row, with their row numbers
 * (only the first `maxRows` rows when given: enough to see the header).
 */
export async function readSheet(
  bytes: Uint8Array,
  maxRows = Number.POSITIVE_INFINITY,
): Promise<{ cells: string[][]; rowNumbers: number[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const cells: string[][] = [];
  const rowNumbers: number[] = [];
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as ExcelJS.CellValue[];
      const record: string[] = [];
      for (let column = 1; column < values.length; column += 1) record.push(cellText(values[column]));
      cells.push(record);
      rowNumbers.push(row.number);
      if (cells.length >= maxRows) break;
    }
    break;
  }
  return { cells, rowNumbers };
}

export interface ReadFile {
  kind: ImportKind;
  format: ImportFormat;
  table: CsvTable;
}

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'unknown_kind' | 'unreadable' | 'unsupported_type',
  ) {
    super(`${file}: ${reason}`);
  }
}

/**
 * Reads one interchange file, CSV or XLSX (first worksheet, header row, the same columns), into
 * records keyed by column with the row number a spreadsheet shows for each. `kind` may be given;
 * otherwise it is taken from the name (`practitioners….xlsx`) or, failing that, from the header.
 */
export async function readImportFile(name: string, bytes: Uint8Array, kind?: ImportKind | null) {
  const format = formatFromName(name);
  if (!format) throw new UnreadableFileError(name, 'unsupported_type');
  let cells: string[][];
  let rowNumbers: number[] | undefined;
  try {
    if (format === 'csv') {
      const text = decodeText(bytes);
      const known =
        kind ?? kindFromName(name) ?? kindFromHeader(readCsvTable(text.slice(0, 4096), []).header);
      if (!known) throw new UnreadableFileError(name, 'unknown_kind');
      const { required } = KIND_COLUMNS[known];
      return {
        kind: known,
        format,
        table: readCsvTable(text, required, columnNamer(known)),
      } satisfies ReadFile;
    }
    ({ cells, rowNumbers } = await readSheet(bytes));
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(name, 'unreadable');
  }
  const head = cells.find((record) => record.some((cell) => cell.trim() !== '')) ?? [];
  const known = kind ?? kindFromName(name) ?? kindFromHeader(head);
  if (!known) throw new UnreadableFileError(name, 'unknown_kind');
  const numbers = rowNumbers;
  const table = tableOf(
    cells,
    KIND_COLUMNS[known].required,
    (index) => numbers[index] ?? index + 1,
    columnNamer(known),
  );
  return { kind: known, format, table } satisfies ReadFile;
}

/** Rows to import from files that were read, with each file's name and row numbers for the report. */
export function rowsOf(files: readonly (ReadFile & { name: string })[]): RegistryRows {
  const sources: NonNullable<RegistryRows['sources']> = {};
  const rows: RegistryRows = { sources };
  for (const file of files) {
    rows[file.kind] = file.table.records;
    sources[file.kind] = { file: file.name, rowNumbers: file.table.rowNumbers };
  }
  return rows;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const isJson = (bytes: Uint8Array) => {
  try {
    JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
};

/** The header cells of a CSV or XLSX file, read from its start only. */
async function peekHeader(format: ImportFormat, bytes: Uint8Array): Promise<string[]> {
  if (format === 'csv') return readCsvTable(decodeText(bytes.subarray(0, 8192)), []).header;
  try {
    const { cells } = await readSheet(bytes, 5);
    return cells.find((record) => record.some((cell) => cell.trim() !== '')) ?? [];
  } catch {
    return [];
  }
}

/**
 * What an uploaded file is: its format by extension, whether its bytes agree (a ZIP for .xlsx,
 * text without NUL bytes for .csv, JSON for .json) and its kind — from the form field's name,
 * the file's name, or its header row; a .json file is a FHIR Bundle.
 */
export async function describeUpload(file: {
  field: string;
  name: string;
  bytes: Uint8Array;
}): Promise<UploadedFileInfo> {
  const { name, bytes } = file;
  const format = /\.json$/i.test(name) ? 'json' : formatFromName(name);
  const info: UploadedFileInfo = { name, size: bytes.length, format, contentMatches: false, kind: null };
  if (!format || !bytes.length) return info;
  if (format === 'json') return { ...info, contentMatches: isJson(bytes), kind: 'fhir_bundle' };
  const contentMatches =
    format === 'xlsx'
      ? ZIP_MAGIC.every((byte, i) => bytes[i] === byte)
      : !bytes.subarray(0, 65_536).includes(0);
  if (!contentMatches) return info;
  const named = (IMPORT_KINDS as readonly string[]).includes(file.field)
    ? (file.field as ImportKind)
    : kindFromName(name);
  return { ...info, contentMatches, kind: named ?? kindFromHeader(await peekHeader(format, bytes)) };
}
