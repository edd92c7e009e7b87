import { describe, expect, it } from 'vitest';
import { en } from './en';
import { hasKey, interpolate, pickName, readStoredLang, translate } from './translate';
import { zhCN } from './zh-CN';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have no empty messages', () => {
    for (const dict of [zhCN, en]) {
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('name every role and department kind of the contract', () => {
    for (const role of [
      'admin',
      'inspector',
      'legal_reviewer',
      'leader',
      'liaison',
      'institution_user',
      'auditor',
    ]) {
      expect(hasKey(`roleName.${role}`), role).toBe(true);
    }
    expect(Object.keys(zhCN).filter((k) => k.startsWith('kind.'))).toHaveLength(10);
  });
});

describe('translate', () => {
  it('interpolates parameters and keeps unknown placeholders', () => {
    expect(translate('zh-CN', 'common.total', { total: 3 })).toBe('共 3 条');
    expect(translate('en', 'common.total', { total: 3 })).toBe('3 in total');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('picks the localised name with a Chinese fallback', () => {
    expect(pickName('en', '黄浦区', 'Huangpu District')).toBe('Huangpu District');
    expect(pickName('zh-CN', '黄浦区', 'Huangpu District')).toBe('黄浦区');
    expect(pickName('en', '黄浦区', '')).toBe('黄浦区');
  });

  it('reads the stored language, defaulting to zh-CN', () => {
    expect(readStoredLang({ getItem: () => 'en' })).toBe('en');
    expect(readStoredLang({ getItem: () => 'fr' })).toBe('zh-CN');
    expect(readStoredLang({ getItem: () => null })).toBe('zh-CN');
    expect(
      readStoredLang({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('zh-CN');
    expect(readStoredLang(undefined)).toBe('zh-CN');
  });
});
