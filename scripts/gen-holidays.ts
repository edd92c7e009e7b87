/**
 * Regenerates src/shared/calendar/holidays-cn.ts from holidays-cn.csv, the one source of truth.
 * Shared code cannot read files at run time (it also runs in the browser), so the CSV is embedded
 * as a string. Run after editing the CSV: `npx tsx scripts/gen-holidays.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHolidayCsv } from '../src/shared/calendar/holiday-csv.js';
import { renderHolidayModule } from '../src/shared/calendar/render-holiday-module.js';

const csvUrl = new URL('../src/shared/calendar/holidays-cn.csv', import.meta.url);
const moduleUrl = new URL('../src/shared/calendar/holidays-cn.ts', import.meta.url);

const csv = readFileSync(csvUrl, 'utf8');
// Refuse to embed data the calendar would reject at start-up.
const rows = parseHolidayCsv(csv);
writeFileSync(moduleUrl, renderHolidayModule(csv));
console.log(`Wrote ${fileURLToPath(moduleUrl)} (${rows.length} rows)`);
