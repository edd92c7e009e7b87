import { isWeekend, toDayNumber } from './dates.js';

/** One row of the State Council holiday data: a day off, or a weekend made a working day (调休上班). */
export interface HolidayRow {
  readonly date: string;
  readonly kind: 'off' | 'workday';
  readonly name: string;
}

const HEADER = 'date,kind,name';

/** A CSV defect, reported with the 1-based line number so the data can be fixed at its source. */
export class HolidayCsvError extends Error {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(`holidays CSV line ${line}: ${problem}`);
    this.name = 'HolidayCsvError';
  }
}

/**
 * Parses the `date,kind,name` holiday table transcribed from the yearly 国务院办公厅关于部分节假日安排的通知.
 * It is strict because a silently wrong row shifts statutory deadlines (《行政处罚法》第八十五条 working
 * days): it checks the header, ISO dates, `off`/`workday` kinds, non-empty names, ascending unique dates,
 * and that every `workday` row is a Saturday or Sunday (a notice only ever turns weekend days into
 * working days). Throws a {@link HolidayCsvError} naming the line. A UTF-8 BOM and CRLF endings are
 * tolerated because spreadsheet tools add them; blank lines are only allowed at the end.
 */
export function parseHolidayCsv(text: string): HolidayRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== HEADER) {
    throw new HolidayCsvError(1, `expected header "${HEADER}", found "${lines[0] ?? ''}"`);
  }
  const rows: HolidayRow[] = [];
  let previousDay = Number.NEGATIVE_INFINITY;
  lines.slice(1).forEach((line, index) => {
    const lineNumber = index + 2;
    const row = parseRow(line, lineNumber);
    const day = toDayNumberAt(row.date, lineNumber);
    if (day <= previousDay) {
      const problem = day === previousDay ? 'is listed twice' : 'is out of order (dates must ascend)';
      throw new HolidayCsvError(lineNumber, `date ${row.date} ${problem}`);
    }
    if (row.kind === 'workday' && !isWeekend(day)) {
      throw new HolidayCsvError(lineNumber, `workday ${row.date} is not a Saturday or Sunday`);
    }
    previousDay = day;
    rows.push(row);
  });
  return rows;
}

function parseRow(line: string, lineNumber: number): HolidayRow {
  const fields = line.split(',');
  if (fields.length !== 3) {
    throw new HolidayCsvError(lineNumber, `expected 3 fields (date,kind,name), found ${fields.length}`);
  }
  const [date, kind, name] = fields as [string, string, string];
  if (kind !== 'off' && kind !== 'workday') {
    throw new HolidayCsvError(lineNumber, `kind must be "off" or "workday", found "${kind}"`);
  }
  if (name.trim() === '') {
    throw new HolidayCsvError(lineNumber, 'name is empty');
  }
  return { date, kind, name };
}

function toDayNumberAt(date: string, lineNumber: number): number {
  try {
    return toDayNumber(date);
  } catch (error) {
    throw new HolidayCsvError(lineNumber, error instanceof Error ? error.message : String(error));
  }
}
