/**
 * The coverage rule of interchange-v1: a licensed department or a practice scope covers a
 * department code when it is equal to it or an ancestor of it in the dotted hierarchy
 * (`03` covers `03` and `03.01`; `03.01` covers neither `03` nor `03.02`).
 */
export function covers(granted: string, code: string): boolean {
  return code === granted || code.startsWith(`${granted}.`);
}

/** True when any of the granted codes covers `code`. */
export function isCovered(granted: readonly string[], code: string): boolean {
  return granted.some((g) => covers(g, code));
}

/** A department code as the 诊疗科目 list writes them: `03`, `03.01`, `04.08.01`. */
export const isDepartmentCodeShape = (code: string) => /^\d{2}(\.\d{2})*$/.test(code);

/** Splits a `;`-separated interchange list, trimming items and dropping empty ones. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}
