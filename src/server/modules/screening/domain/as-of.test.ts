import { describe, expect, it } from 'vitest';
import { type FieldChange, type LicenceSpan, permitOn, practitionerOn, valueAsOf } from './as-of.js';

const change = (day: string, from: unknown, to: unknown, field = 'status'): FieldChange => ({
  day,
  field,
  from,
  to,
});

describe('a field’s value on a day', () => {
  const changes = [change('2025-03-01', 'active', 'suspended'), change('2025-06-01', 'suspended', 'active')];
  it.each([
    ['2025-02-28', 'active', 'before every change: the first change’s from'],
    ['2025-03-01', 'suspended', 'on the day of a change: its to'],
    ['2025-05-31', 'suspended', 'between changes: the last change’s to'],
    ['2025-06-01', 'active', 'on the second change'],
    ['2026-01-01', 'active', 'after every change'],
  ])('%s → %s (%s)', (day, expected) => {
    expect(valueAsOf('active', changes, 'status', day)).toBe(expected);
  });

  it('is the current value when the field never changed, and ignores other fields', () => {
    expect(valueAsOf('revoked', [change('2025-01-01', 'x', 'y', 'title')], 'status', '2024-01-01')).toBe(
      'revoked',
    );
  });
});

describe('the permit of a day', () => {
  const old: LicenceSpan = {
    number: 'L1',
    validFrom: '2019-01-01',
    validTo: '2023-12-31',
    isCurrent: false,
    departments: ['03'],
  };
  const current: LicenceSpan = {
    number: 'L2',
    validFrom: '2024-01-01',
    validTo: '2028-12-31',
    isCurrent: true,
    departments: ['03', '04'],
  };
  const filing = {
    filingNumber: 'F1',
    filedOn: '2023-03-01',
    withdrawnOn: '2025-01-01',
    departments: ['50'],
  };

  it.each([
    ['2020-05-05', 'L1', 'the licence valid that day'],
    ['2025-05-05', 'L2', 'the current licence'],
    ['2029-01-01', 'L2', 'after every licence: the last one (expired)'],
    ['2018-01-01', 'L1', 'before every licence: the first one (not yet valid)'],
  ])('%s → %s (%s)', (day, number) => {
    const permit = permitOn([old, current], null, day);
    expect(permit.kind === 'licence' && permit.number).toBe(number);
  });

  it('prefers the current licence where two overlap', () => {
    const overlap = { ...old, validTo: '2024-06-30' };
    const permit = permitOn([overlap, current], null, '2024-03-01');
    expect(permit.kind === 'licence' && permit.number).toBe('L2');
  });

  it('takes a clinic filing standing that day when no licence is valid; it ends the day before withdrawal', () => {
    expect(permitOn([], filing, '2024-12-31')).toMatchObject({
      kind: 'filing',
      number: 'F1',
      validTo: '2024-12-31',
      departments: ['50'],
    });
    expect(permitOn([], filing, '2025-01-01')).toMatchObject({ kind: 'filing', number: 'F1' });
    expect(permitOn([], null, '2025-01-01')).toEqual({ kind: 'none' });
  });
});

describe('a practitioner on a day', () => {
  it('keeps only the registrations standing that day, with status and scopes of that day', () => {
    const view = practitionerOn(
      {
        id: 'P1',
        name: '张三',
        category: 'clinical',
        title: 'attending',
        status: 'active',
        scopes: ['03', '04'],
        registrations: [
          { institutionId: 'A', kind: 'primary', validFrom: '2020-01-01', validTo: '2024-12-31' },
          { institutionId: 'B', kind: 'primary', validFrom: '2025-01-01', validTo: null },
        ],
        changes: [change('2025-02-01', ['03'], ['03', '04'], 'scopes')],
      },
      '2024-06-01',
    );
    expect(view.registrations.map((r) => r.institutionId)).toEqual(['A']);
    expect(view.scopes).toEqual(['03']);
  });
});
