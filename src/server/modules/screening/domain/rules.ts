/**
 * The screening rules of interchange-v1 (../shared/spec/interchange-v1.md) as data. Evaluation is
 * in evaluate.ts (R1–R8), duplicates.ts (R9) and volume.ts (R10). A rule's `version` changes
 * whenever its meaning or its parameters change; every run reports the versions it used.
 *
 * `basisStatus` follows ../shared/docs/domain/rules.md: V = read in the statute text, S = secondary
 * source, U = not verified (configuration to be confirmed by legal review before go-live).
 */
export type Severity = 'high' | 'medium' | 'low';

export interface RuleDefinition {
  id: `R${number}`;
  code: string;
  version: number;
  severity: Severity;
  /** Index of the rule's bit in a record's finding mask (R1 → 0 … R9 → 8); R10 is not per record. */
  bit: number;
  title: { 'zh-CN': string; en: string };
  legalBasis: { 'zh-CN': string; en: string };
  basisStatus: 'V' | 'S' | 'U';
  parameters: Readonly<Record<string, number>>;
}

const rule = <const T extends RuleDefinition>(definition: T) => definition;

export const RULES = [
  rule({
    id: 'R1',
    code: 'LICENCE_INVALID',
    version: 1,
    severity: 'high',
    bit: 0,
    title: { 'zh-CN': '执业许可证无效', en: 'Practice licence not valid' },
    legalBasis: {
      'zh-CN': '《基本医疗卫生与健康促进法》第九十九条第一款；《医疗机构管理条例》(2016) 第四十五条',
      en: 'Basic Medical and Health Care Law art. 99(1); Regulations on Medical Institutions (2016) art. 45',
    },
    basisStatus: 'V',
    parameters: {},
  }),
  rule({
    id: 'R2',
    code: 'DEPT_NOT_LICENSED',
    version: 1,
    severity: 'high',
    bit: 1,
    title: { 'zh-CN': '超出登记诊疗科目', en: 'Department not licensed (over-scope practice)' },
    legalBasis: {
      'zh-CN': '《医疗机构管理条例》(2016) 第二十七条、第四十七条；《医疗机构管理条例实施细则》第八十条',
      en: 'Regulations on Medical Institutions (2016) arts. 27 and 47; Implementing Rules art. 80',
    },
    basisStatus: 'V',
    parameters: {},
  }),
  rule({
    id: 'R3',
    code: 'NOT_REGISTERED_HERE',
    version: 1,
    severity: 'medium',
    bit: 2,
    title: { 'zh-CN': '未在本机构注册或备案执业', en: 'Practitioner not registered at the institution' },
    legalBasis: {
      'zh-CN': '《医师法》第十四条、第五十七条（未按注册的执业地点执业）',
      en: 'Physicians Law arts. 14 and 57 (practising outside the registered place of practice)',
    },
    basisStatus: 'V',
    parameters: {},
  }),
  rule({
    id: 'R4',
    code: 'OUT_OF_SCOPE',
    version: 1,
    severity: 'medium',
    bit: 3,
    title: { 'zh-CN': '超出执业范围', en: 'Outside the practice scope' },
    legalBasis: {
      'zh-CN': '《医师法》第十四条、第五十七条（未按注册的执业类别、执业范围执业）',
      en: 'Physicians Law arts. 14 and 57 (practising outside the registered category and scope)',
    },
    basisStatus: 'V',
    parameters: {},
  }),
  rule({
    id: 'R5',
    code: 'PRACTITIONER_NOT_ACTIVE',
    version: 1,
    severity: 'high',
    bit: 4,
    title: { 'zh-CN': '医师被暂停或注销执业', en: 'Practitioner suspended or revoked' },
    legalBasis: {
      'zh-CN': '《医师法》第四十二条、第五十九条；法释〔2008〕5号 第一条',
      en: 'Physicians Law arts. 42 and 59; Judicial Interpretation Fa Shi [2008] No. 5 art. 1',
    },
    basisStatus: 'V',
    parameters: {},
  }),
  rule({
    id: 'R6',
    code: 'ANTIBIOTIC_PRIVILEGE',
    version: 1,
    severity: 'medium',
    bit: 5,
    title: { 'zh-CN': '抗菌药物越级处方', en: 'Antibiotic above the prescriber’s grade' },
    legalBasis: {
      'zh-CN': '《抗菌药物临床应用管理办法》（卫生部令第84号）第二十四条、第二十八条（抗菌药物分级管理）',
      en: 'Measures for the Clinical Use of Antimicrobials (MOH Order No. 84) arts. 24 and 28 (graded prescribing)',
    },
    basisStatus: 'S',
    parameters: { residentMaxLevel: 1, attendingMaxLevel: 2, seniorMaxLevel: 3 },
  }),
  rule({
    id: 'R7',
    code: 'PRICE_OVER_CAP',
    version: 1,
    severity: 'medium',
    bit: 6,
    title: { 'zh-CN': '药品单价超过最高限价', en: 'Drug unit price above its cap' },
    legalBasis: {
      'zh-CN':
        '《价格法》第十二条（执行政府指导价、政府定价）；《医疗机构管理条例》(2016) 第二十六条（收费标准）',
      en: 'Price Law art. 12 (government-guided prices); Regulations on Medical Institutions (2016) art. 26',
    },
    basisStatus: 'U',
    parameters: {},
  }),
  rule({
    id: 'R8',
    code: 'UNKNOWN_REFERENCE',
    version: 1,
    severity: 'low',
    bit: 7,
    title: {
      'zh-CN': '机构、医师或药品不在登记库中',
      en: 'Institution, practitioner or drug not in the registry',
    },
    legalBasis: {
      'zh-CN':
        '《基本医疗卫生与健康促进法》第九十九条（未取得许可证执业）；《医师法》第五十九条（非医师行医）',
      en: 'Basic Medical and Health Care Law art. 99 (practice without licence); Physicians Law art. 59',
    },
    basisStatus: 'S',
    parameters: {},
  }),
  rule({
    id: 'R9',
    code: 'DUPLICATE_CHARGE',
    version: 1,
    severity: 'medium',
    bit: 8,
    title: { 'zh-CN': '重复收费', en: 'Duplicate charge' },
    legalBasis: {
      'zh-CN': '《医疗保障基金使用监督管理条例》第十五条（重复收费）',
      en: 'Regulations on the Supervision of Medical Security Funds art. 15 (duplicate charging)',
    },
    basisStatus: 'U',
    parameters: {},
  }),
  rule({
    id: 'R10',
    code: 'ABNORMAL_VOLUME',
    version: 1,
    severity: 'low',
    bit: 9,
    title: { 'zh-CN': '临床用药超常预警', en: 'Abnormal drug volume' },
    legalBasis: {
      'zh-CN': '《处方管理办法》第四十四条（处方点评与超常预警）',
      en: 'Prescription Management Measures art. 44 (prescription review and abnormal-use warnings)',
    },
    basisStatus: 'U',
    parameters: { multiplier: 3, peerMinimum: 5 },
  }),
] as const satisfies readonly RuleDefinition[];

export type RuleCode = (typeof RULES)[number]['code'];

/** `LICENCE_INVALID@1 …`: the rule versions a run used. */
export const ruleVersions = (rules: readonly RuleDefinition[] = RULES) =>
  rules.map((r) => ({ id: r.id, code: r.code, version: r.version }));

/** The rules in output order (by code). */
export const RULES_BY_CODE: readonly RuleDefinition[] = [...RULES].sort((a, b) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
);
