import { describe, expect, it } from 'vitest';
import { buildQuery } from './client';
import { ApiError, errorMessage, parseApiError, toFieldErrors } from './errors';

const validation = {
  error: {
    code: 'VALIDATION_FAILED',
    message: '提交的数据有 2 处问题',
    field: 'username',
    details: [
      { field: 'username', code: 'invalid_format', message: '格式不正确' },
      { field: 'roles.0', code: 'invalid_value', message: '角色无效' },
      { field: 'unknownField', code: 'x', message: '未知' },
    ],
  },
  requestId: 'req-1',
};

describe('parseApiError', () => {
  it('reads the contract error shape', () => {
    const err = parseApiError(422, validation, 'fallback');
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(err.message).toBe('提交的数据有 2 处问题');
    expect(err.field).toBe('username');
    expect(err.details).toHaveLength(3);
    expect(err.requestId).toBe('req-1');
    expect(err.status).toBe(422);
  });

  it('falls back for malformed bodies', () => {
    expect(parseApiError(502, null, 'Bad gateway').message).toBe('Bad gateway');
    expect(parseApiError(502, null, 'x').code).toBe('INTERNAL');
    expect(parseApiError(401, '<html>', 'x').code).toBe('UNAUTHENTICATED');
    expect(parseApiError(404, { error: { message: 42 } }, 'x').message).toBe('x');
  });
});

describe('toFieldErrors', () => {
  const err = parseApiError(400, validation, 'x');

  it('maps details onto form fields, using the top-level segment of nested paths', () => {
    expect(toFieldErrors(err)).toEqual([
      { name: 'username', errors: ['格式不正确'] },
      { name: 'roles', errors: ['角色无效'] },
      { name: 'unknownField', errors: ['未知'] },
    ]);
  });

  it('keeps only the fields the form knows', () => {
    expect(toFieldErrors(err, ['username', 'displayName']).map((f) => f.name)).toEqual(['username']);
  });

  it('uses the top-level field when there are no details', () => {
    const single = parseApiError(
      409,
      { error: { code: 'CONFLICT', message: '用户名已存在', field: 'username' } },
      'x',
    );
    expect(toFieldErrors(single, ['username'])).toEqual([{ name: 'username', errors: ['用户名已存在'] }]);
  });

  it('returns nothing for errors without fields or non-API errors', () => {
    expect(toFieldErrors(parseApiError(403, { error: { code: 'FORBIDDEN', message: 'no' } }, 'x'))).toEqual(
      [],
    );
    expect(toFieldErrors(new Error('boom'))).toEqual([]);
  });
});

describe('errorMessage', () => {
  it('prefers the API message, then the error message, then the fallback', () => {
    expect(
      errorMessage(
        parseApiError(423, { error: { code: 'ACCOUNT_LOCKED', message: '账号已锁定' } }, 'x'),
        'f',
      ),
    ).toBe('账号已锁定');
    expect(errorMessage(new Error('boom'), 'f')).toBe('boom');
    expect(errorMessage('weird', 'f')).toBe('f');
  });
});

describe('buildQuery', () => {
  it('drops empty values and encodes the rest', () => {
    expect(buildQuery({ q: '黄浦 区', page: 2, active: false, role: '', x: undefined, y: null })).toBe(
      `?q=${encodeURIComponent('黄浦 区').replace(/%20/g, '+')}&page=2&active=false`,
    );
    expect(buildQuery({})).toBe('');
    expect(buildQuery(undefined)).toBe('');
  });
});
