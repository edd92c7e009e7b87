import { createWorkingCalendar } from './calendar.js';
import type { WorkingCalendar } from './calendar.js';
import { parseHolidayCsv } from './holiday-csv.js';
import { HOLIDAYS_CN_CSV } from './holidays-cn.js';

export { CalendarCoverageError, createWorkingCalendar } from './calendar.js';
export type { CalendarDaysOptions, CalendarOptions, WorkingCalendar } from './calendar.js';
export type { Clock, Deadline, Remaining, Suspension } from './clock.js';
export type { DayType } from './counting.js';
export { HolidayCsvError, parseHolidayCsv } from './holiday-csv.js';
export type { HolidayRow } from './holiday-csv.js';
export { HOLIDAYS_CN_CSV } from './holidays-cn.js';

/**
 * The mainland China calendar from holidays-cn.csv (国务院办公厅关于部分节假日安排的通知, 2024–2026),
 * for 《行政处罚法》第八十五条 working-day periods and 《民法典》第二百零三条 calendar-period roll-over.
 */
export const defaultCalendar: WorkingCalendar = createWorkingCalendar(parseHolidayCsv(HOLIDAYS_CN_CSV));
