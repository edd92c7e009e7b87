/** Field values parsed straight from bytes: dates, numbers and fixed words. */
import { validDate } from '../domain/facts.js';
import { NUMBER } from './registry-files.js';

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** `YYYY-MM-DD` → YYYYMMDD, or -1. */
export function dateAt(buf: Buffer, s: number, e: number): number {
  if (e - s !== 10 || buf[s + 4] !== 45 || buf[s + 7] !== 45) return -1;
  let y = 0;
  for (let i = s; i < s + 4; i += 1) {
    const d = (buf[i] as number) - 48;
    if (d < 0 || d > 9) return -1;
    y = y * 10 + d;
  }
  const m1 = (buf[s + 5] as number) - 48;
  const m2 = (buf[s + 6] as number) - 48;
  const d1 = (buf[s + 8] as number) - 48;
  const d2 = (buf[s + 9] as number) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  return validDate(y, m, d) ? y * 10000 + m * 100 + d : -1;
}

/**
 * A decimal number, exactly as Number() reads it: up to 15 digits are read as an integer and
 * divided once by a power of ten (both exact, so the quotient is correctly rounded); anything
 * longer or with an exponent goes through Number(). NaN when it is not a number.
 */
export function numberAt(buf: Buffer, s: number, e: number): number {
  let i = s;
  const negative = buf[i] === 45;
  if (negative) i += 1;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < e; i += 1) {
    const c = buf[i] as number;
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits += 1;
      if (dot) scale += 1;
    } else if (c === 46 && !dot) dot = true;
    else return slowNumber(buf, s, e);
  }
  if (digits === 0 || digits > 15) return slowNumber(buf, s, e);
  const value = scale ? m / (POW10[scale] as number) : m;
  return negative ? -value : value;
}

function slowNumber(buf: Buffer, s: number, e: number): number {
  const value = buf.toString('latin1', s, e);
  return NUMBER.test(value) ? Number(value) : Number.NaN;
}

/** True when buf[s, e) holds exactly the ASCII `word`. */
export function isWord(buf: Buffer, s: number, e: number, word: Uint8Array): boolean {
  if (e - s !== word.length) return false;
  for (let i = 0; i < word.length; i += 1) if (buf[s + i] !== word[i]) return false;
  return true;
}

/** True when the two byte ranges are equal. */
export function sameBytes(a: Buffer, as: number, ae: number, b: Buffer, bs: number, be: number): boolean {
  if (ae - as !== be - bs) return false;
  for (let i = 0; i < ae - as; i += 1) if (a[as + i] !== b[bs + i]) return false;
  return true;
}
