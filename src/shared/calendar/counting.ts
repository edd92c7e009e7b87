/**
 * Day counting on day numbers, shared by the calendar and the clock. A period "(a, b]" follows
 * 《民法典》第二百零一条: the day the period starts from is not counted, counting begins the next day.
 */

/** 'working': only working days count (《行政处罚法》第八十五条); 'calendar': every day counts. */
export type DayType = 'working' | 'calendar';

/** Answers whether a day number is a working day; throws when the year's data is missing. */
export type WorkingDayTest = (day: number) => boolean;

/** How many days of `type` lie in (a, b]; 0 when b ≤ a. */
export function countDays(isWorking: WorkingDayTest, type: DayType, a: number, b: number): number {
  if (b <= a) return 0;
  if (type === 'calendar') return b - a;
  let count = 0;
  for (let day = a + 1; day <= b; day += 1) {
    if (isWorking(day)) count += 1;
  }
  return count;
}

/** The `k`th day of `type` after `a` (k = 0 gives `a` itself). */
export function advanceDays(isWorking: WorkingDayTest, type: DayType, a: number, k: number): number {
  if (type === 'calendar') return a + k;
  let day = a;
  for (let found = 0; found < k; ) {
    day += 1;
    if (isWorking(day)) found += 1;
  }
  return day;
}

/**
 * `day` itself if it is a working day, else the first working day after it: 《民法典》第二百零三条
 * moves a period's last day that is a 法定休假日 to the day after the rest ends.
 */
export function rollToWorkingDay(isWorking: WorkingDayTest, day: number): number {
  let result = day;
  while (!isWorking(result)) result += 1;
  return result;
}
