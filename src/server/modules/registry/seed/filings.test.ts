import { beforeAll, describe, expect, it } from 'vitest';
import { readCodeListFiles } from '../code-list-files.js';
import { isCovered, splitList } from '../domain/coverage.js';
import { CLINIC_FILING_SINCE } from '../domain/filing-checks.js';
import { addDays, cycleYears, periodFrom, verificationState } from '../domain/verification.js';
import { type GeneratedFilings, generateFilings } from './filings.js';
import { generateRegistry, type Row } from './generate.js';

const TODAY = '2026-11-23';
const codes = (id: string) =>
  new Set(
    readCodeListFiles()
      .find((f) => f.id === id)
      ?.items.map((i) => i.code),
  );

let institutions: Row[];
let filings: GeneratedFilings;
const byId = new Map<string, Row>();

beforeAll(() => {
  institutions = generateRegistry(20240601, { practitioners: 0, drugs: 0 }).institutions;
  for (const i of institutions) byId.set(i.id as string, i);
  filings = generateFilings(20240601, institutions, TODAY);
});

describe('demo filings and validation records', () => {
  it('are the same for the same seed and day', () => {
    expect(generateFilings(20240601, institutions.slice(0, 300), TODAY)).toEqual(
      generateFilings(20240601, institutions.slice(0, 300), TODAY),
    );
  });

  it('file a few hundred listed technologies at large hospitals, each under a licensed department', () => {
    const technologies = codes('restricted_tech_2022');
    expect(filings.technologyFilings.length).toBeGreaterThan(200);
    expect(filings.technologyFilings.length).toBeLessThan(600);
    for (const f of filings.technologyFilings) {
      const i = byId.get(f.institutionId) as Row;
      expect(technologies.has(f.technologyCode), f.technologyCode).toBe(true);
      expect(Number(i.beds)).toBeGreaterThanOrEqual(300);
      expect(isCovered(splitList(i.departments), f.departmentCode), `${i.name} ${f.departmentCode}`).toBe(
        true,
      );
      expect(f.filedOn <= TODAY && (f.withdrawnOn ?? TODAY) >= f.filedOn).toBe(true);
    }
    const numbers = filings.technologyFilings.map((f) => f.filingNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(filings.technologyFilings.some((f) => f.status === 'withdrawn')).toBe(true);
  });

  it('file clinics only, as TCM clinics or clinics, not before each regime began, with their departments', () => {
    expect(filings.clinicFilings.length).toBeGreaterThan(500);
    for (const f of filings.clinicFilings) {
      const i = byId.get(f.institutionId) as Row;
      expect(i.category).toBe('clinic');
      expect(f.kind).toBe(i.is_tcm === 'true' ? 'tcm_clinic' : 'clinic');
      expect(f.filedOn >= CLINIC_FILING_SINCE[f.kind]).toBe(true);
      expect(f.authorityCode).toBe(i.district_code);
      expect(f.departments).toEqual(splitList(i.departments).sort());
    }
    expect(new Set(filings.clinicFilings.map((f) => f.kind))).toEqual(new Set(['clinic', 'tcm_clinic']));
  });

  it('give every institution contiguous validation periods of its cycle, one open unless revoked', () => {
    const periods = new Map<string, GeneratedFilings['validations']>();
    for (const v of filings.validations)
      periods.set(v.institutionId, [...(periods.get(v.institutionId) ?? []), v]);
    for (const i of institutions) {
      const own = periods.get(i.id as string) ?? [];
      const open = own.filter((v) => v.result === 'pending');
      expect(open.length, i.name).toBe(i.status === 'revoked' ? 0 : 1);
      own.forEach((v, k) => {
        const previous = own[k - 1];
        if (previous) expect(v.periodStart).toBe(addDays(previous.periodEnd, 1));
        if (previous) {
          const years = previous.result === 'deferred' ? 1 : cycleYears(Number(i.beds));
          expect(v.periodEnd).toBe(periodFrom(v.periodStart, years).periodEnd);
        }
        if (v.result === 'deferred') expect(v.reason).toBeTruthy();
        if (v.result !== 'pending') expect(v.decidedOn && v.decidedOn <= TODAY && v.decidedBy).toBeTruthy();
      });
    }
  });

  it('leave some institutions overdue and many not yet due, and defer some', () => {
    const states = new Map<string, number>();
    for (const v of filings.validations.filter((r) => r.result === 'pending')) {
      const { state } = verificationState(v, TODAY);
      states.set(state, (states.get(state) ?? 0) + 1);
    }
    expect(states.get('overdue')).toBeGreaterThan(50);
    expect(states.get('due')).toBeGreaterThan(50);
    expect(states.get('not_due')).toBeGreaterThan(states.get('due') ?? 0);
    expect(filings.validations.filter((v) => v.result === 'deferred').length).toBeGreaterThan(50);
  });
});
