/**
 * RFC 4180 CSV, as interchange-v1 requires: fields may be quoted, quotes inside are doubled,
 * quoted fields may hold commas and line breaks; lines end in CRLF or LF; a UTF-8 BOM is dropped.
 * Blank records are kept (as `[]`), so that a record's index still gives its row in a spreadsheet.
 */
function parseCsvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i += 1) {
    const c = text[i] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

/** The records of a CSV text, blank lines left out. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).filter((record) => !isBlank(record));
}

export interface CsvTable {
  header: string[];
  /** Each data row keyed by column name; unknown columns are kept and ignored by the importer. */
  records: Record<string, string>[];
  /** The row of each record as a spreadsheet shows the file (the header is row 1; blank lines count). */
  rowNumbers: number[];
  /** Required columns absent from the header. */
  missing: string[];
}

/**
 * A table from its rows of cells: the first non-blank row is the header, blank rows are skipped,
 * and every record keeps its row number. `rename` maps a header cell to a column name.
 */
export function tableOf(
  cells: readonly (readonly string[])[],
  required: readonly string[],
  rowNumberOf: (index: number) => number = (index) => index + 1,
  rename: (header: string) => string = (header) => header,
): CsvTable {
  const headAt = cells.findIndex((record) => !isBlank(record));
  const header = (cells[headAt] ?? []).map((h) => rename(h.trim()));
  const records: Record<string, string>[] = [];
  const rowNumbers: number[] = [];
  for (let index = headAt + 1; headAt >= 0 && index < cells.length; index += 1) {
    const record = cells[index] as readonly string[];
    if (isBlank(record)) continue;
    const row: Record<string, string> = {};
    header.forEach((column, at) => {
      if (column && !(column in row)) row[column] = record[at] ?? '';
    });
    records.push(row);
    rowNumbers.push(rowNumberOf(index));
  }
  return { header, records, rowNumbers, missing: required.filter((column) => !header.includes(column)) };
}

/** A parsed file with a header row: records keyed by column, and the required columns it lacks. */
export function readCsvTable(
  text: string,
  required: readonly string[],
  rename?: (header: string) => string,
): CsvTable {
  return tableOf(parseCsvRecords(text), required, undefined, rename);
}

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Writes rows as CSV with CRLF line ends (RFC 4180). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
}
