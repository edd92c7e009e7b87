import { describe, expect, it } from 'vitest';
import type { DrugHistoryView, InstitutionHistoryView, PractitionerHistoryView } from './as-of.js';
import type { BatchRecord } from './batch-rows.js';
import { screenBatch } from './batch-screen.js';

const institution: InstitutionHistoryView = {
  id: 'I1',
  name: '测试医院',
  category: 'general_hospital',
  districtCode: '310101',
  status: 'active',
  licences: [
    { number: 'L1', validFrom: '2024-01-01', validTo: '2025-12-31', isCurrent: true, departments: ['03'] },
  ],
  clinicFiling: null,
  changes: [{ day: '2025-05-01', field: 'status', from: 'active', to: 'suspended' }],
};
const practitioner: PractitionerHistoryView = {
  id: 'P1',
  name: '李四',
  category: 'clinical',
  title: 'resident',
  status: 'active',
  scopes: ['03'],
  registrations: [{ institutionId: 'I1', kind: 'primary', validFrom: '2024-01-01', validTo: null }],
  changes: [],
};
const drug: DrugHistoryView = {
  code: 'D1',
  name: '头孢',
  antibioticLevel: 2,
  priceCap: 10,
  changes: [{ day: '2025-03-01', field: 'priceCapFen', from: 2000, to: 1000 }],
};
const histories = {
  institutions: new Map([['I1', institution]]),
  practitioners: new Map([['P1', practitioner]]),
  drugs: new Map([['D1', drug]]),
};

let n = 0;
function record(fields: Partial<BatchRecord>): BatchRecord {
  n += 1;
  return {
    row: n,
    id: `r${n}`,
    institutionId: 'I1',
    practitionerId: 'P1',
    departmentCode: '03',
    serviceDate: '2025-01-10',
    patientRef: `X${n}`,
    itemType: 'procedure',
    itemCode: 'PROC',
    quantity: 1,
    unitPrice: 1,
    ...fields,
  };
}
const codes = (records: BatchRecord[]) => screenBatch(records, histories).map((f) => `${f.rule.id}:${f.ref}`);

describe('screening a batch as of each service date', () => {
  it.each([
    ['a clean record', {}, []],
    ['a date after the licence ended', { serviceDate: '2026-01-02' }, ['R1']],
    ['a date after the institution was suspended', { serviceDate: '2025-05-01' }, ['R1']],
    ['a department the licence lacks and the scope too', { departmentCode: '04' }, ['R2', 'R4']],
    ['a sub-department the licence covers', { departmentCode: '03.02' }, []],
    [
      'a level-2 antibiotic by a resident at the old cap',
      { itemType: 'drug' as const, itemCode: 'D1', unitPrice: 15 },
      ['R6'],
    ],
    [
      'the same price after the cap was lowered',
      { itemType: 'drug' as const, itemCode: 'D1', unitPrice: 15, serviceDate: '2025-03-01' },
      ['R6', 'R7'],
    ],
    [
      'an unknown practitioner: institution rules still apply',
      { practitionerId: 'NOPE', departmentCode: '04' },
      ['R2', 'R8'],
    ],
    ['an unknown drug code: R8 only', { itemType: 'drug' as const, itemCode: 'NODRUG' }, ['R8']],
    ['an unknown code of a procedure is no finding', { itemCode: 'ANY' }, []],
  ])('%s', (_name, fields, rules) => {
    const one = record(fields);
    expect(codes([one])).toEqual(rules.map((rule) => `${rule}:${one.id}`));
  });

  it('R9 keeps the smallest id of each duplicate group, comparing ids as strings', () => {
    const a = record({ id: 'r10', patientRef: 'SAME' });
    const b = record({ id: 'r9', patientRef: 'SAME' });
    const c = record({ id: 'r100', patientRef: 'SAME' });
    const other = record({ id: 'r1', patientRef: 'SAME', serviceDate: '2025-01-11' });
    expect(codes([a, b, c, other]).sort()).toEqual(['R9:r100', 'R9:r9']); // 'r10' < 'r100' < 'r9'
  });

  it('puts the broken licence in the evidence', () => {
    const [finding] = screenBatch([record({ departmentCode: '05', practitionerId: 'NOPE' })], histories);
    expect(finding?.evidence.institution?.licence).toEqual({
      number: 'L1',
      validFrom: '2024-01-01',
      validTo: '2025-12-31',
      departments: ['03'],
    });
    expect(finding?.evidence.broken[0]?.en).toContain('L1');
  });
});
