import { describe, expect, it } from 'vitest';
import {
  checkClinicFiling,
  checkTechnologyFiling,
  checkValidationDecision,
  checkWithdrawal,
  type InstitutionFacts,
} from './filing-checks.js';
import { filingProblemMessage } from './filing-problems.js';
import { periodFrom } from './verification.js';

const TODAY = '2025-06-15';
const hospital: InstitutionFacts = {
  category: 'general_hospital',
  isTcm: false,
  districtCode: '310101',
  status: 'active',
  licensedDepartments: ['03', '04.06', '28'],
};
const clinic: InstitutionFacts = { ...hospital, category: 'clinic', licensedDepartments: ['03'] };
const known = {
  technologies: new Set(['RT2022-09', 'RT2022-11']),
  departments: new Set(['03', '03.04', '04', '04.06', '05', '28']),
};
const fields = (problems: { field: string; code: string }[]) => problems.map((p) => `${p.field}:${p.code}`);

describe('restricted-technology filing', () => {
  it('accepts a listed technology under a department the licence covers, down the hierarchy', () => {
    const input = { technologyCode: 'RT2022-11', departmentCode: '03.04', filedOn: TODAY };
    expect(checkTechnologyFiling(input, hospital, known, TODAY)).toEqual([]);
  });

  it('reports every problem at once: unknown technology, unlicensed department, future date', () => {
    const input = { technologyCode: 'RT2018-99', departmentCode: '04', filedOn: '2025-06-16' };
    expect(fields(checkTechnologyFiling(input, hospital, known, TODAY))).toEqual([
      'technologyCode:unknown_technology',
      'departmentCode:department_not_licensed',
      'filedOn:future_date',
    ]);
  });

  it('refuses a department outside the code list, an institution without licence, and a second standing filing', () => {
    const input = { technologyCode: 'RT2022-09', departmentCode: '99', filedOn: TODAY };
    expect(fields(checkTechnologyFiling(input, hospital, known, TODAY))).toEqual([
      'departmentCode:unknown_department',
    ]);
    const unlicensed = { ...hospital, licensedDepartments: null };
    expect(
      fields(checkTechnologyFiling({ ...input, departmentCode: '04.06' }, unlicensed, known, TODAY)),
    ).toEqual(['departmentCode:no_licence']);
    expect(
      fields(
        checkTechnologyFiling(
          { ...input, departmentCode: '04.06' },
          hospital,
          { ...known, standingNumber: 'X1' },
          TODAY,
        ),
      ),
    ).toEqual(['technologyCode:already_filed']);
  });

  it('withdraws only on or after the filing date, not in the future, with a reason', () => {
    expect(
      checkWithdrawal({ filedOn: '2024-01-01' }, { withdrawnOn: '2024-01-01', reason: '设备停用' }, TODAY),
    ).toEqual([]);
    expect(
      fields(checkWithdrawal({ filedOn: '2024-01-01' }, { withdrawnOn: '2023-12-31', reason: ' ' }, TODAY)),
    ).toEqual(['reason:reason_required', 'withdrawnOn:before_filed_on']);
  });
});

describe('clinic filing', () => {
  const filing = { filingNumber: 'A1', filedOn: '2024-05-01', departments: ['03'], status: 'filed' as const };
  const all = new Set(['03', '05']);

  it('is for clinics only, with their own district, since 2023 (2017 for TCM clinics)', () => {
    expect(checkClinicFiling(filing, clinic, all, TODAY)).toEqual([]);
    expect(fields(checkClinicFiling(filing, hospital, all, TODAY))).toEqual(['institution:not_a_clinic']);
    expect(
      fields(
        checkClinicFiling({ ...filing, filedOn: '2022-12-31', authorityCode: '310104' }, clinic, all, TODAY),
      ),
    ).toEqual(['authorityCode:authority_mismatch', 'filedOn:before_regime']);
    expect(
      checkClinicFiling({ ...filing, filedOn: '2018-01-01' }, { ...clinic, isTcm: true }, all, TODAY),
    ).toEqual([]);
  });

  it('names each bad department by its position, and needs date and reason only when withdrawn', () => {
    const bad = { ...filing, departments: ['03', '99', '03'], withdrawnOn: '2025-01-01' };
    expect(fields(checkClinicFiling(bad, clinic, all, TODAY))).toEqual([
      'departments.1:unknown_department',
      'departments.2:duplicate_department',
      'withdrawnOn:withdrawal_only',
    ]);
    expect(fields(checkClinicFiling({ ...filing, status: 'withdrawn' }, clinic, all, TODAY))).toEqual([
      'withdrawnOn:required',
      'reason:reason_required',
    ]);
  });

  it('explains a wrong category by its label in both languages', () => {
    const [problem] = checkClinicFiling(filing, hospital, all, TODAY);
    expect(problem && filingProblemMessage(problem, 'zh-CN')).toContain('综合医院');
    expect(problem && filingProblemMessage(problem, 'en')).toContain('General hospital');
  });
});

describe('validation result', () => {
  const open = periodFrom('2024-07-01', 1);
  const decision = { result: 'passed' as const, decidedOn: '2025-06-01', decidedBy: '黄浦区卫生健康委员会' };

  it('applies to the open period, or needs a period start when there is none', () => {
    expect(checkValidationDecision(decision, open, hospital, TODAY)).toEqual([]);
    expect(
      fields(checkValidationDecision({ ...decision, periodStart: '2023-07-01' }, open, hospital, TODAY)),
    ).toEqual(['periodStart:period_open']);
    expect(fields(checkValidationDecision(decision, null, hospital, TODAY))).toEqual([
      'periodStart:required',
    ]);
  });

  it('is decided within the period start and today; 暂缓校验 needs a reason, 校验合格 takes none', () => {
    expect(
      fields(
        checkValidationDecision({ ...decision, decidedOn: '2024-06-30', reason: 'x' }, open, hospital, TODAY),
      ),
    ).toEqual(['decidedOn:before_period_start', 'reason:reason_not_allowed']);
    expect(
      fields(
        checkValidationDecision(
          { ...decision, result: 'deferred', decidedOn: '2025-06-16' },
          open,
          hospital,
          TODAY,
        ),
      ),
    ).toEqual(['decidedOn:future_date', 'reason:reason_required']);
  });

  it('refuses a revoked institution', () => {
    expect(
      fields(checkValidationDecision(decision, open, { ...hospital, status: 'revoked' }, TODAY)),
    ).toEqual(['institution:institution_revoked']);
  });
});
