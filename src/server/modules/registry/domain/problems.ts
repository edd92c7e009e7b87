/** One rejected cell of an import: which file, row (the header is row 1), column and why. */
export interface ImportProblem {
  file: string;
  row: number;
  column: string;
  /** Same as `column`: the platform's error details name a field. */
  field: string;
  /** What the cell held (trimmed; empty when blank or when the column is missing). */
  value: string;
  code: string;
  /** What fills the message's placeholders: the message can be rendered again in either language. */
  params: Record<string, string | number>;
  message: string;
}

export type Lang = 'zh-CN' | 'en';

const MESSAGES: Record<string, Record<Lang, string>> = {
  required: { 'zh-CN': '必填。', en: 'Required.' },
  missing_column: { 'zh-CN': '缺少必需的列 {column}。', en: 'Required column {column} is missing.' },
  unreadable_file: {
    'zh-CN': '文件无法读取：不是有效的 CSV 或 Excel（.xlsx）文件。',
    en: 'The file cannot be read: it is not a valid CSV or Excel (.xlsx) file.',
  },
  invalid_value: {
    'zh-CN': '取值 “{value}” 无效，可选值：{options}。',
    en: 'Invalid value “{value}”; allowed: {options}.',
  },
  invalid_date: {
    'zh-CN': '日期 “{value}” 无效，应为 YYYY-MM-DD。',
    en: 'Invalid date “{value}”; use YYYY-MM-DD.',
  },
  invalid_number: { 'zh-CN': '数值 “{value}” 无效。', en: 'Invalid number “{value}”.' },
  date_range: {
    'zh-CN': '有效期止不能早于有效期起。',
    en: 'The end date must not be before the start date.',
  },
  duplicate_id: {
    'zh-CN': '编码 {value} 在文件中重复（第 {first} 行）。',
    en: 'Id {value} repeats row {first}.',
  },
  unknown_department: {
    'zh-CN': '诊疗科目代码 {value} 不在《医疗机构诊疗科目名录》中。',
    en: 'Department code {value} is not in the 诊疗科目 list.',
  },
  unknown_district: {
    'zh-CN': '区划代码 {value} 不是本市的区（GB/T 2260）。',
    en: 'District code {value} is not a district of this city (GB/T 2260).',
  },
  unknown_ws218: {
    'zh-CN': '机构类别代码 {value} 不在 WS 218 代码表中。',
    en: 'WS 218 code {value} is unknown.',
  },
  out_of_scope: { 'zh-CN': '{value} 不在您的管辖范围内。', en: '{value} is outside your jurisdiction.' },
  licence_taken: {
    'zh-CN': '许可证号 {value} 已属于机构 {owner}。',
    en: 'Licence number {value} already belongs to institution {owner}.',
  },
  unknown_institution: {
    'zh-CN': '执业机构 {value} 既不在文件中，也不在机构库中。',
    en: 'Institution {value} is neither in the file nor in the registry.',
  },
  duplicate_registration: {
    'zh-CN': '执业机构 {value} 重复登记：同一机构只能有一项当前的执业注册。',
    en: 'Institution {value} is listed twice: one current registration per institution.',
  },
  primary_count: {
    'zh-CN': '须有且只有一个当前的主要执业机构（现有 {count} 个）。',
    en: 'There must be exactly one current primary registration (found {count}).',
  },
  end_in_future: {
    'zh-CN': '截止日期不能晚于今天（{today}）：填写截止日期即终止该执业注册。',
    en: 'The end date cannot be after today ({today}): an end date ends the registration.',
  },
  end_not_current: {
    'zh-CN': '执业机构 {value} 没有可终止的当前执业注册。',
    en: 'There is no current registration at institution {value} to end.',
  },
  licence_in_use: {
    'zh-CN': '许可证号 {value} 已被其他机构使用。',
    en: 'Licence number {value} is already used by another institution.',
  },
  stale_version: {
    'zh-CN': '该记录已被他人修改（{at}），请重新打开后再编辑；您的修改未保存。',
    en: 'This record was changed by someone else ({at}); reopen it and edit again. Your changes were not saved.',
  },
};

/** True for the codes of the interchange checks (FHIR reading has codes of its own). */
export const isProblemCode = (code: string) => Object.hasOwn(MESSAGES, code);

/** The message of a problem code in one language; params fill `{name}` placeholders. */
export function problemMessage(lang: Lang, code: string, params: Record<string, string | number> = {}) {
  const template = (MESSAGES[code] ?? MESSAGES.invalid_value)?.[lang] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

/** A localised problem. */
export function importProblem(
  lang: Lang,
  at: { file: string; row: number; column: string; value?: string },
  code: string,
  params: Record<string, string | number> = {},
): ImportProblem {
  const { value = '', ...where } = at;
  return { ...where, field: at.column, value, code, params, message: problemMessage(lang, code, params) };
}

/** Collects problems for one row of one file; `raw` gives the value of the cell named. */
export function rowReporter(
  lang: Lang,
  file: string,
  row: number,
  problems: ImportProblem[],
  raw?: Readonly<Record<string, string | undefined>>,
) {
  return (column: string, code: string, params: Record<string, string | number> = {}) => {
    const value = (raw?.[column] ?? '').trim().slice(0, 500);
    problems.push(importProblem(lang, { file, row, column, value }, code, params));
  };
}

export type Report = ReturnType<typeof rowReporter>;

export const isIsoDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** A required enumeration value; reports and returns null when absent or not allowed. */
export function pickEnum<T extends string>(
  report: Report,
  column: string,
  value: string | undefined,
  allowed: readonly T[],
): T | null {
  const v = (value ?? '').trim();
  if (!v) {
    report(column, 'required');
    return null;
  }
  if (!allowed.includes(v as T)) {
    report(column, 'invalid_value', { value: v, options: allowed.join(', ') });
    return null;
  }
  return v as T;
}

/** A required text value; reports and returns null when blank. */
export function pickText(report: Report, column: string, value: string | undefined): string | null {
  const v = (value ?? '').trim();
  if (!v) report(column, 'required');
  return v || null;
}

/** A required ISO date. */
export function pickDate(report: Report, column: string, value: string | undefined): string | null {
  const v = (value ?? '').trim();
  if (!v) {
    report(column, 'required');
    return null;
  }
  if (!isIsoDate(v)) {
    report(column, 'invalid_date', { value: v });
    return null;
  }
  return v;
}

/** An optional boolean: true/false/1/0/是/否; blank gives the fallback. */
export function pickBoolean(report: Report, column: string, value: string | undefined, fallback: boolean) {
  const v = (value ?? '').trim().toLowerCase();
  if (!v) return fallback;
  if (['true', '1', 'yes', '是'].includes(v)) return true;
  if (['false', '0', 'no', '否'].includes(v)) return false;
  report(column, 'invalid_value', { value: v, options: 'true, false' });
  return fallback;
}

/** Yuan with at most two decimals (`12.5`, `12.50`) → fen, without floating-point rounding. */
export function yuanToFen(value: string): number | null {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export const fenToYuan = (fen: number) =>
  `${Math.floor(fen / 100)}${fen % 100 ? `.${String(fen % 100).padStart(2, '0')}` : ''}`;
