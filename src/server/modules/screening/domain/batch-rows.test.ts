import { describe, expect, it } from 'vitest';
import { type BatchProblem, checkRows, looksIdentifying, ndjsonRows } from './batch-rows.js';

const good = {
  id: 'r1',
  institution_id: 'I1',
  practitioner_id: 'P1',
  department_code: '03.01',
  service_date: '2025-02-28',
  patient_ref: 'PX-8f3a',
  item_type: 'drug',
  item_code: 'D1',
  quantity: '2',
  unit_price: '12.50',
};

describe('a batch row', () => {
  it('becomes a record with numbers', () => {
    const { records, problems } = checkRows([{ row: 2, cells: good }]);
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({ row: 2, id: 'r1', quantity: 2, unitPrice: 12.5, itemType: 'drug' });
  });

  it.each([
    ['service_date', '2025-02-29', 'invalid_date'],
    ['service_date', '', 'required'],
    ['item_type', 'pill', 'invalid_item_type'],
    ['quantity', '1,5', 'invalid_number'],
    ['unit_price', '-3', 'negative'],
    ['patient_ref', '11010519491231002X', 'not_pseudonymous'],
    ['patient_ref', '13812345678', 'not_pseudonymous'],
    ['patient_ref', '张三', 'not_pseudonymous'],
    ['item_code', 'x'.repeat(101), 'too_long'],
  ])('%s = %j is refused as %s', (column, value, code) => {
    const { records, problems } = checkRows([{ row: 5, cells: { ...good, [column]: value } }]);
    expect(records).toEqual([]);
    expect(problems).toMatchObject([{ row: 5, column, code }]);
  });

  it('reports a record id given twice, on the later row', () => {
    const { problems } = checkRows([
      { row: 2, cells: good },
      { row: 3, cells: good },
    ]);
    expect(problems).toMatchObject([{ row: 3, column: 'id', code: 'duplicate_id' }]);
  });

  it('reports an empty batch', () => {
    expect(checkRows([]).problems).toMatchObject([{ code: 'empty_batch' }]);
  });
});

describe('pseudonymous patient references', () => {
  it.each(['PX-8f3a', 'a1b2c3d4e5', '2025-000123', 'hash:9f86d081884c7d65'])('%s passes', (ref) => {
    expect(looksIdentifying(ref)).toBe(false);
  });
});

describe('NDJSON', () => {
  it('reads numbers and strings by column, numbering rows by line, and names a line that is not an object', () => {
    const problems: BatchProblem[] = [];
    const rows = ndjsonRows(`${JSON.stringify({ ...good, quantity: 2 })}\n\n[1,2]\nnot json\n`, problems);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.cells.quantity).toBe('2');
    expect(problems.map((p) => `${p.row}:${p.code}`)).toEqual(['3:invalid_json', '4:invalid_json']);
  });
});
