import { describe, expect, it } from 'vitest';
import { codeListDiff, isRegistrationList, registrationText } from './change-values';

describe('timeline values of lists', () => {
  const regs = [
    {
      institutionId: 'A',
      institutionName: '甲医院',
      kind: 'primary',
      validFrom: '2024-03-01',
      validTo: null,
    },
    {
      institutionId: 'B',
      institutionName: '乙医院',
      kind: 'multi_site',
      validFrom: '2025-01-01',
      validTo: '2026-05-01',
    },
  ];

  it('reads registrations in words, with their period, in both languages', () => {
    expect(isRegistrationList(regs)).toBe(true);
    expect(isRegistrationList(['A', 'B'])).toBe(false);
    expect(registrationText('zh-CN', regs)).toBe(
      '甲医院（主要执业机构，2024-03-01 起）；乙医院（多点执业，2025-01-01 ~ 2026-05-01）',
    );
    expect(registrationText('en', regs)).toBe(
      '甲医院 (Primary, from 2024-03-01); 乙医院 (Multi-site, 2025-01-01 ~ 2026-05-01)',
    );
  });

  it('lists what a change of codes added and removed', () => {
    expect(codeListDiff(['03', '03.01'], ['03', '04'])).toEqual({ added: ['04'], removed: ['03.01'] });
    expect(codeListDiff(null, ['03'])).toBeNull();
    expect(codeListDiff('x', ['03'])).toBeNull();
  });
});
