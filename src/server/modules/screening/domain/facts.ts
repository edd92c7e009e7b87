/**
 * The registry facts screening needs, interned: every institution, practitioner, drug and
 * department code gets a dense integer index so that per-record state stays in typed arrays.
 * Dates are integers YYYYMMDD; an absent licence bound is open (0 or 99_999_999).
 */
import { RULES } from './rules.js';

export interface Department {
  index: number;
  code: string;
}

export interface InstitutionFacts {
  index: number;
  id: string;
  /** Index of the institution category (peers for R10). */
  category: number;
  active: boolean;
  validFrom: number;
  validTo: number;
  departments: readonly string[];
  /** Memo of the coverage rule per department index (evaluate.ts). */
  coverage: Uint8Array;
}

export interface PractitionerFacts {
  index: number;
  id: string;
  active: boolean;
  /** Highest antibiotic level the title may prescribe (R6). */
  maxLevel: number;
  scopes: readonly string[];
  /**
   * Indexes of the registered institutions that are in the registry: `registrations[from, to)`,
   * one array shared by all practitioners (one small typed array each is slow to reach).
   */
  registrations: Int32Array;
  registrationsFrom: number;
  registrationsTo: number;
  coverage: Uint8Array;
}

export interface DrugFacts {
  index: number;
  code: string;
  antibioticLevel: number;
  /** Infinity when the drug has no cap. */
  priceCap: number;
}

export const TITLES = ['resident', 'attending', 'associate_chief', 'chief'] as const;
export const STATUSES = ['active', 'suspended', 'revoked'] as const;
export const ITEM_TYPES = ['drug', 'procedure', 'consumable'] as const;

const r6 = RULES[5].parameters;
/** R6: resident ≤ 1, attending ≤ 2, associate_chief and chief ≤ 3. */
export function maxAntibioticLevel(title: (typeof TITLES)[number]): number {
  if (title === 'resident') return r6.residentMaxLevel;
  if (title === 'attending') return r6.attendingMaxLevel;
  return r6.seniorMaxLevel;
}

export const OPEN_FROM = 0;
export const OPEN_TO = 99_999_999;

/** `2026-03-01` → 20260301, or -1 when it is not a real calendar date in that shape. */
export function dateNumber(text: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return -1;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  return validDate(y, m, d) ? y * 10000 + m * 100 + d : -1;
}

export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/** Month index of a YYYYMMDD date (for R10 groups) and back to `YYYY-MM`. */
export const monthOf = (date: number) => Math.floor(date / 10000) * 12 + (Math.floor(date / 100) % 100) - 1;
export const monthText = (month: number) =>
  `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
