import type { Lang } from './problems.js';

/** One problem of an upload (the shape of the platform's error details). */
export interface UploadProblem {
  field: string;
  code: string;
  message: string;
}

/** An uploaded file as the checks see it: what it is called, how big, and what it turned out to be. */
export interface UploadedFileInfo {
  name: string;
  size: number;
  /** From the extension: csv, xlsx, json, or null for anything else. */
  format: 'csv' | 'xlsx' | 'json' | null;
  /** Whether the bytes look like the format the name claims (a ZIP for .xlsx, text for .csv, JSON). */
  contentMatches: boolean;
  /** institutions / practitioners / drugs (from the field, the name or the header), a FHIR Bundle, or unknown. */
  kind: string | null;
}

export interface UploadLimits {
  maxFiles: number;
  maxFileBytes: number;
}

const MESSAGES: Record<string, Record<Lang, string>> = {
  no_files: {
    'zh-CN':
      '请选择要导入的文件（institutions、practitioners、drugs 的 CSV 或 Excel 文件，或一个 FHIR Bundle JSON 文件）。',
    en: 'Choose the files to import (institutions, practitioners or drugs as CSV or Excel, or one FHIR Bundle JSON file).',
  },
  too_many_files: {
    'zh-CN': '一次最多导入 {max} 个文件。',
    en: 'At most {max} files can be imported at once.',
  },
  unsupported_type: {
    'zh-CN': '文件 {name} 的类型不受支持：只接受 .csv、.xlsx 或 FHIR Bundle .json。',
    en: 'File {name} is of a type that is not accepted: only .csv, .xlsx and FHIR Bundle .json.',
  },
  content_mismatch: {
    'zh-CN': '文件 {name} 的内容与扩展名不符（不是有效的 {format} 文件）。',
    en: 'The content of {name} does not match its extension (not a valid {format} file).',
  },
  empty_file: { 'zh-CN': '文件 {name} 是空文件。', en: 'File {name} is empty.' },
  too_large: {
    'zh-CN': '文件 {name}（{size} MB）超过单个文件 {max} MB 的上限。',
    en: 'File {name} ({size} MB) is larger than the limit of {max} MB per file.',
  },
  unknown_kind: {
    'zh-CN':
      '无法识别文件 {name} 是机构、人员还是药品数据：请以 institutions、practitioners 或 drugs 开头命名，或使用交换格式的表头。',
    en: 'Cannot tell whether {name} holds institutions, practitioners or drugs: start its name with institutions, practitioners or drugs, or use the interchange header.',
  },
  duplicate_kind: {
    'zh-CN': '文件 {name} 与 {other} 都是 {kind} 数据；每类只能上传一个文件。',
    en: 'Files {name} and {other} both hold {kind}; upload one file of each kind.',
  },
  bundle_alone: {
    'zh-CN': 'FHIR Bundle 文件 {name} 须单独导入，不能与其他文件一起上传。',
    en: 'The FHIR Bundle {name} must be imported on its own, without other files.',
  },
};

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1).replace(/\.0$/, '');

/** The message of an upload problem in one language. */
export function uploadMessage(lang: Lang, code: string, params: Record<string, string | number> = {}) {
  const template = MESSAGES[code]?.[lang] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

/** Whether an upload's problems mean "too large" (HTTP 413) rather than "not acceptable" (400). */
export const isTooLarge = (problems: readonly UploadProblem[]) =>
  problems.length > 0 && problems.every((p) => p.code === 'too_large');

/**
 * Checks an upload before anything is stored: one to `maxFiles` files, each within the size limit,
 * of an accepted type whose content matches its extension, and at most one file of each kind (a
 * FHIR Bundle alone). Returns every problem, each naming the field `files`.
 */
export function checkUploadedFiles(
  files: readonly UploadedFileInfo[],
  limits: UploadLimits,
  lang: Lang,
): UploadProblem[] {
  const problems: UploadProblem[] = [];
  const report = (code: string, params: Record<string, string | number> = {}) =>
    problems.push({ field: 'files', code, message: uploadMessage(lang, code, params) });
  if (!files.length) report('no_files');
  if (files.length > limits.maxFiles) report('too_many_files', { max: limits.maxFiles });
  const seen = new Map<string, string>();
  for (const file of files) {
    const { name } = file;
    if (file.size > limits.maxFileBytes)
      report('too_large', { name, size: mb(file.size), max: mb(limits.maxFileBytes) });
    else if (!file.format) report('unsupported_type', { name });
    else if (file.size === 0) report('empty_file', { name });
    else if (!file.contentMatches) report('content_mismatch', { name, format: file.format.toUpperCase() });
    else if (!file.kind) report('unknown_kind', { name });
    else if (file.kind === 'fhir_bundle' && files.length > 1) report('bundle_alone', { name });
    else {
      const other = seen.get(file.kind);
      if (other) report('duplicate_kind', { name, other, kind: file.kind });
      seen.set(file.kind, name);
    }
  }
  return problems;
}
