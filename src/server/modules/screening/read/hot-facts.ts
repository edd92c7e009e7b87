/**
 * The facts the record pass needs, laid out for it: in the payload of each id's slot of the
 * registry's id tables (id-table.ts), so that the look-up of an institution, a practitioner or a
 * drug and its facts is one memory access, and the coverage memo of every distinct granted list
 * as one row of a flat Uint8Array (the entities' `coverage` arrays are views of those rows, so the
 * domain functions of evaluate.ts and this path share what they memoise).
 */
import { isCovered } from '../../../../shared/coverage.js';
import { MEMO_DEPARTMENTS } from '../domain/evaluate.js';
import type { DrugFacts, InstitutionFacts, PractitionerFacts } from '../domain/facts.js';
import type { IdTable } from './id-table.js';

/** Slot shapes (id words inline, payload ints) of the three id tables. */
export const INSTITUTION_SLOT = [6, 7] as const;
export const PRACTITIONER_SLOT = [3, 2] as const;
export const DRUG_SLOT = [6, 7] as const;

/** Institution payload (from the slot's `payload`): active (1/0), licence from and to, coverage row. */
export const I_ACTIVE = 0;
export const I_FROM = 1;
export const I_TO = 2;
export const I_ROW = 3;
/**
 * Practitioner payload: active (bit 0), highest antibiotic level (bits 1–2) and coverage row
 * (from bit 3) in one int, then the first registration (-1 when none); all registrations are
 * `registrations[from, to)`, [from, to] at 2 × index of `registrationRanges`.
 */
export const P_FLAGS = 0;
export const P_FIRST = 1;
/** Drug payload: antibiotic level (the price cap is in `priceCaps`, by drug index). */
export const D_LEVEL = 0;

/** Coverage memos, one row of MEMO_DEPARTMENTS per distinct granted list (1 covered, 2 not). */
export class Coverage {
  memo = new Uint8Array(MEMO_DEPARTMENTS * 64);
  readonly lists: (readonly string[])[] = [];
  private readonly rows = new Map<string, number>();

  /** The row of `granted`, added when new. */
  rowOf(granted: readonly string[]): number {
    const key = granted.join(';');
    let row = this.rows.get(key);
    if (row === undefined) {
      row = this.lists.push(granted) - 1;
      this.rows.set(key, row);
      if (this.lists.length * MEMO_DEPARTMENTS > this.memo.length) {
        const bigger = new Uint8Array(this.memo.length * 2);
        bigger.set(this.memo);
        this.memo = bigger;
      }
    }
    return row;
  }

  /** Once every row is added: each row as the `coverage` array of the domain facts. */
  view(row: number): Uint8Array {
    return this.memo.subarray(row * MEMO_DEPARTMENTS, (row + 1) * MEMO_DEPARTMENTS);
  }

  /** The coverage rule for row `row` and the department interned as `department` (`code`). */
  covered(row: number, department: number, code: string): boolean {
    if (department >= MEMO_DEPARTMENTS) return isCovered(this.lists[row] as readonly string[], code);
    const at = row * MEMO_DEPARTMENTS + department;
    const known = this.memo[at] as number;
    if (known !== 0) return known === 1;
    const result = isCovered(this.lists[row] as readonly string[], code);
    this.memo[at] = result ? 1 : 2;
    return result;
  }
}

export function fillPayloads(
  tables: { institutionIds: IdTable; practitionerIds: IdTable; drugCodes: IdTable },
  facts: { institutions: InstitutionFacts[]; practitioners: PractitionerFacts[]; drugs: DrugFacts[] },
  rows: { institutions: Int32Array; practitioners: Int32Array },
): void {
  const i = tables.institutionIds.slots;
  const ip = tables.institutionIds.payload;
  tables.institutionIds.forEachSlot((index, at) => {
    const f = facts.institutions[index] as InstitutionFacts;
    i[at + ip + I_ACTIVE] = f.active ? 1 : 0;
    i[at + ip + I_FROM] = f.validFrom;
    i[at + ip + I_TO] = f.validTo;
    i[at + ip + I_ROW] = rows.institutions[index] as number;
  });
  const p = tables.practitionerIds.slots;
  const pp = tables.practitionerIds.payload;
  tables.practitionerIds.forEachSlot((index, at) => {
    const f = facts.practitioners[index] as PractitionerFacts;
    const row = rows.practitioners[index] as number;
    p[at + pp + P_FLAGS] = (f.active ? 1 : 0) | (f.maxLevel << 1) | (row << 3);
    p[at + pp + P_FIRST] =
      f.registrationsTo > f.registrationsFrom ? (f.registrations[f.registrationsFrom] as number) : -1;
  });
  const d = tables.drugCodes.slots;
  const dp = tables.drugCodes.payload;
  tables.drugCodes.forEachSlot((index, at) => {
    d[at + dp + D_LEVEL] = (facts.drugs[index] as DrugFacts).antibioticLevel;
  });
}

/** [from, to) of each practitioner's registrations, at 2 × index. */
export const registrationRanges = (practitioners: readonly PractitionerFacts[]) => {
  const ranges = new Int32Array(practitioners.length * 2);
  practitioners.forEach((f, at) => {
    ranges[2 * at] = f.registrationsFrom;
    ranges[2 * at + 1] = f.registrationsTo;
  });
  return ranges;
};
