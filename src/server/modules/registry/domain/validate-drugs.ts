import { type ImportProblem, type Lang, pickText, rowReporter, yuanToFen } from './problems.js';

export interface ParsedDrug {
  code: string;
  name: string;
  /** 抗菌药物分级 (卫生部令第84号 第六条): 0 none, 1 非限制, 2 限制, 3 特殊使用级. */
  antibioticLevel: number;
  /** Highest unit price allowed, in fen. */
  priceCapFen: number;
}

/** Checks every drug row: code and name present, level 0–3, price cap in yuan with ≤ 2 decimals. */
export function validateDrugs(
  rows: readonly Readonly<Record<string, string | undefined>>[],
  lang: Lang,
  file = 'drugs.csv',
  rowNumbers?: readonly number[],
): { parsed: ParsedDrug[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const parsed: ParsedDrug[] = [];
  const firstRow = new Map<string, number>();
  rows.forEach((raw, index) => {
    const row = rowNumbers?.[index] ?? index + 2;
    const report = rowReporter(lang, file, row, problems, raw);
    const code = pickText(report, 'code', raw.code);
    const first = code ? firstRow.get(code) : undefined;
    if (code && first) report('code', 'duplicate_id', { value: code, first });
    else if (code) firstRow.set(code, row);
    const name = pickText(report, 'name', raw.name);
    const levelText = (raw.antibiotic_level ?? '').trim();
    const level = /^[0-3]$/.test(levelText) ? Number(levelText) : null;
    if (!levelText) report('antibiotic_level', 'required');
    else if (level === null)
      report('antibiotic_level', 'invalid_value', { value: levelText, options: '0, 1, 2, 3' });
    const priceText = (raw.price_cap ?? '').trim();
    const priceCapFen = priceText ? yuanToFen(priceText) : null;
    if (!priceText) report('price_cap', 'required');
    else if (priceCapFen === null) report('price_cap', 'invalid_number', { value: priceText });
    if (code && name && level !== null && priceCapFen !== null)
      parsed.push({ code, name, antibioticLevel: level, priceCapFen });
  });
  return { parsed, problems };
}
