/** Field problems of filings and validations, each with its message in both languages. */
import { CLINIC_FILING_KIND_LABELS } from '../../../../shared/registry-filings.js';
import { INSTITUTION_CATEGORY_LABELS, type RegistryLabel } from '../../../../shared/registry.js';
import type { Lang } from './problems.js';

export interface FieldProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

const MESSAGES: Record<string, Record<Lang, string>> = {
  required: { 'zh-CN': '必填。', en: 'Required.' },
  unknown_technology: {
    'zh-CN': '技术代码 {value} 不在《国家限制类技术目录》中。',
    en: 'Technology code {value} is not in the national restricted-technology list.',
  },
  unknown_department: {
    'zh-CN': '诊疗科目代码 {value} 不在《医疗机构诊疗科目名录》中。',
    en: 'Department code {value} is not in the 诊疗科目 list.',
  },
  department_not_licensed: {
    'zh-CN': '诊疗科目 {value} 不在该机构执业许可证核准的诊疗科目内。',
    en: 'Department {value} is not among the departments the institution is licensed for.',
  },
  no_licence: {
    'zh-CN': '该机构没有有效的执业许可证，不能按诊疗科目备案。',
    en: 'The institution has no current licence to file under.',
  },
  institution_revoked: {
    'zh-CN': '该机构已注销或被吊销，不能办理备案或校验。',
    en: 'The institution is revoked; nothing can be filed or validated for it.',
  },
  already_filed: {
    'zh-CN': '该机构已备案此技术（备案号 {value}），如需重新备案请先撤销。',
    en: 'This technology is already filed (number {value}); withdraw that filing first.',
  },
  future_date: { 'zh-CN': '日期不能晚于今天（{today}）。', en: 'The date cannot be after today ({today}).' },
  before_filed_on: {
    'zh-CN': '撤销日期不能早于备案日期（{value}）。',
    en: 'The withdrawal date cannot be before the filing date ({value}).',
  },
  before_period_start: {
    'zh-CN': '结论日期不能早于校验期开始日期（{value}）。',
    en: 'The decision date cannot be before the period starts ({value}).',
  },
  before_regime: {
    'zh-CN': '{kind}自 {value} 起实行，备案日期不能早于该日。',
    en: '{kind} exists since {value}; the filing date cannot be earlier.',
  },
  not_a_clinic: {
    'zh-CN': '只有诊所（含中医诊所）可以办理诊所备案，该机构类别为{category}。',
    en: 'Only clinics (including TCM clinics) file as clinics; this institution is a {category}.',
  },
  authority_mismatch: {
    'zh-CN': '备案机关应为机构所在区（{value}）的卫生健康行政部门。',
    en: 'The filing authority must be the health commission of the institution’s district ({value}).',
  },
  duplicate_department: { 'zh-CN': '诊疗科目 {value} 重复。', en: 'Department {value} is listed twice.' },
  reason_required: {
    'zh-CN': '暂缓校验或撤销时须填写原因。',
    en: 'A reason is required for a deferral or a withdrawal.',
  },
  reason_not_allowed: {
    'zh-CN': '校验合格时不填写原因。',
    en: 'A passed validation takes no reason.',
  },
  withdrawal_only: {
    'zh-CN': '仅在撤销备案时填写撤销日期和原因。',
    en: 'A withdrawal date and reason are given only when the filing is withdrawn.',
  },
  period_open: {
    'zh-CN': '该机构已有待校验的校验期（{value} 起），结论将记入该期，不能另行指定。',
    en: 'The institution has an open period (from {value}); the result applies to it.',
  },
};

/** Parameters that hold an enumeration value, shown by their label. */
const LABELLED: Record<string, Record<string, RegistryLabel>> = {
  category: INSTITUTION_CATEGORY_LABELS,
  kind: CLINIC_FILING_KIND_LABELS,
};

/** The localised message of a problem; `{name}` placeholders filled from its params. */
export function filingProblemMessage(problem: FieldProblem, lang: Lang): string {
  const template = (MESSAGES[problem.code] ?? MESSAGES.required)?.[lang] ?? problem.code;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = String(problem.params?.[key] ?? '');
    const label = LABELLED[key] && Object.hasOwn(LABELLED[key], value) ? LABELLED[key][value] : undefined;
    return label ? (lang === 'en' ? label.nameEn : label.name) : value;
  });
}
