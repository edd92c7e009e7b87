/**
 * The coverage rule of interchange-v1, shared by the registry (filings, import checks) and
 * screening (R2, R4): a licensed department or a practice scope covers a department code when it
 * is equal to it or an ancestor of it in the dotted hierarchy (`03` covers `03` and `03.01`;
 * `03.01` covers neither `03` nor `03.02`). In shared/ so that the screening engine (and each of
 * its worker threads) loads it without loading the registry's services.
 */
export function covers(granted: string, code: string): boolean {
  return code === granted || code.startsWith(`${granted}.`);
}

/** True when any of the granted codes covers `code`. */
export function isCovered(granted: readonly string[], code: string): boolean {
  return granted.some((g) => covers(g, code));
}
