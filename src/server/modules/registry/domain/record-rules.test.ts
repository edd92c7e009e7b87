import { describe, expect, it } from 'vitest';
import { planRegistrations } from '../registration-write.js';
import { checkInstitutionRules, type InstitutionFacts } from './institution-rules.js';
import { checkPractitionerRules, type PractitionerFacts } from './practitioner-rules.js';

const collect = () => {
  const found: string[] = [];
  const report = (field: string, code: string, _params?: unknown, index?: number) => {
    found.push(`${field}${index === undefined ? '' : `[${index}]`}:${code}`);
  };
  return { found, report };
};

const institutionFacts: InstitutionFacts = {
  departmentCodes: new Set(['03', '03.01', '04']),
  ws218Codes: new Set(['A100']),
  knownDistricts: new Set(['A', 'B']),
  allowedDistricts: new Set(['A']),
  existingDistricts: new Map([['I-B', 'B']]),
  licenceOwners: new Map([['L-TAKEN', 'I-OTHER']]),
};

const licence = { number: 'L1', validFrom: '2025-01-01', validTo: '2029-12-31', departments: ['03'] };

describe('institution rules', () => {
  it('accepts a record within scope, with known codes and a consistent licence', () => {
    const { found, report } = collect();
    checkInstitutionRules(
      { id: 'I1', districtCode: 'A', ws218Code: 'A100', licence },
      institutionFacts,
      report,
    );
    expect(found).toEqual([]);
  });

  it('reports every broken rule with its field and item', () => {
    const { found, report } = collect();
    checkInstitutionRules(
      {
        id: 'I-B',
        districtCode: 'Z',
        ws218Code: 'X9',
        licence: {
          number: 'L-TAKEN',
          validFrom: '2026-01-01',
          validTo: '2025-01-01',
          departments: ['03', '3', '99'],
        },
      },
      institutionFacts,
      report,
    );
    expect(found).toEqual([
      'districtCode:unknown_district',
      'id:out_of_scope',
      'licence.validTo:date_range',
      'licence.departments[1]:unknown_department',
      'licence.departments[2]:unknown_department',
      'ws218Code:unknown_ws218',
      'licence.number:licence_taken',
    ]);
  });

  it('keeps a writer out of districts outside the scope, and lets an institution keep its own licence', () => {
    const { found, report } = collect();
    checkInstitutionRules(
      { id: 'I-OTHER', districtCode: 'B', ws218Code: null, licence: { ...licence, number: 'L-TAKEN' } },
      institutionFacts,
      report,
    );
    expect(found).toEqual(['districtCode:out_of_scope']);
  });
});

const practitionerFacts: PractitionerFacts = {
  departmentCodes: new Set(['03', '04']),
  allowedDistricts: new Set(['A']),
  institutionDistricts: new Map([
    ['IA', 'A'],
    ['IA2', 'A'],
    ['IB', 'B'],
  ]),
  existingDistricts: new Map(),
  ending: { current: new Set(['IB|multi_site']), today: '2026-05-01' },
};

describe('practitioner rules', () => {
  const check = (registrations: Parameters<typeof checkPractitionerRules>[0]['registrations']) => {
    const { found, report } = collect();
    const district = checkPractitionerRules(
      { id: 'P1', scopes: ['03'], registrations },
      practitionerFacts,
      report,
    );
    return { found, district };
  };

  it('takes the district of the primary institution; multi-site filings may lie elsewhere', () => {
    expect(
      check([
        { institutionId: 'IA', kind: 'primary' },
        { institutionId: 'IB', kind: 'multi_site' },
      ]),
    ).toEqual({ found: [], district: 'A' });
  });

  it('needs exactly one current primary registration and no institution twice', () => {
    expect(check([]).found).toEqual(['registrations:required']);
    expect(
      check([
        { institutionId: 'IA', kind: 'primary' },
        { institutionId: 'IA2', kind: 'primary' },
      ]).found,
    ).toEqual(['registrations:primary_count']);
    expect(
      check([
        { institutionId: 'IA', kind: 'primary' },
        { institutionId: 'IA', kind: 'multi_site' },
        { institutionId: 'NOPE', kind: 'multi_site' },
      ]).found,
    ).toEqual([
      'registrations.institutionId[1]:duplicate_registration',
      'registrations.institutionId[2]:unknown_institution',
    ]);
  });

  it('ends only current registrations, not after today nor before they start', () => {
    const ok = check([
      { institutionId: 'IA', kind: 'primary' },
      { institutionId: 'IB', kind: 'multi_site', validFrom: '2025-01-01', validTo: '2026-05-01' },
    ]);
    expect(ok.found).toEqual([]);
    expect(
      check([
        { institutionId: 'IA', kind: 'primary' },
        { institutionId: 'IB', kind: 'multi_site', validFrom: '2025-01-01', validTo: '2024-01-01' },
        { institutionId: 'IA2', kind: 'multi_site', validFrom: '2025-01-01', validTo: '2027-01-01' },
      ]).found,
    ).toEqual([
      'registrations.validTo[1]:date_range',
      'registrations.validTo[2]:end_in_future',
      'registrations.validTo[2]:end_not_current',
    ]);
  });

  it('refuses a primary registration outside the writer’s districts', () => {
    expect(check([{ institutionId: 'IB', kind: 'primary' }]).found).toEqual([
      'registrations.institutionId[0]:out_of_scope',
    ]);
  });
});

describe('registration changes', () => {
  const current = [
    { id: 1, institutionId: 'IA', kind: 'primary' as const, validFrom: '2024-01-01', validTo: null },
    { id: 2, institutionId: 'IB', kind: 'multi_site' as const, validFrom: '2025-01-01', validTo: null },
    { id: 3, institutionId: 'IC', kind: 'multi_site' as const, validFrom: '2026-09-01', validTo: null },
  ];

  it('ends what is left out today (or on its start when not begun), corrects dates, adds the new', () => {
    const plan = planRegistrations(
      current,
      [
        { institutionId: 'IA', kind: 'primary', validFrom: '2024-02-01' },
        { institutionId: 'IB', kind: 'multi_site', validFrom: '2025-01-01', validTo: '2026-04-30' },
        { institutionId: 'ID', kind: 'multi_site', validFrom: '2026-05-01' },
      ],
      '2026-05-01',
    );
    expect(plan.end).toEqual([
      { id: 3, validFrom: '2026-09-01', validTo: '2026-09-01' },
      { id: 2, validFrom: '2025-01-01', validTo: '2026-04-30' },
    ]);
    expect(plan.redate).toEqual([{ ...current[0], validFrom: '2024-02-01' }]);
    expect(plan.add).toEqual([{ institutionId: 'ID', kind: 'multi_site', validFrom: '2026-05-01' }]);
  });

  it('changes nothing when the current registrations are sent back', () => {
    const plan = planRegistrations(current, current, '2026-05-01');
    expect(plan).toEqual({ end: [], redate: [], add: [] });
  });
});
