import { describe, expect, it } from 'vitest';
import { batchIdIn } from './upload-errors';

const ID = '0b9d2c1e-5f3a-4c2b-9e8d-7a6b5c4d3e2f';

describe('batchIdIn', () => {
  it('finds the earlier batch named by a duplicate_batch refusal', () => {
    expect(
      batchIdIn({
        code: 'CONFLICT',
        message: '该文件已筛查过',
        details: [
          { field: 'file', code: 'duplicate_batch', message: `同一文件已在批次 ${ID.toUpperCase()} 中筛查` },
        ],
      }),
    ).toBe(ID);
  });

  it('is null for other errors', () => {
    expect(
      batchIdIn({
        code: 'VALIDATION_FAILED',
        message: ID,
        details: [{ field: 'file', code: 'no_file', message: ID }],
      }),
    ).toBeNull();
    expect(batchIdIn({ code: 'CONFLICT', message: 'no id', details: [] })).toBeNull();
  });
});
