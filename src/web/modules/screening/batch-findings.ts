import type { Rule } from './types';

export interface FindingRow {
  code: string;
  count: number;
  rule: Rule | undefined;
}

/** The number of a rule id (`R10` → 10); unknown rules sort last. */
export function ruleNumber(rule: Pick<Rule, 'id'> | undefined): number {
  const n = rule ? Number.parseInt(rule.id.replace(/\D/g, ''), 10) : Number.NaN;
  return Number.isNaN(n) ? Number.MAX_SAFE_INTEGER : n;
}

/** A finished batch's findings for every rule (zeros included), in rule order R1…R10. */
export function findingRows(findings: Record<string, number> | null, rules: readonly Rule[]): FindingRow[] {
  const counts = findings ?? {};
  const codes = new Set([...rules.map((r) => r.code), ...Object.keys(counts)]);
  return [...codes]
    .map((code) => ({ code, count: counts[code] ?? 0, rule: rules.find((r) => r.code === code) }))
    .sort((a, b) => ruleNumber(a.rule) - ruleNumber(b.rule) || a.code.localeCompare(b.code));
}

/** Total findings of a batch. */
export function findingTotal(findings: Record<string, number> | null): number {
  return Object.values(findings ?? {}).reduce((n, c) => n + c, 0);
}

/** A size in bytes as a short text (B, KB, MB, GB with one decimal above KB). */
export function formatBytes(bytes: number): string {
  if (!(bytes >= 0)) return '';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = value >= 100 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1);
  return `${text} ${units[unit]}`;
}

/** Only .csv, .ndjson and .jsonl files are accepted. */
export function isAcceptedFileName(name: string): boolean {
  return /\.(csv|ndjson|jsonl)$/i.test(name);
}
