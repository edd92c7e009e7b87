/**
 * The rows of an uploaded batch, checked: every problem of every row is reported with its row,
 * column and value (the batch is all or nothing). Pure: parsed cells in, records and problems out.
 * CSV cells come from the registry's RFC 4180 reader; NDJSON lines are parsed here.
 */
import { dateNumber, ITEM_TYPES } from './facts.js';

export const BATCH_COLUMNS = [
  'id',
  'institution_id',
  'practitioner_id',
  'department_code',
  'service_date',
  'patient_ref',
  'item_type',
  'item_code',
  'quantity',
  'unit_price',
] as const;
export type BatchColumn = (typeof BATCH_COLUMNS)[number];

export interface BatchRecord {
  row: number;
  id: string;
  institutionId: string;
  practitionerId: string;
  departmentCode: string;
  serviceDate: string;
  patientRef: string;
  itemType: (typeof ITEM_TYPES)[number];
  itemCode: string;
  quantity: number;
  unitPrice: number;
}

export type ProblemCode =
  | 'required'
  | 'invalid_date'
  | 'invalid_number'
  | 'negative'
  | 'invalid_item_type'
  | 'not_pseudonymous'
  | 'duplicate_id'
  | 'out_of_scope'
  | 'invalid_json'
  | 'missing_column'
  | 'too_long'
  | 'empty_batch';

export interface BatchProblem {
  row: number;
  column: string;
  value: string;
  code: ProblemCode;
  messageZh: string;
  messageEn: string;
}

const MESSAGES: Record<ProblemCode, [string, string]> = {
  required: ['必填', 'required'],
  invalid_date: ['不是有效日期（YYYY-MM-DD）', 'not a date YYYY-MM-DD'],
  invalid_number: ['不是数字', 'not a number'],
  negative: ['不能为负数', 'must not be negative'],
  invalid_item_type: ['须为 drug、procedure 或 consumable', 'must be drug, procedure or consumable'],
  not_pseudonymous: [
    '患者标识疑似身份证号、手机号或姓名，请改用假名化标识',
    'looks like an ID card number, a mobile number or a name: send a pseudonymous reference',
  ],
  duplicate_id: ['记录编号在本批次中重复', 'record id appears twice in the batch'],
  out_of_scope: [
    '机构不属于您的辖区，不能代其上传',
    'institution outside your jurisdiction: you cannot upload its records',
  ],
  invalid_json: ['不是一个 JSON 对象', 'not a JSON object'],
  missing_column: ['缺少必需的列', 'required column missing'],
  too_long: ['超过 100 个字符', 'longer than 100 characters'],
  empty_batch: ['文件中没有记录', 'the file holds no records'],
};

export function problem(row: number, column: string, value: string, code: ProblemCode): BatchProblem {
  const [messageZh, messageEn] = MESSAGES[code];
  return { row, column, value: value.slice(0, 200), code, messageZh, messageEn };
}

/** A resident ID number (18 or 15 digits), a mainland mobile number, or Chinese characters. */
export function looksIdentifying(ref: string): boolean {
  const compact = ref.replace(/[\s-]/g, '');
  return (
    /^\d{17}[\dXx]$/.test(compact) ||
    /^\d{15}$/.test(compact) ||
    /^(\+?86)?1[3-9]\d{9}$/.test(compact) ||
    /[\u4e00-\u9fff]/.test(ref)
  );
}

const TEXT_MAX = 100;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** One row's cells (by column) checked into a record, or its problems. */
export function checkRow(
  row: number,
  cells: Partial<Record<BatchColumn, string>>,
  problems: BatchProblem[],
): BatchRecord | null {
  const before = problems.length;
  const text = (column: BatchColumn) => {
    const value = (cells[column] ?? '').trim();
    if (!value) problems.push(problem(row, column, value, 'required'));
    else if (value.length > TEXT_MAX) problems.push(problem(row, column, value, 'too_long'));
    return value;
  };
  const amount = (column: BatchColumn) => {
    const value = (cells[column] ?? '').trim();
    if (!value) problems.push(problem(row, column, value, 'required'));
    else if (!NUMBER.test(value)) problems.push(problem(row, column, value, 'invalid_number'));
    else if (Number(value) < 0) problems.push(problem(row, column, value, 'negative'));
    return Number(value);
  };
  const id = text('id');
  const institutionId = text('institution_id');
  const practitionerId = text('practitioner_id');
  const departmentCode = text('department_code');
  const serviceDate = text('service_date');
  if (serviceDate && dateNumber(serviceDate) < 0)
    problems.push(problem(row, 'service_date', serviceDate, 'invalid_date'));
  const patientRef = text('patient_ref');
  if (patientRef && looksIdentifying(patientRef))
    problems.push(problem(row, 'patient_ref', '', 'not_pseudonymous'));
  const itemType = (cells.item_type ?? '').trim();
  if (!itemType) problems.push(problem(row, 'item_type', '', 'required'));
  else if (!(ITEM_TYPES as readonly string[]).includes(itemType))
    problems.push(problem(row, 'item_type', itemType, 'invalid_item_type'));
  const itemCode = text('item_code');
  const quantity = amount('quantity');
  const unitPrice = amount('unit_price');
  if (problems.length > before) return null;
  return {
    row,
    id,
    institutionId,
    practitionerId,
    departmentCode,
    serviceDate,
    patientRef,
    itemType: itemType as BatchRecord['itemType'],
    itemCode,
    quantity,
    unitPrice,
  };
}

export interface CheckedBatch {
  records: BatchRecord[];
  problems: BatchProblem[];
  /** Rows read (records with or without problems). */
  rows: number;
}

/** Checks every row and the uniqueness of record ids. */
export function checkRows(
  rows: { row: number; cells: Partial<Record<BatchColumn, string>> }[],
): CheckedBatch {
  const problems: BatchProblem[] = [];
  const records: BatchRecord[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const record = checkRow(row, cells, problems);
    const id = (cells.id ?? '').trim();
    if (id) {
      if (seen.has(id)) problems.push(problem(row, 'id', id, 'duplicate_id'));
      else seen.set(id, row);
    }
    if (record) records.push(record);
  }
  if (!rows.length) problems.push(problem(1, '', '', 'empty_batch'));
  return { records, problems, rows: rows.length };
}

/** NDJSON lines → cells by column (numbers as text); a line that is no JSON object is a problem. */
export function ndjsonRows(text: string, problems: BatchProblem[]) {
  const rows: { row: number; cells: Partial<Record<BatchColumn, string>> }[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, at) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = null;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      problems.push(problem(at + 1, '', line, 'invalid_json'));
      return;
    }
    const object = parsed as Record<string, unknown>;
    const cells: Partial<Record<BatchColumn, string>> = {};
    for (const column of BATCH_COLUMNS) {
      const value = object[column];
      if (typeof value === 'string' || typeof value === 'number') cells[column] = String(value);
    }
    rows.push({ row: at + 1, cells });
  });
  return rows;
}
