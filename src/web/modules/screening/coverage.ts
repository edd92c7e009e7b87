/**
 * The coverage rule of interchange-v1: a licensed department or a practice scope covers a
 * department code when it is equal to it or an ancestor in the dotted hierarchy (`03` covers `03`
 * and `03.01`; `03.01` covers neither `03` nor `03.02`).
 */
export function covers(granted: string, department: string): boolean {
  if (!granted || !department) return false;
  return department === granted || department.startsWith(`${granted}.`);
}

/** True when any of `granted` covers `department`. */
export function anyCovers(granted: readonly string[], department: string | null | undefined): boolean {
  return !!department && granted.some((g) => covers(g, department));
}

/** Whether `date` (YYYY-MM-DD) lies within [from, to], open ends allowed. */
export function withinDates(
  date: string,
  from: string | null | undefined,
  to: string | null | undefined,
): boolean {
  const day = date.slice(0, 10);
  if (from && day < from.slice(0, 10)) return false;
  if (to && day > to.slice(0, 10)) return false;
  return true;
}
