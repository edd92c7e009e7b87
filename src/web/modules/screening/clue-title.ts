import type { Lang } from '../../app/i18n/translate';
import type { Rule, Warning } from './types';

type WarningLike = Pick<Warning, 'ruleCode' | 'institutionId' | 'institutionName'>;

/**
 * A first title for a clue made of `warnings`: the institution (when they share one) and the rule
 * titles, e.g. `某医院：超出登记诊疗科目、未在本机构注册或备案执业`. Cut to 200 characters.
 */
export function suggestClueTitle(
  warnings: readonly WarningLike[],
  rules: ReadonlyMap<string, Pick<Rule, 'title' | 'titleEn'>>,
  lang: Lang,
): string {
  if (!warnings.length) return '';
  const institutions = new Set(warnings.map((w) => w.institutionId));
  const first = warnings[0] as WarningLike;
  const who = institutions.size === 1 ? first.institutionName || first.institutionId : '';
  const titles: string[] = [];
  for (const w of warnings) {
    const rule = rules.get(w.ruleCode);
    const title = rule ? (lang === 'en' && rule.titleEn ? rule.titleEn : rule.title) : w.ruleCode;
    if (!titles.includes(title)) titles.push(title);
  }
  const what = titles.join(lang === 'en' ? '; ' : '、');
  const text = who ? `${who}${lang === 'en' ? ': ' : '：'}${what}` : what;
  return [...text].slice(0, 200).join('');
}
