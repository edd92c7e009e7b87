import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/errors';
import { toFieldPath, toFormErrors } from './form-errors';

const error = (details: { field: string | null; message: string }[], message = '提交的数据有问题') =>
  new ApiError({
    status: 400,
    code: 'VALIDATION_FAILED',
    message,
    details: details.map((d) => ({ ...d, code: 'x' })),
  });

describe('server field names as form paths', () => {
  it('reads dotted, bracketed and zod-style paths', () => {
    expect(toFieldPath('licence.validTo')).toEqual(['licence', 'validTo']);
    expect(toFieldPath('registrations[1].institutionId')).toEqual(['registrations', 1, 'institutionId']);
    expect(toFieldPath('registrations.0.kind')).toEqual(['registrations', 0, 'kind']);
    expect(toFieldPath('districtCode')).toEqual(['districtCode']);
  });

  it('drops the item index of lists edited as one control', () => {
    const collapse = ['licence.departments', 'scopes'];
    expect(toFieldPath('licence.departments[3]', collapse)).toEqual(['licence', 'departments']);
    expect(toFieldPath('scopes.1', collapse)).toEqual(['scopes']);
    expect(toFieldPath('registrations[2].validTo', collapse)).toEqual(['registrations', 2, 'validTo']);
  });
});

describe('placing a server error on a form', () => {
  const shown = (path: (string | number)[]) => path[0] !== 'version';

  it('puts each problem on its field, merging messages of one field', () => {
    const placed = toFormErrors(
      error([
        { field: 'licence.departments[1]', message: '代码 99 不在名录中' },
        { field: 'licence.departments[2]', message: '代码 98 不在名录中' },
        { field: 'licence.validTo', message: '有效期止不能早于有效期起' },
      ]),
      shown,
      ['licence.departments'],
    );
    expect(placed.fields).toEqual([
      { name: ['licence', 'departments'], errors: ['代码 99 不在名录中', '代码 98 不在名录中'] },
      { name: ['licence', 'validTo'], errors: ['有效期止不能早于有效期起'] },
    ]);
    expect(placed.other).toEqual([]);
  });

  it('keeps problems of fields the form does not show, and errors without details, as general messages', () => {
    expect(toFormErrors(error([{ field: 'version', message: '已被他人修改' }]), shown).other).toEqual([
      '已被他人修改',
    ]);
    expect(toFormErrors(error([], '未找到所请求的记录'), shown)).toEqual({
      fields: [],
      other: ['未找到所请求的记录'],
    });
  });
});
