import { describe, expect, it } from 'vitest';
import { diffSnapshots, formatValue } from '../modules/identity/audit/audit-diff';
import { sortOrderFor, sortParamFor } from '../modules/identity/users/user-sort';
import { passwordLooksValid } from '../modules/account/password-rule';
import { groupByJurisdiction } from '../portal/group-by-jurisdiction';
import type { Jurisdiction, PublicDepartment } from './api/types';
import { loginPathFor, safeNext } from './auth/next';
import { formatDateTime, internalPath, isLocked } from './format';

describe('formatDateTime', () => {
  it('shows instants in Asia/Shanghai', () => {
    expect(formatDateTime('2026-01-01T16:30:05Z')).toBe('2026-01-02 00:30:05');
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('detects locks in the future only', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(isLocked('2026-01-01T00:10:00Z', now)).toBe(true);
    expect(isLocked('2025-12-31T23:50:00Z', now)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });

  it('follows only same-app links', () => {
    expect(internalPath('/admin/users')).toBe('/admin/users');
    expect(internalPath('//evil.example')).toBeNull();
    expect(internalPath('https://evil.example')).toBeNull();
    expect(internalPath(null)).toBeNull();
  });
});

describe('post-login destination', () => {
  it('accepts only relative in-app paths', () => {
    expect(safeNext('/admin/users?page=2')).toBe('/admin/users?page=2');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/login')).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(loginPathFor('/admin/audit')).toBe('/login?next=%2Fadmin%2Faudit');
    expect(loginPathFor('/')).toBe('/login');
  });
});

describe('user sorting', () => {
  it('round-trips the supported sort parameters', () => {
    expect(sortParamFor('createdAt', 'descend')).toBe('-createdAt');
    expect(sortParamFor('username', 'ascend')).toBe('username');
    expect(sortParamFor('username', null)).toBeNull();
    expect(sortOrderFor('', 'username')).toBe('ascend');
    expect(sortOrderFor('-lastLoginAt', 'lastLoginAt')).toBe('descend');
    expect(sortOrderFor('-lastLoginAt', 'username')).toBeNull();
  });
});

describe('password rule mirror', () => {
  it('requires 10 characters with letters and digits', () => {
    expect(passwordLooksValid('abcdefgh12')).toBe(true);
    expect(passwordLooksValid('abcdefgh1')).toBe(false);
    expect(passwordLooksValid('abcdefghij')).toBe(false);
    expect(passwordLooksValid('1234567890')).toBe(false);
  });
});

describe('diffSnapshots', () => {
  it('lists added, removed and changed fields', () => {
    expect(diffSnapshots({ a: 1, b: [1], c: 'x' }, { a: 2, b: [1], d: true })).toEqual([
      { key: 'a', kind: 'changed', before: 1, after: 2 },
      { key: 'c', kind: 'removed', before: 'x', after: undefined },
      { key: 'd', kind: 'added', before: undefined, after: true },
    ]);
  });

  it('handles creation, deletion and scalar snapshots', () => {
    expect(diffSnapshots(null, { a: 1 })).toEqual([{ key: 'a', kind: 'added', before: undefined, after: 1 }]);
    expect(diffSnapshots({ a: 1 }, null)).toEqual([
      { key: 'a', kind: 'removed', before: 1, after: undefined },
    ]);
    expect(diffSnapshots(null, null)).toEqual([]);
    expect(diffSnapshots('x', 'y')).toEqual([{ key: '(value)', kind: 'changed', before: 'x', after: 'y' }]);
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
    expect(formatValue(undefined)).toBe('');
  });
});

describe('groupByJurisdiction', () => {
  const j = (code: string, level: 'city' | 'district'): Jurisdiction => ({
    code,
    name: code,
    nameEn: code,
    level,
    parentCode: level === 'city' ? null : '310000',
  });
  const d = (id: string, code: string): PublicDepartment => ({
    id,
    name: id,
    nameEn: id,
    kind: 'court',
    jurisdictionCode: code,
    jurisdictionName: code,
    jurisdictionNameEn: code,
  });

  it('orders the city first, then districts by code, dropping empty groups', () => {
    const groups = groupByJurisdiction(
      [j('310104', 'district'), j('310101', 'district'), j('310000', 'city'), j('310105', 'district')],
      [d('a', '310104'), d('b', '310000'), d('c', '310101'), d('e', '310104'), d('x', '999999')],
    );
    expect(groups.map((g) => [g.code, g.departments.map((x) => x.id)])).toEqual([
      ['310000', ['b']],
      ['310101', ['c']],
      ['310104', ['a', 'e']],
      ['999999', ['x']],
    ]);
  });
});
