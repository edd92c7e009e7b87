import { describe, expect, it } from 'vitest';
import { suggestClueTitle } from './clue-title';

const rules = new Map([
  ['DEPT_NOT_LICENSED', { title: '超出登记诊疗科目', titleEn: 'Department not licensed' }],
  ['NOT_REGISTERED_HERE', { title: '未在本机构注册或备案执业', titleEn: 'Not registered here' }],
]);
const w = (ruleCode: string, institutionId = 'H1', institutionName: string | null = '黄浦医院') => ({
  ruleCode,
  institutionId,
  institutionName,
});

describe('suggestClueTitle', () => {
  it('names the institution and the distinct rules', () => {
    expect(
      suggestClueTitle(
        [w('DEPT_NOT_LICENSED'), w('NOT_REGISTERED_HERE'), w('DEPT_NOT_LICENSED')],
        rules,
        'zh-CN',
      ),
    ).toBe('黄浦医院：超出登记诊疗科目、未在本机构注册或备案执业');
    expect(suggestClueTitle([w('DEPT_NOT_LICENSED')], rules, 'en')).toBe('黄浦医院: Department not licensed');
  });

  it('leaves the institution out when there are several, falls back to ids and codes', () => {
    expect(suggestClueTitle([w('DEPT_NOT_LICENSED', 'H1'), w('X', 'H2')], rules, 'zh-CN')).toBe(
      '超出登记诊疗科目、X',
    );
    expect(suggestClueTitle([w('X', 'H9', null)], rules, 'zh-CN')).toBe('H9：X');
    expect(suggestClueTitle([], rules, 'zh-CN')).toBe('');
  });

  it('stays within 200 characters', () => {
    expect([...suggestClueTitle([w('R'.repeat(300))], rules, 'zh-CN')].length).toBe(200);
  });
});
