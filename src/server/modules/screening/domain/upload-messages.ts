/** Messages of a refused batch upload, in both languages; and the format a file name says. */
type Lang = 'zh-CN' | 'en';

const MESSAGES: Record<string, Record<Lang, string>> = {
  no_file: {
    'zh-CN': '请选择要上传的记录文件（.csv 或 .ndjson）。',
    en: 'Choose the records file to upload (.csv or .ndjson).',
  },
  unsupported_type: {
    'zh-CN': '文件 {name} 的类型不受支持：只接受 .csv、.ndjson 或 .jsonl。',
    en: 'File {name} is of a type that is not accepted: only .csv, .ndjson and .jsonl.',
  },
  empty_file: { 'zh-CN': '文件 {name} 是空文件。', en: 'File {name} is empty.' },
  too_large: {
    'zh-CN': '文件 {name} 超过 {max} MB 的上限，请拆分后分批上传。',
    en: 'File {name} is larger than the limit of {max} MB: split it into several batches.',
  },
  duplicate_batch: {
    'zh-CN': '文件 {name} 与已上传的批次 {id} 内容完全相同，未重复筛查。',
    en: 'File {name} has the same content as batch {id}, already uploaded; it was not screened again.',
  },
};

export function uploadMessage(lang: Lang, code: string, params: Record<string, string | number>): string {
  const template = MESSAGES[code]?.[lang] ?? code;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}

export function formatOfName(name: string): 'csv' | 'ndjson' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  return null;
}
