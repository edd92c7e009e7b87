/**
 * One screening run over a data directory in the interchange format: reads the registry files,
 * screens records.csv in one pass shared by several threads (read/parallel.ts), then gathers the
 * findings sorted by rule code then ref, with the rule versions used. No database: files in,
 * findings out.
 */
import { RULES, RULES_BY_CODE, ruleVersions } from './domain/rules.js';
import type { VolumeParameters } from './domain/volume.js';
import { screenRecordsFile } from './read/parallel.js';

export interface ScreenOptions {
  /** R10's parameters; the rule's defaults (multiplier 3, peer minimum 5) otherwise. */
  volume?: Partial<VolumeParameters>;
  /** Called as records.csv is read: bytes read of `total`, records screened so far. */
  onProgress?: (bytes: number, total: number, records: number) => void;
  /** Bytes per read of records.csv (tests use tiny reads to split records across them). */
  chunk?: number;
  /** Threads to screen records.csv on, this one included (default: the cores, at most 4). */
  threads?: number;
  /** Bytes of records.csv per block a thread claims (tests use tiny blocks; default 8 MB). */
  blockBytes?: number;
}

export interface ScreenResult {
  records: number;
  /** Sorted by rule code then ref, one entry per (rule, ref) (made when first read). */
  findings: { rule: string; ref: string }[];
  byRule: Record<string, number>;
  /** The same findings as sorted refs per rule code, in output order (`violationsCsvByRule`). */
  refsByRule: { rule: string; refs: string[] }[];
  rules: ReturnType<typeof ruleVersions>;
}

export async function screenDirectory(dir: string, options: ScreenOptions = {}): Promise<ScreenResult> {
  const r10 = RULES[9].parameters;
  const volume = {
    multiplier: options.volume?.multiplier ?? r10.multiplier,
    peerMinimum: options.volume?.peerMinimum ?? r10.peerMinimum,
  };
  const pass = await screenRecordsFile(dir, { ...options, volume });
  const size = pass.bytes;
  options.onProgress?.(size, size, pass.records);
  const refs = new Map<string, string[]>();
  RULES.forEach((rule, at) => {
    if (at < 8) refs.set(rule.code, pass.flagged[at] as string[]);
  });
  refs.set(RULES[8].code, pass.duplicates);
  refs.set(RULES[9].code, pass.volumes);
  const byRule: Record<string, number> = {};
  const refsByRule: ScreenResult['refsByRule'] = [];
  for (const rule of RULES_BY_CODE) {
    const sorted = sortUnique(refs.get(rule.code) ?? []);
    byRule[rule.code] = sorted.length;
    refsByRule.push({ rule: rule.code, refs: sorted });
  }
  // One object per finding is millions of them at 10 M records: made when first asked for (the
  // command writes violations.csv from `refsByRule` and never does).
  let findings: ScreenResult['findings'] | undefined;
  return {
    records: pass.records,
    get findings() {
      findings ??= refsByRule.flatMap(({ rule, refs }) => refs.map((ref) => ({ rule, ref })));
      return findings;
    },
    byRule,
    refsByRule,
    rules: ruleVersions(),
  };
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

/**
 * The same file from the refs per rule (`ScreenResult.refsByRule`): a rule at a time with one join
 * when none of its refs needs quoting (millions of lines at 10 M records).
 */
export function violationsCsvByRule(refsByRule: ScreenResult['refsByRule']): string {
  const parts = ['rule,ref\n'];
  for (const { rule, refs } of refsByRule) {
    if (refs.length === 0) continue;
    if (/[",\r\n]/.test(refs.join(''))) for (const ref of refs) parts.push(`${rule},${quote(ref)}\n`);
    else parts.push(`${rule},${refs.join(`\n${rule},`)}\n`);
  }
  return parts.join('');
}
