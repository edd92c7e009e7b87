/**
 * Identifier and date helpers: 统一社会信用代码 (GB 32100-2015, with a valid 组织机构代码 check
 * character per GB 11714 and a valid final check character), 医疗机构执业许可证登记号, and
 * calendar arithmetic on YYYY-MM-DD strings (no clock).
 */
import type { Rng } from './random.js';

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

const orgValue = (c: string) => (/[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55);

/** GB 11714 check character of an 8-character 组织机构代码 body. */
export function orgCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgValue(body[i] ?? '0') * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** GB 32100 check character of the first 17 characters. */
export function creditCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(first17[i] ?? '0') * (CREDIT_WEIGHTS[i] ?? 0);
  return CREDIT_CHARS[(31 - (sum % 31)) % 31] ?? '0';
}

/**
 * A credit code for registration class `prefix` (12 事业单位, 52 民办非企业单位, 91 企业) in a district.
 * Public bodies get an all-digit legacy 组织机构代码; companies registered since 2015 get `MA…`.
 */
export function creditCode(rng: Rng, prefix: '12' | '52' | '91', district: string): string {
  let body = '';
  if (prefix === '91' && rng.chance(0.8)) {
    body = `MA${rng.pick(['1', '2', '3', '4', '6', '7'])}`;
    while (body.length < 8) body += CREDIT_CHARS[rng.int(0, 30)];
  } else {
    body = String(rng.pick(prefix === '12' ? [4, 4, 4, 1, 0] : [5, 6, 7, 3]));
    while (body.length < 8) body += String(rng.int(0, 9));
  }
  const first17 = `${prefix}${district}${body}${orgCheck(body)}`;
  return first17 + creditCheck(first17);
}

/**
 * 登记号 (22 characters): 组织机构代码 (9) + district (6) + 经济类型代码 (2) + WS 218 机构类别代码 (4)
 * + 分类管理代码 (1 非营利, 2 营利) — e.g. `PDY00001331010115A1001`.
 */
export function licenceNumber(
  credit: string,
  district: string,
  economic: string,
  ws218: string,
  forProfit: boolean,
) {
  return `${credit.slice(8, 17)}${district}${economic}${ws218}${forProfit ? 2 : 1}`;
}

const DAY = 86_400_000;
export const toDays = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
export const fromDays = (days: number): string => new Date(days * DAY).toISOString().slice(0, 10);

/** The licence end date: five years on, the day before (自2021-03-15至2026-03-14). */
export function plusFiveYears(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y + 5, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** A day uniformly in [from, to] (inclusive); if the range is empty, `to`. */
export function dayBetween(rng: Rng, from: string, to: string): string {
  const a = toDays(from);
  const b = toDays(to);
  return fromDays(b < a ? b : rng.int(a, b));
}

export const minusYears = (iso: string, years: number): string => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y - years, m - 1, d)).toISOString().slice(0, 10);
};
