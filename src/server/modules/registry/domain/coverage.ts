/** The coverage rule (src/shared/coverage.ts), and the shapes of department codes and lists. */
export { covers, isCovered } from '../../../../shared/coverage.js';

/** A department code as the 诊疗科目 list writes them: `03`, `03.01`, `04.08.01`. */
export const isDepartmentCodeShape = (code: string) => /^\d{2}(\.\d{2})*$/.test(code);

/** Splits a `;`-separated interchange list, trimming items and dropping empty ones. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}
