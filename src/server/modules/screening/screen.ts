/**
 * One screening run over a data directory in the interchange format: reads the registry files,
 * streams records.csv once (read/records.ts), then settles R9 and R10 and returns the findings
 * sorted by rule code then ref, with the rule versions used. No database: files in, findings out.
 */
import path from 'node:path';
import { abnormalVolumes, type VolumeParameters } from './domain/volume.js';
import { RULES, RULES_BY_CODE, ruleVersions } from './domain/rules.js';
import { CsvFile } from './read/csv-file.js';
import { RECORD_COLUMNS, screenRecords } from './read/records.js';
import { readRegistry } from './read/registry-files.js';

export interface ScreenOptions {
  /** R10's parameters; the rule's defaults (multiplier 3, peer minimum 5) otherwise. */
  volume?: Partial<VolumeParameters>;
  /** Called as records.csv is read: bytes read of `total`, records screened so far. */
  onProgress?: (bytes: number, total: number, records: number) => void;
  /** Bytes per read of records.csv (tests use tiny reads to split records across them). */
  chunk?: number;
}

export interface ScreenResult {
  records: number;
  /** Sorted by rule code then ref, one entry per (rule, ref). */
  findings: { rule: string; ref: string }[];
  byRule: Record<string, number>;
  rules: ReturnType<typeof ruleVersions>;
}

export function screenDirectory(dir: string, options: ScreenOptions = {}): ScreenResult {
  const registry = readRegistry(dir);
  const file = new CsvFile(path.join(dir, 'records.csv'), 'records.csv', RECORD_COLUMNS, options.chunk);
  const pass = screenRecords(file, registry, (bytes, records) =>
    options.onProgress?.(bytes, file.size, records),
  );
  options.onProgress?.(file.size, file.size, pass.records);
  const r10 = RULES[9].parameters;
  const volume = {
    multiplier: options.volume?.multiplier ?? r10.multiplier,
    peerMinimum: options.volume?.peerMinimum ?? r10.peerMinimum,
  };
  const refs = new Map<string, string[]>();
  RULES.forEach((rule, at) => {
    if (at < 8) refs.set(rule.code, pass.perRecord[at] as string[]);
  });
  refs.set(RULES[8].code, pass.duplicates.findings);
  refs.set(
    RULES[9].code,
    abnormalVolumes(
      pass.volumes,
      (i) => registry.institutions[i]?.category ?? -1,
      (i) => registry.institutions[i]?.id ?? '',
      (d) => registry.drugs[d]?.code ?? '',
      volume,
    ),
  );
  const findings: ScreenResult['findings'] = [];
  const byRule: Record<string, number> = {};
  for (const rule of RULES_BY_CODE) {
    const sorted = sortUnique(refs.get(rule.code) ?? []);
    byRule[rule.code] = sorted.length;
    for (const ref of sorted) findings.push({ rule: rule.code, ref });
  }
  return { records: pass.records, findings, byRule, rules: ruleVersions() };
}

/** Sorted (ids compare as strings), each value once. */
export function sortUnique(values: string[]): string[] {
  values.sort();
  let kept = 0;
  for (let i = 0; i < values.length; i += 1)
    if (i === 0 || values[i] !== values[i - 1]) values[kept++] = values[i] as string;
  values.length = kept;
  return values;
}

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** violations.csv: header `rule,ref`, one line per finding, LF line ends. */
export function violationsCsv(findings: ScreenResult['findings']): string {
  const lines = ['rule,ref'];
  for (const { rule, ref } of findings) lines.push(`${rule},${quote(ref)}`);
  return `${lines.join('\n')}\n`;
}
